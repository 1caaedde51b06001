package ir.pishkhan.portal.domain.user;

import ir.pishkhan.portal.domain.user.LoginThrottle.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A growing delay, then a lock that ends by itself or by an administrator; old failures forgotten. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final LoginThrottle.Rule RULE = new LoginThrottle.Rule(3, 6, Duration.ofMinutes(15), Duration.ofSeconds(30));

    @Test
    void keysOfAccountsAndAddresses() {
        assertEquals(Optional.of("account:dabir"), LoginThrottle.accountKey(" Dabir "));
        assertEquals(Optional.empty(), LoginThrottle.accountKey("not a username"));
        assertEquals("address:10.0.0.7", LoginThrottle.addressKey("10.0.0.7"));
        assertEquals(LoginThrottle.KEY_MAX, LoginThrottle.addressKey("x".repeat(200)).length());
        assertEquals("dabir", new LoginThrottle("account:dabir").getName());
        assertTrue(new LoginThrottle("account:dabir").isAccount());
    }

    @Test
    void aDelayThatDoublesThenALock() {
        LoginThrottle t = new LoginThrottle("account:dabir");
        assertFalse(t.failed(T0, RULE));
        assertFalse(t.failed(T0, RULE));
        assertEquals(Optional.empty(), t.refusal(T0), "two failures: no delay yet");
        assertFalse(t.failed(T0, RULE));
        assertEquals(Optional.of(new Refusal(Refusal.Kind.WAIT, T0.plusSeconds(1))), t.refusal(T0));
        assertEquals(Optional.empty(), t.refusal(T0.plusSeconds(1)));
        assertFalse(t.failed(T0.plusSeconds(1), RULE));
        assertEquals(Optional.of(new Refusal(Refusal.Kind.WAIT, T0.plusSeconds(3))), t.refusal(T0.plusSeconds(1)));
        assertFalse(t.failed(T0.plusSeconds(3), RULE));
        assertEquals(Optional.of(new Refusal(Refusal.Kind.WAIT, T0.plusSeconds(7))), t.refusal(T0.plusSeconds(3)));
        assertTrue(t.failed(T0.plusSeconds(7), RULE), "the sixth failure locks");
        Instant until = T0.plusSeconds(7).plus(Duration.ofMinutes(15));
        assertEquals(Optional.of(new Refusal(Refusal.Kind.LOCKED, until)), t.refusal(T0.plusSeconds(8)));
        assertFalse(t.failed(T0.plusSeconds(9), RULE), "failures while locked neither count nor lock again");
        assertEquals(6, t.getFailures());
        assertTrue(t.isLocked(until.minusMillis(1)));
        assertEquals(Optional.empty(), t.refusal(until), "the lock ends by itself");
        assertFalse(t.failed(until, RULE));
        assertEquals(1, t.getFailures(), "after the lock the count starts again");
    }

    @Test
    void theDelayStopsGrowingAtItsLongest() {
        LoginThrottle.Rule rule = new LoginThrottle.Rule(1, 50, Duration.ofHours(1), Duration.ofSeconds(30));
        LoginThrottle t = new LoginThrottle("address:10.0.0.7");
        for (int i = 0; i < 20; i++) {
            t.failed(T0, rule);
        }
        assertEquals(Optional.of(new Refusal(Refusal.Kind.WAIT, T0.plusSeconds(30))), t.refusal(T0));
    }

    @Test
    void anAdministratorLiftsTheLock() {
        LoginThrottle t = new LoginThrottle("account:dabir");
        for (int i = 0; i < 6; i++) {
            t.failed(T0, RULE);
        }
        assertTrue(t.isLocked(T0));
        t.lift();
        assertEquals(Optional.empty(), t.refusal(T0));
        assertEquals(0, t.getFailures());
    }

    @Test
    void aRightPasswordAndTimeForgetFailures() {
        LoginThrottle t = new LoginThrottle("account:dabir");
        t.failed(T0, RULE);
        t.failed(T0, RULE);
        t.succeeded();
        assertEquals(0, t.getFailures());
        t.failed(T0, RULE);
        t.failed(T0, RULE);
        t.failed(T0.plus(Duration.ofMinutes(16)), RULE);
        assertEquals(1, t.getFailures(), "failures older than the lock period are forgotten");
    }
}
