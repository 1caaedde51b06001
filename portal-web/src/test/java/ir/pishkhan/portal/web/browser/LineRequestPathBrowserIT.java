package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.workflow.ListOrder;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.List;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line requests' path, each person in turn, in Persian: the office حرا requests a data line of the telecom
 * company and sends it; the telecom liaison finds it in its work queue, schedules the installation (a Jalali date)
 * and marks it installed; the office confirms. A second request the liaison refuses as "not needed": resolution 13
 * does not accept that, the request stays open, and the complaint it opens is in the secretariat's queue, linked to
 * resolution 13.
 */
@BrowserTest
class LineRequestPathBrowserIT {

    static final String TELECOM = "شرکت مخابرات استان";
    static final String ADDRESS = "تهران، خیابان انقلاب، پلاک ۱۲، دفتر پیشخوان حرا";
    static final String NOTE = "برای خدمات الکترونیک دولت به دو خط دیتا نیاز داریم.";
    static final String REFUSAL = "دفتر به خط دیتای دوم نیاز ندارد و یک خط کافی است.";
    @Test
    void theOfficeRequestsTheProviderInstallsTheOfficeConfirms(Browser browser) {
        LocalDate today = LocalDate.now(JalaliDates.ZONE);
        LineRequestPage page = request(browser);
        String tracking = page.tracking();
        long id = page.id();
        assertEquals(fa("enum.LineRequestStatus.SENT"), page.status());

        // --- the telecom liaison: its work queue, earliest deadline (overdue) first ---
        ComplaintPathBrowserIT.signIn(browser, Accounts.TELECOM).go("lines");
        LineRequestList list = new LineRequestList(browser);
        assertEquals(fa("lines.title.AGENCY_LIAISON"), list.title());
        assertEquals(fa("enum.ListOrder.DEADLINE_EARLIEST"), list.sortShown());
        page = list.openRequest(tracking);
        assertEquals(id, page.id());
        assertEquals(List.of("SCHEDULE", "INSTALL", "REFUSE"), page.offered());

        String date = PersianText.toPersianDigits(JalaliDates.toJalali(today.plusDays(2)));
        page = page.schedule(date, "کارشناس فنی روز نصب هماهنگ می‌کند.");
        LineRequestPage scheduled = page;
        assertAll("scheduled",
                () -> assertEquals(List.of(fa("lineRequest.done.SCHEDULE")), scheduled.messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.SCHEDULED"), scheduled.status()),
                () -> assertEquals(date, scheduled.text("line-scheduled")));
        browser.screenshot("LineRequestPathBrowserIT.02-scheduled");

        page = page.act("INSTALL", null);
        assertEquals(List.of(fa("lineRequest.done.INSTALL")), page.messages());
        assertEquals(fa("enum.LineRequestStatus.INSTALLED"), page.status());

        // --- the office confirms ---
        ComplaintPathBrowserIT.signIn(browser, Accounts.HERA).go("lines");
        list = new LineRequestList(browser);
        assertEquals(fa("lines.title.OFFICE_OPERATOR"), list.title());
        page = list.openRequest(tracking);
        assertEquals(List.of("CONFIRM", "DISPUTE"), page.offered());
        page = page.act("CONFIRM", "خط دیتا کار می‌کند.");
        LineRequestPage confirmed = page;
        assertAll("confirmed",
                () -> assertEquals(List.of(fa("lineRequest.done.CONFIRM")), confirmed.messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.CONFIRMED"), confirmed.status()),
                () -> assertEquals(List.of(fa("enum.LineRequestAction.FILE"), fa("enum.LineRequestAction.SEND"),
                        fa("enum.LineRequestAction.SCHEDULE"), fa("enum.LineRequestAction.INSTALL"),
                        fa("enum.LineRequestAction.CONFIRM")), confirmed.timelineActions()),
                () -> assertTrue(browser.find(By.id("timeline")).getText().contains(fa("lineRequest.scheduledFor") + ": " + date),
                        "the schedule in words, with its Jalali date"),
                () -> assertEquals(List.of(), confirmed.offered(), "nothing left to do"));
        browser.screenshot("LineRequestPathBrowserIT.03-confirmed");
    }

    @Test
    void aRefusalAsNotNeededOpensAComplaintInTheSecretariatsQueue(Browser browser) {
        LineRequestPage page = request(browser);
        String tracking = page.tracking();
        long id = page.id();

        ComplaintPathBrowserIT.signIn(browser, Accounts.TELECOM);
        page = LineRequestPage.open(browser, id).reason("REFUSE", fa("enum.RefusalReason.NOT_NEEDED")).act("REFUSE", REFUSAL);
        LineRequestPage escalated = page;
        assertAll("escalated, not closed",
                () -> assertEquals(List.of(fa("lineRequest.done.ESCALATED")), escalated.messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.ESCALATED"), escalated.status()),
                () -> assertTrue(escalated.offered().contains("INSTALL"), "the provider may still comply"),
                () -> assertFalse(escalated.offered().contains("REFUSE")));
        String complaintTracking = page.text("line-complaint");
        browser.screenshot("LineRequestPathBrowserIT.04-escalated");

        // --- the secretariat finds the complaint in its queue, linked to resolution 13 ---
        ComplaintPathBrowserIT.signIn(browser, Accounts.DABIR).go("complaints");
        ComplaintQueue queue = new ComplaintQueue(browser);
        queue.text(complaintTracking).search();
        assertEquals(List.of(complaintTracking), queue.trackings());
        ComplaintPage complaint = queue.openComplaint(complaintTracking);
        browser.screenshot("LineRequestPathBrowserIT.05-complaint");
        assertAll("the complaint",
                () -> assertEquals(fa("enum.ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED"), complaint.text(By.id("complaint-kind"))),
                () -> assertEquals(TELECOM, complaint.text(ComplaintPage.AGENCY)),
                () -> assertTrue(complaint.text(ComplaintPage.RESOLUTIONS).contains(fa("resolution.numbered") + " ۱۳"),
                        complaint.text(ComplaintPage.RESOLUTIONS)),
                () -> assertTrue(complaint.text(ComplaintPage.RESOLUTIONS).contains(fa("resolution.numbered") + " ۲"),
                        complaint.text(ComplaintPage.RESOLUTIONS)),
                () -> assertTrue(complaint.text(ComplaintPage.DESCRIPTION).contains(REFUSAL)),
                () -> assertTrue(complaint.text(ComplaintPage.DESCRIPTION).contains(tracking)
                        || complaint.text(ComplaintPage.DESCRIPTION).contains(PersianText.toAsciiDigits(tracking)),
                        "names the line request"),
                () -> assertTrue(complaint.timeline().get(0).text().startsWith("ثبت خودکار به نام دفتر"),
                        "the filing says the portal filed it, and why"));

        // the secretariat sees the request too, with every request's age and status
        new Layout(browser).go("lines");
        LineRequestList list = new LineRequestList(browser);
        assertEquals(fa("lines.title.SECRETARIAT"), list.title());
        page = list.openRequest(tracking);
        assertEquals(fa("enum.LineRequestStatus.ESCALATED"), page.status());
        assertEquals(complaintTracking, page.text("line-complaint"));
    }

    /** hera requests a data line of the telecom company and sends it; returns its page as the office sees it then. */
    static LineRequestPage request(Browser browser) {
        ComplaintPathBrowserIT.signIn(browser, Accounts.HERA).go("lines-new");
        new LineRequestForm(browser).provider(TELECOM).kind(fa("enum.LineKind.DATA_LINE")).quantity("۲")
                .address(ADDRESS).note(NOTE);
        browser.screenshot("LineRequestPathBrowserIT.01-request-form");
        new LineRequestForm(browser).submit();
        LineRequestPage page = new LineRequestPage(browser);
        String tracking = page.tracking();
        assertAll("filed",
                () -> assertEquals(List.of(fa("lineRequest.filed", tracking)), page.messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.REQUESTED"), page.status()),
                () -> assertEquals(TELECOM, page.text("line-provider")),
                () -> assertEquals("۲", page.text("line-quantity")),
                () -> assertEquals(ADDRESS, page.text("line-address")),
                () -> assertEquals(List.of("SEND", "CANCEL"), page.offered()));
        LineRequestPage sent = page.act("SEND", null);
        assertEquals(List.of(fa("lineRequest.done.SEND")), sent.messages());
        return sent;
    }
}
