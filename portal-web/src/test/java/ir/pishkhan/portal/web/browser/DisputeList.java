package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * disputes/list.xhtml: the disputes the user may see (an office's and an agency's own, every one for the guild and
 * the secretariat), filtered by the form above the table (ajax "search"), paged by key 20 at a time, with its Excel
 * and PDF exports.
 */
public final class DisputeList {

    public static final String PATH = "/disputes/list.xhtml";
    public static final String FORM = "disputes-form";
    public static final String TABLE = FORM + ":disputes";
    public static final By TEXT = By.id(FORM + ":text");
    public static final By SEARCH = By.id(FORM + ":search");
    public static final By COUNT = By.id(FORM + ":count");

    private final Browser browser;

    public DisputeList(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(By.id(TABLE))) {
            throw new AssertionError("Not the disputes' list: " + browser.path());
        }
    }

    public static DisputeList open(Browser browser) {
        browser.open(PATH);
        return new DisputeList(browser);
    }

    public String title() {
        return browser.text(By.id("disputes-title")).trim();
    }

    public DisputeList text(String typed) {
        WebElement input = browser.find(TEXT);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!typed.isEmpty()) {
            input.sendKeys(typed);
        }
        return this;
    }

    /** Runs the search (ajax): the table and the count are redrawn when this returns. */
    public DisputeList search() {
        PF.clickAndWaitForRedraw(browser, SEARCH, TABLE);
        return this;
    }

    public int count() {
        return Integer.parseInt(Texts.asciiDigits(browser.text(COUNT)).replaceAll("\\D+", ""));
    }

    public List<String> trackings() {
        return browser.findAll(By.cssSelector("[id='" + TABLE + "_data'] a.dispute-link")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    /** The export's address (path and query) in this format, as the page links it with the filters applied. */
    public String export(String format) {
        String href = browser.byId("export-" + format).getAttribute("href");
        java.net.URI uri = java.net.URI.create(href);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Opens the row with this tracking number; its page is loaded when this returns. */
    public DisputePage openDispute(String tracking) {
        WebElement link = browser.findAll(By.cssSelector("[id='" + TABLE + "_data'] a.dispute-link")).stream()
                .filter(a -> a.getText().trim().equals(tracking)).findFirst()
                .orElseThrow(() -> new AssertionError(tracking + " is not listed: " + trackings()));
        browser.clickAndWaitForPage(link);
        return new DisputePage(browser);
    }

    /** Opens the secretariat's form to open a dispute, by the list's link. */
    public void openNew() {
        browser.clickAndWaitForPage(browser.byId("new-dispute"));
        if (!"/secretariat/disputes/new.xhtml".equals(browser.pathOnly())) {
            throw new AssertionError("Not the form to open a dispute: " + browser.path());
        }
    }
}
