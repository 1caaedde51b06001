package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guild's expert looks through the counter offices: paged in the database, searched the way people type
 * Persian (Arabic letter forms, Persian digits), filtered by kind.
 */
@BrowserTest
class OfficesBrowserIT {

    static final String TABLE = "offices-form:offices";
    static final String SEARCH = "offices-form:text";
    static final String KIND = "offices-form:kind";

    /** DemoData: 9 named offices and 240 generated ones. */
    static final int OFFICES = 249;

    /**
     * Rural offices in DemoData: راه کربلا, شهدای فیض الهی and 1059-14-72 among the named ones, and of the 12 × 20
     * generated ones those whose county and name indexes add up to a multiple of 3.
     */
    static final int RURAL = 3 + (int) java.util.stream.IntStream.range(0, 12)
            .flatMap(c -> java.util.stream.IntStream.range(0, 20).filter(n -> (c + n) % 3 == 0)).count();

    @Test
    void pagedSearchedAndFilteredAsPeopleTypePersian(Browser browser) {
        Layout layout = LoginPage.open(browser).loginAs(Accounts.ANJOMAN).go("offices");
        assertEquals("/offices/list.xhtml", browser.path());
        assertEquals(fa("offices.title"), layout.title());
        browser.screenshot("OfficesBrowserIT.page-1");

        List<String> page1 = names(browser);
        assertAll(
                () -> assertEquals(20, page1.size(), "20 offices a page"),
                () -> assertEquals(report(1, 20, OFFICES), pageReport(browser)),
                () -> assertEquals(new HashSet<>(page1).size(), page1.size(), "no office twice"));

        // the list's file: every office, read from the database 200 at a time (two pages of the query)
        ExportedList every = ExportedList.of(browser, "offices-form", "csv");
        assertAll("the CSV of every office",
                () -> assertEquals(List.of(fa("office.name"), fa("office.licence"), fa("office.county"), fa("office.kind"),
                        fa("office.status")), every.headings()),
                () -> assertEquals(OFFICES, every.rows().size()),
                () -> assertEquals(OFFICES, new HashSet<>(every.column(1)).size(), "no office twice"),
                () -> assertEquals(page1, every.column(0).subList(0, 20), "in the page's order"));

        // the paginator's figures are Persian digits in its text (what is copied, what a screen reader reads)
        browser.waitUntil(d -> persianOnly(PF.pageReport(browser, TABLE)));
        WebElement pageTwo = browser.find(By.xpath("//*[@id='" + TABLE + "_paginator_bottom']"
                + "//button[contains(@class,'ui-paginator-page')][normalize-space()='۲']"));
        assertTrue(persianOnly(pageTwo.getAttribute("aria-label")), "the link's label: " + pageTwo.getAttribute("aria-label"));
        String firstBefore = page1.get(0);
        pageTwo.click();
        browser.waitUntil(d -> !names(browser).isEmpty() && !names(browser).get(0).equals(firstBefore));
        browser.waitForAjax();
        List<String> page2 = names(browser);
        Set<String> both = new HashSet<>(page1);
        both.retainAll(page2);
        assertAll(
                () -> assertEquals(20, page2.size()),
                () -> assertEquals(report(21, 40, OFFICES), pageReport(browser)),
                () -> assertEquals(Set.of(), both, "page 2 shows other offices than page 1"));
        browser.waitUntil(d -> persianOnly(PF.pageReport(browser, TABLE)));
        browser.screenshot("OfficesBrowserIT.page-2");

        // «آريا» typed with an Arabic yeh finds آریا (the search folds letter forms)
        search(browser, "آريا");
        browser.waitUntil(d -> names(browser).equals(List.of("آریا")));
        assertEquals(List.of("۱۴-۷۱-۱۱۰۲"), licences(browser));
        assertEquals(report(1, 1, 1), pageReport(browser));
        browser.screenshot("OfficesBrowserIT.search-aria");

        ExportedList aria = ExportedList.of(browser, "offices-form", "xlsx");
        assertEquals(List.of(List.of("آریا", "۱۴-۷۱-۱۱۰۲")), aria.rows().stream().map(r -> r.subList(0, 2)).toList(),
                "the file of the search: آریا alone");

        // a licence typed with Persian digits
        search(browser, "۱۴-۷۱-۱۰۲۴");
        browser.waitUntil(d -> licences(browser).equals(List.of("۱۴-۷۱-۱۰۲۴")));
        assertEquals(List.of("دفتر پیشخوان شماره ۱۰۲۴"), names(browser));
        assertEquals(fa("enum.LicenceStatus.CONVERSION_ORDERED"), PF.column(browser, TABLE, 4).get(0));

        // the kind filter: only rural offices, on every page
        search(browser, "");
        browser.waitUntil(d -> pageReport(browser).equals(report(1, 20, OFFICES)));
        PF.selectOne(browser, KIND, fa("enum.OfficeKind.RURAL"));
        browser.waitUntil(d -> pageReport(browser).equals(report(1, 20, RURAL)));
        assertEquals(fa("enum.OfficeKind.RURAL"), PF.selectedLabel(browser, KIND));
        browser.screenshot("OfficesBrowserIT.rural");
        assertOnlyRural(browser);
        List<String> ruralPage1 = names(browser);
        browser.find(By.cssSelector("[id='" + TABLE + "_paginator_bottom'] .ui-paginator-last")).click();
        browser.waitUntil(d -> !names(browser).equals(ruralPage1));
        browser.waitForAjax();
        int lastStart = (RURAL - 1) / 20 * 20 + 1;
        assertEquals(report(lastStart, RURAL, RURAL), pageReport(browser));
        assertOnlyRural(browser);
        assertEquals(83, RURAL);
        // sorted by a column (the licence, then the other way): the file follows the table's order
        WebElement licenceHeader = browser.find(By.xpath("//*[@id='" + TABLE + "']//th[.//*[normalize-space()='"
                + fa("office.licence") + "']]"));
        List<String> before = licences(browser);
        licenceHeader.click();
        browser.waitUntil(d -> !licences(browser).equals(before));
        browser.waitForAjax();
        List<String> ascending = licences(browser);
        browser.find(By.xpath("//*[@id='" + TABLE + "']//th[.//*[normalize-space()='" + fa("office.licence") + "']]")).click();
        browser.waitUntil(d -> !licences(browser).equals(ascending));
        browser.waitForAjax();
        List<String> descending = licences(browser);
        ExportedList sorted = ExportedList.of(browser, "offices-form", "csv");
        assertEquals(descending, sorted.column(fa("office.licence")).subList(0, descending.size()),
                "the file in the table's order: " + ExportedList.href(browser, "offices-form:export-csv"));
        assertEquals(RURAL, sorted.rows().size());
        ExportedList rural = ExportedList.of(browser, "offices-form", "csv");
        assertEquals(Collections.nCopies(RURAL, fa("enum.OfficeKind.RURAL")), rural.column(fa("office.kind")),
                "the file of the kind chosen: every rural office, on whatever page it was shown");

    }

