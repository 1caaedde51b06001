package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Repeats and duplicates at triage, in Persian: two offices complain of the same thing against Post Bank in words
 * typed differently (Arabic letter forms, no ZWNJ); the secretariat, triaging the second, sees the first as a likely
 * duplicate and the agency's record, and closes the second as its duplicate; the second office reads that on its
 * complaint, without a link to a complaint that is not its own.
 */
@BrowserTest
class ComplaintRepeatsBrowserIT {

    static final String FIRST = "شعبه مرکزی پست بانک برای ادامه همکاری ضمانت‌نامه بانکی خواست و بیمه‌نامه معلم را نپذیرفت.";
    static final String SECOND = "شعبه مرکزي پست بانك براي ادامه همكاري ضمانتنامه بانكي خواست و بيمه نامه معلم را نپذيرفت";

    private static long file(Browser browser, Accounts.Account office, String description) {
        ComplaintPathBrowserIT.signIn(browser, office).go("complaints-new");
        String yesterday = PersianText.toPersianDigits(JalaliDates.toJalali(JalaliDates.today().minusDays(1)));
        new ComplaintForm(browser).agency(ComplaintPathBrowserIT.POST_BANK).kind(fa("enum.ComplaintKind.GUARANTEE_DEMANDED"))
                .occurredOn(yesterday).official("رئیس شعبهٔ مرکزی").description(description).submit();
        return new ComplaintPage(browser).id();
    }

    @Test
    void theSecretariatClosesASecondOfficesRepeatAsADuplicate(Browser browser) {
        long first = file(browser, Accounts.HERA, FIRST);
        String firstTracking = new ComplaintPage(browser).tracking();
        long second = file(browser, Accounts.ARIA, SECOND);

        ComplaintPathBrowserIT.signIn(browser, Accounts.DABIR);
        ComplaintPage page = ComplaintPage.open(browser, second);
        List<String> likely = browser.findAll(By.cssSelector("#likely-duplicates .likely-tracking")).stream()
                .map(e -> e.getText().trim()).toList();
        assertAll("the repeats weighed at triage",
                () -> assertTrue(likely.contains(firstTracking), likely + " names " + firstTracking),
                () -> assertTrue(browser.text(By.id("agency-upheld")).startsWith(fa("complaint.repeats.agency"))),
                () -> assertTrue(browser.text(By.id("official-upheld")).contains("رئیس شعبهٔ مرکزی")),
                () -> assertEquals(likely.get(0), browser.byId("form-MARK_DUPLICATE:original").getAttribute("value")
                        .transform(PersianText::toPersianDigits), "the likeliest is chosen already"));
        browser.screenshot("ComplaintRepeatsBrowserIT.01-repeats");
        // (other tests' complaints against Post Bank may be alike too: the first office's is named, in Persian digits)
        browser.byId("form-MARK_DUPLICATE:original").clear();
        browser.byId("form-MARK_DUPLICATE:original").sendKeys(firstTracking);

        ComplaintPage closed = page.act("MARK_DUPLICATE", "همان شکایت دفتر حرا است.");
        assertAll("closed as a duplicate, linked",
                () -> assertEquals(List.of(fa("complaint.done.MARK_DUPLICATE")), closed.messages()),
                () -> assertEquals(fa("enum.ComplaintStatus.REJECTED"), closed.status()),
                () -> assertEquals(firstTracking, browser.text(By.id("duplicate-link")).trim()),
                () -> assertTrue(ComplaintPathBrowserIT.last(closed.timeline()).text().contains(firstTracking),
                        ComplaintPathBrowserIT.last(closed.timeline()).text()),
                () -> assertFalse(closed.offers("MARK_DUPLICATE")));
        browser.screenshot("ComplaintRepeatsBrowserIT.02-closed");

        // the second office reads it, but the first office's complaint is not its own: no link
        ComplaintPathBrowserIT.signIn(browser, Accounts.ARIA);
        ComplaintPage atAria = ComplaintPage.open(browser, second);
        assertAll("as the office reads it",
                () -> assertEquals(fa("enum.ComplaintStatus.REJECTED"), atAria.status()),
                () -> assertEquals(firstTracking, browser.text(By.id("complaint-duplicate-of")).trim()),
                () -> assertTrue(browser.findAll(By.id("duplicate-link")).isEmpty()),
                () -> assertTrue(browser.findAll(By.id("repeats")).isEmpty(), "the weighing is the secretariat's"));
        // a wrong number is told, and nothing is closed
        ComplaintPathBrowserIT.signIn(browser, Accounts.DABIR);
        ComplaintPage firstPage = ComplaintPage.open(browser, first);
        browser.byId("form-MARK_DUPLICATE:original").clear();
        browser.byId("form-MARK_DUPLICATE:original").sendKeys("۱۴۰۵-۹۹۹۹۹۹");
        ComplaintPage refused = firstPage.act("MARK_DUPLICATE", "");
        assertEquals(List.of(fa("complaint.duplicate.original")), refused.messages());
        assertEquals(fa("enum.ComplaintStatus.SUBMITTED"), refused.status());
    }
}
