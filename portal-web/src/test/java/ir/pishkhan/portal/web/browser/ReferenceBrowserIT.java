package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office operator reads the working group's resolutions, in Persian, by following links: the meetings, the
 * 14th meeting with its Jalali dates, a resolution's verbatim text, and its citations of earlier meetings whose
 * minutes the portal does not hold.
 */
@ResourceLock("meetings") // reads the meetings and the 14th meeting
@BrowserTest
class ReferenceBrowserIT {

    /** Deadlines of the 14th meeting's resolutions that have one, as the Persian UI shows them. */
    /** The meetings of the seed, as the list names them. */
    static final java.util.Set<String> PAST = java.util.Set.of("جلسه ۱۴", "جلسه ۱۳", "جلسه ۱۱", "جلسه ۱۰");

    static final Map<Integer, String> DEADLINES = Map.of(1, "۱۳۹۱/۰۷/۱۵", 5, "۱۳۹۱/۰۷/۲۷", 9, "۱۳۹۱/۰۷/۱۰");

    @Test
    void fromTheMeetingsListToAResolutionAndTheMeetingsItCites(Browser browser) {
        Layout layout = LoginPage.open(browser).loginAs(Accounts.ARIA).go("meetings");
        assertEquals("/meetings/list.xhtml", browser.path());
        assertEquals(fa("meetings.title"), layout.title());
        // meeting 14 with its date; 10, 11 and 13 are known only because it cites them
        Map<String, String> dates = new java.util.LinkedHashMap<>();
        for (WebElement row : PF.rows(browser, "meetings")) {
            List<WebElement> cells = row.findElements(By.cssSelector(":scope > td"));
            // the register's past: meetings a test records later (15, …) come first and are not the seed's
            if (PAST.contains(cells.get(0).getText().trim())) {
                dates.put(cells.get(0).getText().trim(), cells.get(1).getText().trim());
            }
        }
        String unknown = fa("meeting.minutesUnknown");
        assertEquals(Map.of("جلسه ۱۴", "۱۳۹۱/۰۶/۲۷", "جلسه ۱۳", unknown, "جلسه ۱۱", unknown, "جلسه ۱۰", unknown), dates);
        assertEquals(List.of("جلسه ۱۴", "جلسه ۱۳", "جلسه ۱۱", "جلسه ۱۰"), new ArrayList<>(dates.keySet()), "newest first");

        browser.clickAndWaitForPage(browser.find(By.xpath("//a[contains(@class,'meeting-link')][normalize-space()='جلسه ۱۴']")));
        assertEquals("/meetings/view.xhtml?number=14", browser.path());
        assertEquals("جلسه ۱۴", browser.text(By.id("meeting-title")).trim());
        assertEquals("۱۳۹۱/۰۶/۲۷", browser.text(By.id("meeting-date")).trim());
        assertEquals("۱۰:۰۰", browser.find(By.cssSelector(".facts dd:nth-of-type(2)")).getText().trim());
        browser.screenshot("ReferenceBrowserIT.meeting-14");

        List<String> numbers = PF.column(browser, "resolutions", 0);
        List<String> texts = PF.column(browser, "resolutions", 3);
        List<String> deadlines = PF.column(browser, "resolutions", 4);
        assertEquals(Seed.resolutionCount(), numbers.size(), "every resolution of the meeting");
        List<Runnable> checks = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            int n = i + 1;
            int row = i;
            assertEquals(Texts.persianDigits(String.valueOf(n)), numbers.get(row));
            checks.add(() -> assertEquals(squeeze(Seed.textFa(n)), squeeze(texts.get(row)), "text of resolution " + n));
            checks.add(() -> assertEquals(DEADLINES.getOrDefault(n, ""), deadlines.get(row), "deadline of resolution " + n));
        }
        assertAll(checks.stream().map(c -> (org.junit.jupiter.api.function.Executable) c::run));

        openResolution(browser, 11);
        assertEquals("/resolutions/view.xhtml?meeting=14&number=11", browser.path());
        assertEquals("مصوبه ۱۱ — جلسه ۱۴", browser.text(By.id("resolution-title")).trim());
        WebElement text = browser.byId("resolution-text");
        assertAll(
                () -> assertEquals(Seed.textFa(11), text.getText(), "the verbatim text, as shown"),
                () -> assertEquals(Seed.textFa(11), text.getAttribute("textContent"), "the verbatim text, exactly"),
                () -> assertEquals("fa", text.getAttribute("lang")),
                () -> assertEquals("rtl", text.getAttribute("dir")),
                () -> assertEquals(fa("deadline.none"), browser.text(By.id("resolution-deadline")).trim()),
                () -> assertEquals("—", browser.text(By.id("resolution-cites")).trim()));
        browser.screenshot("ReferenceBrowserIT.resolution-14-11");

