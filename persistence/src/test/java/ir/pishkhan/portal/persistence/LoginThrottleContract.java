package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.user.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The login throttles, shared by every instance through the database. Runs on every {@link TestDatabase}. */
abstract class LoginThrottleContract {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final LoginThrottle.Rule RULE = new LoginThrottle.Rule(2, 3, Duration.ofMinutes(15), Duration.ofSeconds(30));

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected LoginThrottleContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM login_throttle");
    }

    private void fail(String key, Instant at) {
        db.run(em -> {
            JpaLoginThrottleRepository repo = new JpaLoginThrottleRepository(em);
            LoginThrottle t = repo.forUpdate(key).orElseGet(() -> new LoginThrottle(key));
            t.failed(at, RULE);
            repo.store(t);
        });
    }

    @Test
    void failuresAreCountedAcrossTransactionsAndLocksListed() {
        fail("account:dabir", T0);
        fail("account:dabir", T0);
        LoginThrottle waiting = db.read(em -> em.find(LoginThrottle.class, "account:dabir"));
        assertEquals(2, waiting.getFailures());
        assertEquals(T0.plusSeconds(1), waiting.getNotBefore());
        assertEquals(T0, waiting.getLastFailureAt());
        fail("account:dabir", T0.plusSeconds(2));
        fail("address:10.0.0.7", T0);
        for (int i = 0; i < 3; i++) {
            fail("address:10.0.0.9", T0);
        }
        fail("account:anjoman", T0);
        List<LoginThrottle> locked = db.read(em -> new JpaLoginThrottleRepository(em).locked(T0.plusSeconds(3)));
        assertEquals(List.of("account:dabir", "address:10.0.0.9"), locked.stream().map(LoginThrottle::getKey).toList(),
                "accounts first");
        assertEquals(T0.plusSeconds(2).plus(Duration.ofMinutes(15)), locked.get(0).getLockedUntil());
        assertEquals(List.of(), db.read(em -> new JpaLoginThrottleRepository(em).locked(T0.plus(Duration.ofMinutes(20)))));

        db.run(em -> new JpaLoginThrottleRepository(em).forUpdate("account:dabir").orElseThrow().lift());
        assertEquals(Optional.empty(), db.read(em -> em.find(LoginThrottle.class, "account:dabir")).refusal(T0.plusSeconds(3)));
    }

    @Test
    void aRowChangedByAnotherInstanceIsReadFromTheDatabase() {
        fail("account:dabir", T0);
        db.read(em -> new JpaLoginThrottleRepository(em).locked(T0)); // warms the shared cache
        db.sql("UPDATE login_throttle SET failures = 7 WHERE throttle_key = 'account:dabir'");
        int failures = db.inTransaction(em -> new JpaLoginThrottleRepository(em).forUpdate("account:dabir").orElseThrow().getFailures());
        assertEquals(7, failures);
    }
}
