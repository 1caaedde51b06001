package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;


/** office/lines/new.xhtml: the office requests lines or infrastructure (a full-page form). */
public final class LineRequestForm {

    public static final String PATH = "/office/lines/new.xhtml";
    public static final String PROVIDER = "line:provider";
    public static final String KIND = "line:kind";
    public static final By QUANTITY = By.id("line:quantity");
    public static final By ADDRESS = By.id("line:address");
    public static final By NOTE = By.id("line:note");
    public static final By SUBMIT = By.id("line:submit");

    private final Browser browser;

    public LineRequestForm(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(SUBMIT)) {
            throw new AssertionError("Not the line request form: " + browser.path());
        }
    }

    public static LineRequestForm open(Browser browser) {
        browser.open(PATH);
        return new LineRequestForm(browser);
    }

    public LineRequestForm provider(String label) {
        PF.selectOne(browser, PROVIDER, label);
        return this;
    }

    public LineRequestForm kind(String label) {
        PF.selectOne(browser, KIND, label);
        return this;
    }

    public LineRequestForm quantity(String typed) {
        return type(QUANTITY, typed);
    }

    public LineRequestForm address(String typed) {
        return type(ADDRESS, typed);
    }

    public LineRequestForm note(String typed) {
        return type(NOTE, typed);
    }

    /** Submits (a full page post); the next page is loaded when this returns. */
    public void submit() {
        browser.clickAndWaitForPage(browser.find(SUBMIT));
    }

    private LineRequestForm type(By field, String text) {
        WebElement input = browser.find(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        return this;
    }

    // --- reading the form back ---

    public String value(By field) {
        return browser.find(field).getAttribute("value");
    }

    public String selected(String menuId) {
        return PF.selectedLabel(browser, menuId);
    }

    /** The message under a field (p:message of the field's block), "" when there is none. */
    public String fieldMessage(String fieldId) {
        return PF.fieldMessage(browser, fieldId);
    }
}
