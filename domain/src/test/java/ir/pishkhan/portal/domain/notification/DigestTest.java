package ir.pishkhan.portal.domain.notification;

import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Single mails or a daily digest: who gets which, and what one digest lists. */
class DigestTest {

    private static final Instant NOW = Instant.parse("2026-04-20T06:30:00Z");

    private final UserAccount dabir = new UserAccount("dabir", "دبیرخانه", Role.SECRETARIAT, null, null,
            "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", NOW);

    private static Notification told(String who, long record, Instant at) {
        return new Notification(who, "complaint", record, "C1405-" + record, ComplaintAction.FORWARD,
                ComplaintStatus.TRIAGED, ComplaintStatus.FORWARDED, NotificationKind.WORK, at);
    }

    @Test
    void singleMailsUnlessTheUserChoseTheDailyDigest() {
        dabir.setMailPreferences("dabir@pishkhan.example", true, EnumSet.of(NotificationKind.WORK));
        assertEquals(MailSchedule.EACH, dabir.getMailSchedule(), "single mails, as before, unless chosen");
        assertTrue(dabir.mailsAtOnce(NotificationKind.WORK));
        assertFalse(dabir.mailsInDigest(NotificationKind.WORK));

        dabir.setMailSchedule(MailSchedule.DAILY_DIGEST);
        assertFalse(dabir.mailsAtOnce(NotificationKind.WORK), "a digest user gets no single mail");
        assertTrue(dabir.mailsInDigest(NotificationKind.WORK));
        assertFalse(dabir.mailsInDigest(NotificationKind.NOTE), "only the kinds chosen wait for the digest");
        assertTrue(dabir.canTakeDigest());

        dabir.setMailPreferences("dabir@pishkhan.example", false, EnumSet.of(NotificationKind.WORK));
        assertFalse(dabir.mailsInDigest(NotificationKind.WORK), "mail off: nothing waits");
        assertFalse(dabir.canTakeDigest());
        dabir.setMailPreferences("", true, EnumSet.of(NotificationKind.WORK));
        assertFalse(dabir.canTakeDigest(), "no address: no digest");
        assertThrows(NullPointerException.class, () -> dabir.setMailSchedule(null));
    }

    @Test
    void aNotificationWaitsForTheDigestUntilOneCarriesIt() {
        Notification n = told("dabir", 1, NOW);
        assertFalse(n.isAwaitingDigest(), "mailed on its own, or not at all, unless meant for a digest");
        n.awaitDigest();
        assertTrue(n.isAwaitingDigest());
    }

    @Test
    void aDigestListsOneRecipientsNotificationsNewestFirstAndCountsThoseItHasNoRoomFor() {
        Digest two = Digest.of(List.of(told("dabir", 1, NOW), told("dabir", 2, NOW.plusSeconds(60))));
        assertEquals(List.of(2L, 1L), two.listed().stream().map(Notification::getRecordId).toList());
        assertEquals(0, two.notListed());
        assertEquals("dabir", two.recipient());

        List<Notification> many = new ArrayList<>();
        for (int i = 1; i <= Digest.LISTED + 5; i++) {
            many.add(told("dabir", i, NOW.plusSeconds(i)));
        }
        Digest full = Digest.of(many);
        assertEquals(Digest.LISTED, full.listed().size());
        assertEquals((long) Digest.LISTED + 5, full.listed().get(0).getRecordId(), "the newest first");
        assertEquals(5, full.notListed());
        assertEquals(Digest.LISTED + 5, full.covered().size(), "all go into this digest: none waits for the next");

        assertThrows(IllegalArgumentException.class, () -> Digest.of(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Digest.of(List.of(told("dabir", 1, NOW), told("anjoman", 2, NOW))));
    }
}