        browser.clickAndWaitForPage(browser.find(By.linkText(fa("resolution.back"))));
        assertEquals("/meetings/view.xhtml?number=14", browser.path());
        openResolution(browser, 17);
        assertEquals(Seed.textFa(17), browser.byId("resolution-text").getAttribute("textContent"));
        List<WebElement> cited = browser.findAll(By.cssSelector("#resolution-cites a.cited"));
        assertEquals(List.of("مصوبه ۱۱ — جلسه ۱۰", "مصوبه ۶ — جلسه ۱۱"), cited.stream().map(e -> e.getText().trim()).toList());
        browser.screenshot("ReferenceBrowserIT.resolution-14-17");

        browser.clickAndWaitForPage(cited.get(0));
        assertCitedOnly(browser, 10, 11);
        browser.driver().navigate().back();
        browser.waitForPage();
        browser.clickAndWaitForPage(browser.findAll(By.cssSelector("#resolution-cites a.cited")).get(1));
        assertCitedOnly(browser, 11, 6);
        browser.screenshot("ReferenceBrowserIT.resolution-11-6");
    }

    @Test
    void deadlinesReadAsJalaliDatesOnTheResolutionPagesToo(Browser browser) {
        LoginPage.open(browser).loginAs(Accounts.DABIR);
        String home = browser.path();
        // the secretariat's home lists exactly the latest published meeting's resolutions with a deadline: the 14th's
        // (1, 5, 9), unless a later meeting was recorded meanwhile (the meetings' cycle's test records the 15th)
        browser.open("/meetings/list.xhtml");
        String latest = PF.rows(browser, "meetings").stream()
                .filter(r -> r.findElement(By.cssSelector(".meeting-status")).getText().trim().equals(fa("enum.MeetingStatus.PUBLISHED")))
                .map(r -> Texts.asciiDigits(r.findElement(By.cssSelector("a.meeting-link")).getText()).replaceAll("\\D", ""))
                .findFirst().orElseThrow();
        browser.open("/meetings/view.xhtml?number=" + latest);
        List<String> numbers = PF.column(browser, "resolutions", 0);
        List<String> dues = PF.column(browser, "resolutions", 4);
        List<String> expected = new ArrayList<>();
        List<String> expectedDues = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (!dues.get(i).isEmpty()) {
                expected.add(numbers.get(i));
                expectedDues.add(dues.get(i));
            }
        }
        if (latest.equals("14")) {
            assertEquals(List.of("۱", "۵", "۹"), expected);
            assertEquals(List.of("۱۳۹۱/۰۷/۱۵", "۱۳۹۱/۰۷/۲۷", "۱۳۹۱/۰۷/۱۰"), expectedDues);
        }
        browser.open(home);
        assertEquals(expected, PF.column(browser, "deadlines", 0));
        assertEquals(expectedDues, PF.column(browser, "deadlines", 2));

        browser.open("/meetings/view.xhtml?number=14");
        browser.clickAndWaitForPage(browser.find(By.xpath("//a[contains(@class,'resolution-link')][normalize-space()='۵']")));
        assertEquals("/resolutions/view.xhtml?meeting=14&number=5", browser.path());
        assertEquals("۱۳۹۱/۰۷/۲۷ (" + fa("period.M", 1) + ")", browser.text(By.id("resolution-deadline")).trim());
        browser.open("/resolutions/view.xhtml?meeting=14&number=9");
        assertEquals("۱۳۹۱/۰۷/۱۰ (" + fa("period.W", 2) + ")", browser.text(By.id("resolution-deadline")).trim());
        browser.open("/resolutions/view.xhtml?meeting=14&number=1");
        assertEquals("۱۳۹۱/۰۷/۱۵", browser.text(By.id("resolution-deadline")).trim());
    }

    private static void openResolution(Browser browser, int number) {
        String label = Texts.persianDigits(String.valueOf(number));
        browser.clickAndWaitForPage(browser.find(By.xpath(
                "//table//a[contains(@class,'resolution-link')][normalize-space()='" + label + "']")));
    }

    private static void assertCitedOnly(Browser browser, int meeting, int number) {
        String m = Texts.persianDigits(String.valueOf(meeting));
        String n = Texts.persianDigits(String.valueOf(number));
        assertAll(
                () -> assertEquals("/resolutions/view.xhtml?meeting=" + meeting + "&number=" + number, browser.path()),
                () -> assertEquals("مصوبه " + n + " — جلسه " + m, browser.text(By.id("resolution-title")).trim()),
                () -> assertEquals(fa("resolution.textUnknown"), browser.text(By.id("resolution-text-unknown")).trim()),
                () -> assertFalse(browser.exists(By.id("resolution-text")), "no text where the minutes are not held"),
                () -> assertTrue(browser.exists(Layout.LOGOUT), "still signed in"));
    }

    /** Whitespace runs as one space, ends trimmed: how an HTML table cell shows a text. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
