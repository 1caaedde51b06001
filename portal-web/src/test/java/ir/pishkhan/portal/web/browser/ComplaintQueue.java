package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * complaints/list.xhtml: the complaints the user may see (the secretariat's triage queue, an office's own, an
 * agency's forwarded ones), filtered by the form above the table (ajax "search"), paged by key 20 at a time.
 */
public final class ComplaintQueue {

    public static final String PATH = "/complaints/list.xhtml";
    public static final String FORM = "complaints-form";
    public static final String TABLE = FORM + ":complaints";
    public static final By TEXT = By.id(FORM + ":text");
    public static final By FROM = By.id(FORM + ":from");
    public static final By TO = By.id(FORM + ":to");
    public static final By SEARCH = By.id(FORM + ":search");
    public static final By COUNT = By.id(FORM + ":count");

    private final Browser browser;

    public ComplaintQueue(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(By.id(TABLE))) {
            throw new AssertionError("Not the complaint list: " + browser.path());
        }
    }

    public static ComplaintQueue open(Browser browser) {
        browser.open(PATH);
        return new ComplaintQueue(browser);
    }

    public String title() {
        return browser.text(By.id("complaints-title")).trim();
    }

    // --- the filters: set them, then search() ---

    public ComplaintQueue text(String typed) {
        return type(TEXT, typed);
    }

    public ComplaintQueue filedFrom(String typed) {
        return type(FROM, typed);
    }

    public ComplaintQueue filedTo(String typed) {
        return type(TO, typed);
    }

    public ComplaintQueue agency(String label) {
        PF.selectOne(browser, FORM + ":agency", label);
        return this;
    }

    public ComplaintQueue kind(String label) {
        PF.selectOne(browser, FORM + ":kind", label);
        return this;
    }

    public ComplaintQueue resolution(String label) {
        PF.selectOne(browser, FORM + ":resolution", label);
        return this;
    }

    public ComplaintQueue sort(String label) {
        PF.selectOne(browser, FORM + ":sort", label);
        return this;
    }

    /** Ticks a status in the status menu (a p:selectCheckboxMenu), then closes the menu. */
    public ComplaintQueue status(String label) {
        PF.checkOne(browser, FORM + ":status", label);
        return this;
    }

    public ComplaintQueue overdueOnly() {
        PF.tick(browser, FORM + ":overdue");
        return this;
    }

    /** Runs the search (ajax): the table and the count are redrawn when this returns. */
    public ComplaintQueue search() {
        // the form is redrawn: its table is a new element
        PF.clickAndWaitForRedraw(browser, SEARCH, TABLE);
        return this;
    }

    // --- reading ---

    /** The count line's number ("تعداد: ۲۵" → 25). */
    public int count() {
        String text = Texts.asciiDigits(browser.text(COUNT));
        return Integer.parseInt(text.replaceAll("\\D+", ""));
    }

    public String countLine() {
        return browser.text(COUNT).trim();
    }

    public List<WebElement> rows() {
        return PF.rows(browser, TABLE);
    }

    /** The tracking numbers of the rows on screen, in order (as shown). */
    public List<String> trackings() {
        return browser.findAll(By.cssSelector("[id='" + TABLE + "_data'] a.complaint-link")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    public List<String> column(int index) {
        return PF.column(browser, TABLE, index);
    }

    /** The texts of the column with this header. */
    public List<String> column(String header) {
        List<String> headers = browser.findAll(By.cssSelector("[id='" + TABLE + "_head'] th")).stream()
                .map(e -> e.getText().trim()).toList();
        int index = headers.indexOf(header);
        if (index < 0) {
            throw new AssertionError("No column «" + header + "» among " + headers);
        }
        return column(index);
    }

    /** Rows marked overdue (the row-overdue class). */
    public int overdueRows() {
        return browser.findAll(By.cssSelector("[id='" + TABLE + "_data'] > tr.row-overdue")).size();
    }

    /** Opens the row with this tracking number; its page is loaded when this returns. */
    public ComplaintPage openComplaint(String tracking) {
        WebElement link = browser.find(By.xpath("//*[@id='" + TABLE + "_data']//a[contains(@class,'complaint-link')]"
                + "[normalize-space(.)='" + tracking + "']"));
        browser.clickAndWaitForPage(link);
        return new ComplaintPage(browser);
    }

    /** A paginator button: "first", "prev", "next", "last"; waits until other rows show. */
    public ComplaintQueue page(String which) {
        List<String> before = trackings();
        WebElement button = browser.find(By.cssSelector("[id='" + TABLE + "_paginator_bottom'] .ui-paginator-" + which));
        if (button.getAttribute("class").contains("ui-state-disabled")) {
            throw new AssertionError("The «" + which + "» button is disabled");
        }
        button.click();
        browser.waitUntil(d -> !trackings().equals(before));
        browser.waitForAjax();
        return this;
    }

    public boolean pageButtonEnabled(String which) {
        return !browser.find(By.cssSelector("[id='" + TABLE + "_paginator_bottom'] .ui-paginator-" + which))
                .getAttribute("class").contains("ui-state-disabled");
    }

    private ComplaintQueue type(By field, String text) {
        WebElement input = browser.find(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        return this;
    }
}
