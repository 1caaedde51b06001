package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** office/complaints/new.xhtml: the office files a complaint (a full-page, multipart form). */
public final class ComplaintForm {

    public static final String PATH = "/office/complaints/new.xhtml";
    public static final String AGENCY = "complaint:agency";
    public static final String KIND = "complaint:kind";
    public static final By OCCURRED = By.id("complaint:occurred");
    public static final By OFFICIAL = By.id("complaint:official");
    public static final By DESCRIPTION = By.id("complaint:description");
    public static final By FILES = By.id("complaint:files");
    public static final By SUBMIT = By.id("complaint:submit");

    private final Browser browser;

    public ComplaintForm(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(SUBMIT)) {
            throw new AssertionError("Not the filing form: " + browser.path());
        }
    }

    public static ComplaintForm open(Browser browser) {
        browser.open(PATH);
        return new ComplaintForm(browser);
    }

    public ComplaintForm agency(String label) {
        PF.selectOne(browser, AGENCY, label);
        return this;
    }

    /** Chooses the kind (an ajax request shows the resolutions it falls under). */
    public ComplaintForm kind(String label) {
        PF.selectOne(browser, KIND, label);
        return this;
    }

    public ComplaintForm occurredOn(String typed) {
        return type(OCCURRED, typed);
    }

    public ComplaintForm official(String typed) {
        return type(OFFICIAL, typed);
    }

    public ComplaintForm description(String typed) {
        return type(DESCRIPTION, typed);
    }

    /** Chooses files as a person does in the file dialog: the input is given their absolute paths. */
    public ComplaintForm attach(Path... files) {
        browser.find(FILES).sendKeys(Arrays.stream(files).map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
        return this;
    }

    /** Submits (a full page post); the next page is loaded when this returns. */
    public void submit() {
        browser.clickAndWaitForPage(browser.find(SUBMIT));
    }

    private ComplaintForm type(By field, String text) {
        WebElement input = browser.find(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        return this;
    }

    // --- reading the form back ---

    public String value(By field) {
        return browser.find(field).getAttribute("value");
    }

    public String selected(String menuId) {
        return PF.selectedLabel(browser, menuId);
    }

    /** The resolution numbers the form says this kind falls under (as shown, Persian digits). */
    public List<String> suggestedResolutions() {
        return browser.findAll(By.cssSelector("[id='complaint:suggested'] .suggested-resolution")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    /** The message under a field (p:message of the field's block), "" when there is none. */
    public String fieldMessage(String fieldId) {
        return PF.fieldMessage(browser, fieldId);
    }
}
