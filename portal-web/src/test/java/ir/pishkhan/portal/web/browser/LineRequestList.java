package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * lines/list.xhtml: the line requests the user may see (an office's own, a liaison's work queue, every request for
 * the guild and the secretariat), filtered by the form above the table (ajax "search"), paged by key 20 at a time.
 */
public final class LineRequestList {

    public static final String PATH = "/lines/list.xhtml";
    public static final String FORM = "lines-form";
    public static final String TABLE = FORM + ":lines";
    public static final By TEXT = By.id(FORM + ":text");
    public static final By SEARCH = By.id(FORM + ":search");
    public static final By COUNT = By.id(FORM + ":count");

    private final Browser browser;

    public LineRequestList(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(By.id(TABLE))) {
            throw new AssertionError("Not the line request list: " + browser.path());
        }
    }

    public static LineRequestList open(Browser browser) {
        browser.open(PATH);
        return new LineRequestList(browser);
    }

    public String title() {
        return browser.text(By.id("lines-title")).trim();
    }

    // --- the filters: set them, then search() ---

    public LineRequestList text(String typed) {
        WebElement input = browser.find(TEXT);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!typed.isEmpty()) {
            input.sendKeys(typed);
        }
        return this;
    }

    public LineRequestList status(String label) {
        PF.checkOne(browser, FORM + ":status", label);
        return this;
    }

    public LineRequestList provider(String label) {
        PF.selectOne(browser, FORM + ":agency", label);
        return this;
    }

    public boolean hasProviderFilter() {
        return browser.exists(By.id(FORM + ":agency"));
    }

    public LineRequestList kind(String label) {
        PF.selectOne(browser, FORM + ":kind", label);
        return this;
    }

    public LineRequestList overdueOnly() {
        PF.tick(browser, FORM + ":overdue");
        return this;
    }

    public String sortShown() {
        return PF.selectedLabel(browser, FORM + ":sort");
    }

    /** Runs the search (ajax): the table and the count are redrawn when this returns. */
    public LineRequestList search() {
        PF.clickAndWaitForRedraw(browser, SEARCH, TABLE);
        return this;
    }

    // --- reading ---

    /** The count line's number ("تعداد: ۳" → 3). */
    public int count() {
        return Integer.parseInt(Texts.asciiDigits(browser.text(COUNT)).replaceAll("\\D+", ""));
    }

    /** The tracking numbers of the rows on screen, in order (as shown). */
    public List<String> trackings() {
        return browser.findAll(By.cssSelector("[id='" + TABLE + "_data'] a.line-link")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    /** The texts of the column with this header. */
    public List<String> column(String header) {
        List<String> headers = headers();
        int index = headers.indexOf(header);
        if (index < 0) {
            throw new AssertionError("No column «" + header + "» among " + headers);
        }
        return PF.column(browser, TABLE, index);
    }

    public List<String> headers() {
        return browser.findAll(By.cssSelector("[id='" + TABLE + "_head'] th")).stream().map(e -> e.getText().trim()).toList();
    }

    /** The row's cell under this header, for the row with this tracking number. */
    public String cell(String tracking, String header) {
        int row = trackings().indexOf(tracking);
        if (row < 0) {
            throw new AssertionError(tracking + " is not listed: " + trackings());
        }
        return column(header).get(row);
    }

    public int overdueRows() {
        return browser.findAll(By.cssSelector("[id='" + TABLE + "_data'] > tr.row-overdue")).size();
    }

    /** Opens the row with this tracking number; its page is loaded when this returns. */
    public LineRequestPage openRequest(String tracking) {
        WebElement link = browser.findAll(By.cssSelector("[id='" + TABLE + "_data'] a.line-link")).stream()
                .filter(a -> a.getText().trim().equals(tracking)).findFirst()
                .orElseThrow(() -> new AssertionError(tracking + " is not listed: " + trackings()));
        browser.clickAndWaitForPage(link);
        return new LineRequestPage(browser);
    }
}
