package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.apikey.ApiKey;
import ir.pishkhan.portal.domain.apikey.IdempotentRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agencies' API keys and the API's once-only POSTs. Runs on every {@link TestDatabase}. */
abstract class ApiKeyRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00.123456Z");

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected ApiKeyRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM api_idempotent_request", "DELETE FROM api_key");
    }

    private ApiKey.Issued issue(String agencyCode, String name) {
        return db.inTransaction(em -> {
            Agency agency = new JpaAgencyRepository(em).byCode(agencyCode).orElseThrow();
            ApiKey.Issued issued = ApiKey.issue(agency, name, "admin", T0, new SecureRandom());
            new JpaApiKeyRepository(em).store(issued.key());
            return issued;
        });
    }

    @Test
    void aKeyIsFoundByItsPrefixAndAcceptsOnlyItselfUntilRevoked() {
        ApiKey.Issued issued = issue("post-bank", "سامانه پست بانک");
        String prefix = ApiKey.prefixOf(issued.secret()).orElseThrow();
        ApiKey found = db.read(em -> new JpaApiKeyRepository(em).byPrefix(prefix).orElseThrow());
        assertEquals("post-bank", found.getAgency().getCode());
        assertEquals(ApiKey.hash(issued.secret()), found.getKeyHash());
        assertTrue(found.accepts(issued.secret()));
        assertFalse(found.accepts(issued.secret() + "x"));

        issue("telecom", "سامانه مخابرات");
        assertEquals(2, db.read(em -> new JpaApiKeyRepository(em).all()).size());

        db.run(em -> new JpaApiKeyRepository(em).byPrefix(prefix).orElseThrow().revoke("admin", T0.plusSeconds(5)));
        ApiKey revoked = db.read(em -> new JpaApiKeyRepository(em).byPrefix(prefix).orElseThrow());
        assertEquals(T0.plusSeconds(5), revoked.getRevokedAt());
        assertFalse(revoked.accepts(issued.secret()), "a revoked key is refused");
        assertTrue(db.read(em -> new JpaApiKeyRepository(em).byPrefix("zzzzzzzzzz")).isEmpty());
    }

    /** A use is written at most once a minute, and apart from the key: its version stays, so a revocation still goes. */
    @Test
    void aUseIsNotedAtMostOnceAMinuteWithoutTouchingTheKeysVersion() {
        ApiKey.Issued issued = issue("post-bank", "سامانه پست بانک");
        String prefix = ApiKey.prefixOf(issued.secret()).orElseThrow();
        ApiKey before = db.read(em -> new JpaApiKeyRepository(em).byPrefix(prefix).orElseThrow());
        db.run(em -> new JpaApiKeyRepository(em).noteUse(before, T0));
        db.run(em -> new JpaApiKeyRepository(em).noteUse(before, T0.plusSeconds(59)));
        ApiKey noted = db.read(em -> new JpaApiKeyRepository(em).byPrefix(prefix).orElseThrow());
        assertEquals(T0, noted.getLastUsedAt());
        assertFalse(noted.useWorthNoting(T0.plusSeconds(59)));
        assertTrue(noted.useWorthNoting(T0.plusSeconds(60)));
        db.run(em -> new JpaApiKeyRepository(em).noteUse(before, T0.plusSeconds(60)));
        assertEquals(T0.plusSeconds(60), db.read(em -> new JpaApiKeyRepository(em).byPrefix(prefix).orElseThrow()).getLastUsedAt());
        // the key as read before the uses is revoked: its version was not moved by them
        db.run(em -> em.merge(before).revoke("admin", T0.plusSeconds(61)));
        assertEquals(T0.plusSeconds(61), db.read(em -> new JpaApiKeyRepository(em).byPrefix(prefix).orElseThrow()).getRevokedAt());
    }

    @Test
    void aPostIsRememberedOncePerKeyAndIdempotencyKey() {
        long key = issue("post-bank", "سامانه پست بانک").key().getId();
        long other = issue("telecom", "سامانه مخابرات").key().getId();
        String hash = IdempotentRequest.requestHash("POST", "/api/v1/complaints/1/answer", new byte[] {1, 2});
        db.run(em -> new JpaIdempotentRequestRepository(em).store(new IdempotentRequest(key, "k-1", hash, 200, "{\"ok\":1}", T0)));
        IdempotentRequest first = db.read(em -> new JpaIdempotentRequestRepository(em).find(key, "k-1").orElseThrow());
        assertEquals(200, first.getStatus());
        assertEquals("{\"ok\":1}", first.replayFor(hash).getBody());
        assertTrue(db.read(em -> new JpaIdempotentRequestRepository(em).find(other, "k-1")).isEmpty(), "keys are per API key");

        // a second instance storing the same request: refused by the database, its transaction (and its step) rolled back
        assertThrows(RuntimeException.class, () -> db.run(em -> new JpaIdempotentRequestRepository(em)
                .store(new IdempotentRequest(key, "k-1", hash, 200, "{\"ok\":2}", T0))));
        assertEquals("{\"ok\":1}", db.read(em -> new JpaIdempotentRequestRepository(em).find(key, "k-1").orElseThrow()).getBody());
        db.run(em -> new JpaIdempotentRequestRepository(em).store(new IdempotentRequest(other, "k-1", hash, 200, "{}", T0)));
    }
}
