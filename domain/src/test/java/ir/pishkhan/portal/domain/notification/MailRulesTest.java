package ir.pishkhan.portal.domain.notification;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who wants which mail, the retries' waits, and a mail's states. */
class MailRulesTest {

    private static final Instant NOW = Instant.parse("2026-04-20T06:30:00Z");

    private final UserAccount dabir = new UserAccount("dabir", "دبیرخانه", Role.SECRETARIAT, null, null,
            "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", NOW);

    @Test
    void mailGoesOnlyToAnAddressGivenWithMailOnForTheKindsChosen() {
        assertFalse(dabir.wantsMail(NotificationKind.WORK), "no address: no mail");
        assertEquals("fa", dabir.getLanguage(), "Persian unless chosen otherwise");
        dabir.setMailPreferences(" dabir@pishkhan.example ", true, EnumSet.allOf(NotificationKind.class));
        assertEquals("dabir@pishkhan.example", dabir.getEmail());
        assertTrue(dabir.wantsMail(NotificationKind.WORK));
        dabir.setMailPreferences("dabir@pishkhan.example", true, EnumSet.of(NotificationKind.WORK));
        assertTrue(dabir.wantsMail(NotificationKind.WORK));
        assertFalse(dabir.wantsMail(NotificationKind.NOTE));
        assertEquals(Set.of(NotificationKind.WORK), dabir.getMailKinds());
        dabir.setMailPreferences("dabir@pishkhan.example", false, EnumSet.of(NotificationKind.WORK));
        assertFalse(dabir.wantsMail(NotificationKind.WORK), "mail off, the address kept");
        assertEquals("dabir@pishkhan.example", dabir.getEmail());
        dabir.setMailPreferences("dabir@pishkhan.example", true, EnumSet.of(NotificationKind.WORK));
        dabir.disable();
        assertFalse(dabir.wantsMail(NotificationKind.WORK), "a disabled account gets no mail");
        dabir.setMailPreferences("", true, Set.of());
        assertEquals(null, dabir.getEmail());
    }

    @Test
    void anAddressThatIsNoneOrALanguageThePortalDoesNotSpeakIsRefused() {
        for (String bad : new String[] {"dabir", "dabir@", "@pishkhan.ir", "dabir@pishkhan", "da bir@pishkhan.ir",
                "a@b@c.ir", "x".repeat(250) + "@pishkhan.ir"}) {
            assertThrows(BusinessException.InvalidInput.class,
                    () -> dabir.setMailPreferences(bad, true, Set.of()), bad);
        }
        assertThrows(BusinessException.InvalidInput.class, () -> dabir.setLanguage("de"));
        dabir.setLanguage("en");
        assertEquals("en", dabir.getLanguage());
    }

    @Test
    void theWaitDoublesUpToTheLongest() {
        Retries retries = new Retries(8, Duration.ofMinutes(1), Duration.ofMinutes(30));
        assertEquals(Duration.ofMinutes(1), retries.after(1));
        assertEquals(Duration.ofMinutes(2), retries.after(2));
        assertEquals(Duration.ofMinutes(16), retries.after(5));
        assertEquals(Duration.ofMinutes(30), retries.after(6));
        assertEquals(Duration.ofMinutes(30), retries.after(60));
        assertThrows(IllegalArgumentException.class, () -> new Retries(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new Retries(3, Duration.ZERO, Duration.ofMinutes(1)));
    }

    @Test
    void onlyAClaimedMailIsSentOrFailed() {
        OutboxMail mail = new OutboxMail("dabir", "dabir@pishkhan.example", "fa", "C1405-7", "موضوع", "متن", "<p>متن</p>", NOW);
        assertEquals(MailState.PENDING, mail.getState());
        assertEquals(NOW, mail.getNextAttemptAt(), "due at once");
        assertThrows(IllegalStateException.class, () -> mail.sent(NOW), "a worker sends only what it claimed");
        assertThrows(IllegalStateException.class, () -> mail.failed("x", NOW, new Retries(1, Duration.ofMinutes(1), Duration.ofMinutes(1))));
    }
}
