package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.time.LocalDate;
import java.util.List;

import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bell and the list, on the path: the secretariat forwards a complaint to Post Bank; the liaison's bell
 * shows one unread, the list names the complaint in Persian, opening it leads to the complaint and marks it read.
 */
@Isolated("counts the liaison's unread notifications")
@BrowserTest
class NotificationBrowserIT {

    @Test
    void aForwardedComplaintRingsTheLiaisonsBellAndOpeningItMarksItRead(Browser browser) {
        // the liaison starts with nothing unread (other tests may have forwarded to Post Bank before)
        signIn(browser, Accounts.POSTBANK);
        NotificationsPage.fromBell(browser).markAllRead();
        assertEquals("۰", NotificationsPage.bell(browser));

        // the office files, the secretariat triages and forwards
        signIn(browser, Accounts.HERA).go("complaints-new");
        ComplaintForm form = new ComplaintForm(browser);
        form.agency(ComplaintPathBrowserIT.POST_BANK).kind(fa("enum.ComplaintKind.GUARANTEE_DEMANDED"))
                .occurredOn(PersianText.toPersianDigits(JalaliDates.toJalali(LocalDate.now(JalaliDates.ZONE).minusDays(1))))
                .description("پست بانک برای واگذاری خدمت ضمانت‌نامهٔ بانکی خواست و بیمهٔ معلم را نپذیرفت.")
                .submit();
        ComplaintPage filed = new ComplaintPage(browser);
        long id = filed.id();
        String tracking = filed.tracking();

        signIn(browser, Accounts.DABIR);
        ComplaintPage page = ComplaintPage.open(browser, id).triage(fa("enum.Priority.NORMAL"), null);
        page = page.act("FORWARD", "لطفاً ظرف مهلت پاسخ دهید.");
        assertEquals(fa("enum.ComplaintStatus.FORWARDED"), page.status());

        // the liaison's bell, on whatever page they land
        signIn(browser, Accounts.POSTBANK);
        assertEquals("۱", NotificationsPage.bell(browser));
        browser.screenshot("NotificationBrowserIT.01-bell");
        NotificationsPage list = NotificationsPage.fromBell(browser);
        NotificationsPage.Row newest = list.rows().get(0);
        assertTrue(newest.what().contains(tracking), newest.what());
        assertTrue(newest.what().contains(fa("enum.ComplaintAction.FORWARD")), newest.what());
        assertTrue(newest.unread());
        assertEquals(fa("notifications.unread"), newest.state());
        browser.screenshot("NotificationBrowserIT.02-list");

        list.open(tracking);
        ComplaintPage opened = new ComplaintPage(browser);
        assertEquals(id, opened.id());
        assertEquals("۰", NotificationsPage.bell(browser), "opened: read");
        list = NotificationsPage.fromBell(browser);
        List<NotificationsPage.Row> rows = list.rows();
        assertFalse(rows.get(0).unread());
        assertEquals(fa("notifications.read"), rows.get(0).state());
    }
}