    /**
     * No dead controls: a text box in a table's header must narrow the rows to what was typed. (PrimeFaces 15
     * gives a column with a field= a filter box of its own; the lazy model must honour it, or the column must not
     * offer it.)
     */
    @Test
    void everyFilterBoxAboveTheTablesFilters(Browser browser) {
        LoginPage.open(browser).loginAs(Accounts.ANJOMAN);
        List<String> dead = new ArrayList<>();
        dead.addAll(PF.deadColumnFilters(browser, "/offices/list.xhtml", TABLE));
        dead.addAll(PF.deadColumnFilters(browser, "/agencies/list.xhtml", "agencies-form:agencies"));
        assertEquals(List.of(), dead, "filter boxes that filter nothing");

        // the agencies' list and its file: the same names, in the same order
        browser.open("/agencies/list.xhtml");
        List<String> shown = browser.findAll(By.cssSelector(".agency-name")).stream().map(e -> e.getText().trim()).toList();
        ExportedList agencies = ExportedList.of(browser, "agencies-form", "xlsx");
        assertEquals(List.of(fa("agency.name"), fa("agency.kind"), fa("agency.party")), agencies.headings());
        assertEquals(shown, agencies.column(0).subList(0, shown.size()));
    }

    private static void search(Browser browser, String text) {
        WebElement box = browser.byId(SEARCH);
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            box.sendKeys(text);
        }
        // keyup fires the search after 400 ms; the callers wait for its outcome
    }

    private static void assertOnlyRural(Browser browser) {
        List<String> kinds = PF.column(browser, TABLE, 3);
        assertTrue(!kinds.isEmpty() && kinds.stream().allMatch(fa("enum.OfficeKind.RURAL")::equals), "kinds shown: " + kinds);
        assertTrue(licences(browser).stream().allMatch(l -> l.startsWith("۱۴-۷۲-") || l.equals("۱۰۵۹-۱۴-۷۲")),
                "rural licences: " + licences(browser));
    }

    private static List<String> names(Browser browser) {
        return browser.findAll(By.cssSelector("[id='" + TABLE + "_data'] .office-name")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    private static List<String> licences(Browser browser) {
        return browser.findAll(By.cssSelector("[id='" + TABLE + "_data'] .licence")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    /** Figures in Persian digits, and no Latin digit. */
    private static boolean persianOnly(String text) {
        return text != null && text.matches("(?s).*[۰-۹].*") && !text.matches("(?s).*[0-9].*");
    }

    /** The paginator's report, its digits read as ASCII. */
    private static String pageReport(Browser browser) {
        return Texts.asciiDigits(PF.pageReport(browser, TABLE));
    }

    private static String report(int first, int last, int total) {
        return fa("table.pageReport").replace("{startRecord}", String.valueOf(first))
                .replace("{endRecord}", String.valueOf(last)).replace("{totalRecords}", String.valueOf(total));
    }
}
