package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.calendar.OfficialHolidays;
import ir.pishkhan.portal.domain.calendar.Weekend;
import ir.pishkhan.portal.domain.calendar.WorkingCalendar;
import ir.pishkhan.portal.domain.escalation.Ladder;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.report.ReportText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;

import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The escalation ladder on a complaint's page: a complaint forwarded to Post Bank whose deadline passed some working
 * days ago (the clock moved by moving the complaint's deadline back in the database, not waited for); the
 * administrator runs the day's pass; the office reads the reminder and the letter's rung on the timeline, and
 * downloads the letter — Persian, numbered — which another office and another agency are refused (404).
 */
@Isolated("runs the day's pass over every record")
@BrowserTest
class EscalationBrowserIT {

    /** The built-in holidays only: the lunar ones add days, so the letter's day is put two days before today. */
    private static final BusinessCalendar FIXED = WorkingCalendar.of(Weekend.of(false), OfficialHolidays::fixed);

    /**
     * A deadline fallen so long ago that the ladder's letter is due today and its meeting rung not yet (the test
     * portal's 3 and 7 working days), on the built-in calendar: a clock moved, not waited for.
     */
    static LocalDate deadlineWithTheLetterDue() {
        LocalDate today = JalaliDates.today();
        Ladder ladder = new Ladder(3, 7);
        LocalDate deadline = today.minusDays(1);
        while (ladder.days(deadline, FIXED).get(Rung.LETTER).isAfter(today.minusDays(2))) {
            deadline = deadline.minusDays(1);
        }
        assertTrue(ladder.days(deadline, FIXED).get(Rung.FOR_MEETING).isAfter(today.plusDays(1)));
        return deadline;
    }

    @Test
    void theRungsTakenAreOnTheComplaintsTimelineAndItsLetterIsTheirsAlone(Browser browser, PortalServer.Instance portal)
            throws Exception {
        signIn(browser, Accounts.HERA).go("complaints-new");
        String yesterday = PersianText.toPersianDigits(JalaliDates.toJalali(JalaliDates.today().minusDays(1)));
        new ComplaintForm(browser).agency(ComplaintPathBrowserIT.POST_BANK).kind(fa("enum.ComplaintKind.GUARANTEE_DEMANDED"))
                .occurredOn(yesterday).description("پست بانک برای ادامهٔ همکاری ضمانت‌نامهٔ بانکی خواست و پاسخی نداد.")
                .submit();
        ComplaintPage filed = new ComplaintPage(browser);
        long id = filed.id();
        String tracking = filed.tracking();
        signIn(browser, Accounts.DABIR);
        ComplaintPage.open(browser, id).triage(fa("enum.Priority.NORMAL"), null).act("FORWARD", ComplaintPathBrowserIT.FORWARD_NOTE);

        // the clock moved: the deadline fell so long ago that the letter is due, the meeting not yet (3 and 7 days)
        LocalDate today = JalaliDates.today();
        LocalDate deadline = deadlineWithTheLetterDue();
        try (Connection c = portal.database();
             PreparedStatement s = c.prepareStatement("UPDATE complaint SET deadline = ?, due_sort = ? WHERE id = ?")) {
            s.setDate(1, Date.valueOf(deadline));
            s.setDate(2, Date.valueOf(deadline));
            s.setLong(3, id);
            assertEquals(1, s.executeUpdate());
        }

        // the administrator runs the day's pass (twice: each rung once)
        signIn(browser, Accounts.ADMIN);
        browser.open("/admin/escalation.xhtml");
        assertEquals(fa("escalation.run.title"), browser.text(By.id("escalation-title")).trim());
        for (int run = 0; run < 2; run++) {
            browser.clickAndWaitForPage(browser.byId("escalation-form:run-pass"));
            List<String> told = new Layout(browser).messages();
            assertEquals(1, told.size(), told.toString());
            assertTrue(told.get(0).startsWith(fa("escalation.run.done", "X", "Y", "Z", "W").split("X")[0]), told.toString());
        }
        browser.screenshot("EscalationBrowserIT.01-pass");

        // the office reads both rungs, taken by the portal, each once
        signIn(browser, Accounts.HERA);
        ComplaintPage page = ComplaintPage.open(browser, id);
        List<ComplaintPage.Event> rungs = page.timeline().stream()
                .filter(e -> e.action().equals(fa("enum.ComplaintAction.ESCALATE"))).toList();
        String due = JalaliDates.format(deadline, java.util.Locale.forLanguageTag("fa"));
        assertAll("the rungs",
                () -> assertEquals(2, rungs.size(), rungs.toString()),
                () -> assertEquals(fa("timeline.rung.REMINDER", due), rungs.get(0).text()),
                () -> assertTrue(rungs.get(1).text().startsWith("نامهٔ رسمی شمارهٔ "), rungs.get(1).text()),
                () -> assertTrue(rungs.get(1).text().contains(due), rungs.get(1).text()),
                () -> assertEquals(List.of(fa("timeline.letter")), rungs.get(1).files()));
        browser.screenshot("EscalationBrowserIT.02-timeline");

        String href = URI.create(browser.findAll(By.cssSelector("#timeline a.letter-link")).get(0).getAttribute("href"))
                .getRawPath();
        String letter = href.substring(URI.create(browser.baseUrl()).getRawPath().replaceAll("/$", "").length());
        assertEquals("/letters/complaint/" + id + ".pdf", letter);
        HttpResponse<byte[]> pdf = browser.download(letter);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", ComplaintPathBrowserIT.mediaType(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = ReportText.withoutJoiners(ReportText.of(doc));
            assertAll("the letter",
                    () -> assertTrue(text.contains("نامهٔ رسمی شمارهٔ " + PersianText.toPersianDigits(
                            String.valueOf(JalaliDates.fields(today)[0]))), text),
                    () -> assertTrue(text.contains("ریاست محترم پست بانک"), text),
                    () -> assertTrue(text.contains(PersianText.toPersianDigits(tracking)), text));
        }

        // another office, another agency: not found; the administrator is no party to records: forbidden
        signIn(browser, Accounts.ARIA);
        assertEquals(404, browser.download(letter).statusCode());
        signIn(browser, Accounts.TELECOM);
        assertEquals(404, browser.download(letter).statusCode());
        signIn(browser, Accounts.POSTBANK);
        assertEquals(200, browser.download(letter).statusCode(), "the agency it is addressed to");
        signIn(browser, Accounts.ADMIN);
        assertEquals(403, browser.download(letter).statusCode());
    }

    @Test
    void theSecretariatReachesTheProposedReferralsFromItsHomePageAnOfficeIsRefused(Browser browser) {
        signIn(browser, Accounts.DABIR);
        browser.clickAndWaitForPage(browser.byId("referrals"));
        assertEquals(fa("referral.title"), browser.text(By.id("referrals-title")).trim());
        AccessBrowserIT.assertNoStackTrace(browser.html());
        // each proposal, when the data has any, links the complaints behind it and offers both decisions
        var proposals = browser.findAll(By.cssSelector("li.referral-proposal"));
        for (var li : proposals) {
            assertTrue(!li.findElements(By.cssSelector("a.complaint-link")).isEmpty(), li.getText());
            assertEquals(2, li.findElements(By.cssSelector("button")).size(), li.getText());
        }
        assertTrue(proposals.size() <= 10, "ten a page: " + proposals.size());
        assertEquals(!proposals.isEmpty(), !browser.findAll(By.id("referral-range")).isEmpty(),
                "which of them the page shows, whenever it shows any");
        // the page the address names, however typed: not a number, the first; beyond the last, the last
        for (String page : List.of("abc", "%DB%B9%DB%B9%DB%B9", "-1", "2147483647", "99999999999")) {
            HttpResponse<String> shown = browser.get("/secretariat/referrals.xhtml?page=" + page);
            assertEquals(200, shown.statusCode(), page);
            assertTrue(shown.body().contains("id=\"referrals-title\""), page);
            AccessBrowserIT.assertNoStackTrace(shown.body());
        }
        browser.screenshot("EscalationBrowserIT.03-referrals");
        signIn(browser, Accounts.HERA);
        assertEquals(403, browser.get("/secretariat/referrals.xhtml").statusCode());
    }
}
