package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The administrator's working calendar (admin/calendar.xhtml): a year's holidays and the changes to them. */
public final class CalendarPage {

    public static final String PATH = "/admin/calendar.xhtml";
    public static final String TABLE = "calendar-form:holidays";

    private final Browser browser;

    public CalendarPage(Browser browser) {
        this.browser = browser;
        assertEquals(PATH, browser.pathOnly(), "on the calendar page");
    }

    public static CalendarPage open(Browser browser, int year) {
        browser.open(PATH + "?year=" + year);
        return new CalendarPage(browser);
    }

    public String year() {
        return browser.text(By.id("calendar-year")).trim();
    }

    /** The Jalali dates shown, in order. */
    public List<String> dates() {
        return PF.column(browser, TABLE, 0);
    }

    public List<String> names() {
        return PF.column(browser, TABLE, 2);
    }

    public List<String> origins() {
        return PF.column(browser, TABLE, 3);
    }

    public String originOf(String date) {
        return origins().get(dates().indexOf(date));
    }

    public boolean canConfirmProposals() {
        return browser.exists(By.id("calendar-form:confirm-proposals"));
    }

    public CalendarPage confirmProposals() {
        browser.byId("calendar-form:confirm-proposals").click();
        WebElement yes = browser.waitVisible(By.cssSelector(".ui-confirmdialog-yes"));
        browser.clickAndWaitForAjax(yes);
        return this;
    }

    public CalendarPage add(String date, String nameFa, String nameEn) {
        type("add-form:day", date);
        type("add-form:name-fa", nameFa);
        type("add-form:name-en", nameEn);
        browser.clickAndWaitForAjax(browser.byId("add-form:add"));
        return this;
    }

    public CalendarPage importCsv(Path file) {
        browser.byId("import-form:csv").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForPage(browser.byId("import-form:import"));
        return new CalendarPage(browser);
    }

    public List<String> messages() {
        return new Layout(browser).messages();
    }

    private void type(String id, String text) {
        WebElement input = browser.byId(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    static String label(String origin) {
        return fa("enum.HolidayOrigin." + origin);
    }
}
