package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.audit.AuditChain;
import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditFilter;
import ir.pishkhan.portal.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail of a record, oldest first. Runs on every {@link TestDatabase}. */
abstract class AuditLogContract {

    private static final Instant T0 = Instant.parse("2012-09-17T05:30:00.000001Z");

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected AuditLogContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM audit_entry", "UPDATE audit_chain SET last_seq = 0, last_hash = '" + AuditChain.GENESIS + "'");
    }

    private static AuditEntry entry(Instant at, String type, long id, String action, String detail) {
        return new AuditEntry(at, "secretary", type, id, action, detail);
    }

    private List<String> actions(String type, long id) {
        return db.read(em -> new JpaAuditLog(em).of(type, id)).stream().map(AuditEntry::getAction)
                .collect(Collectors.toList());
    }

    @Test
    void theEntriesOfOneRecordOldestFirst() {
        db.run(em -> {
            JpaAuditLog log = new JpaAuditLog(em);
            log.record(entry(T0.plusSeconds(120), "Office", 7, "status", "ACTIVE → REVOKED"));
            log.record(entry(T0, "Office", 7, "create", null));
            log.record(entry(T0.plusSeconds(60), "Office", 7, "rename", "دفتر پیشخوان حرا"));
            log.record(entry(T0.plusSeconds(30), "Office", 8, "create", null));
            log.record(entry(T0.plusSeconds(30), "UserAccount", 7, "create", null));
        });
        assertEquals(List.of("create", "rename", "status"), actions("Office", 7));
        assertEquals(List.of("create"), actions("Office", 8));
        assertEquals(List.of("create"), actions("UserAccount", 7));
        assertEquals(List.of(), actions("Office", 9));
    }

    @Test
    void entriesOfTheSameInstantKeepTheirOrder() {
        db.run(em -> {
            JpaAuditLog log = new JpaAuditLog(em);
            for (String action : new String[] {"a", "b", "c", "d"}) {
                log.record(entry(T0, "Office", 1, action, null));
            }
        });
        db.run(em -> new JpaAuditLog(em).record(entry(T0, "Office", 1, "e", null)));
        assertEquals(List.of("a", "b", "c", "d", "e"), actions("Office", 1));
    }

    @Test
    void anEntryIsStoredAsRecorded() {
        String detail = "نام: «دفتر پیشخوان حرا» ← «حرا»، پروانه ۱۴-۷۱-۱۰۲۴" + "ـ".repeat(2500);
        db.run(em -> new JpaAuditLog(em).record(entry(T0, "Office", 3, "rename", detail)));
        AuditEntry stored = db.read(em -> new JpaAuditLog(em).of("Office", 3)).get(0);
        assertNotNull(stored.getId());
        assertEquals(T0, stored.getAt());
        assertEquals("secretary", stored.getActor());
        assertEquals("Office", stored.getEntityType());
        assertEquals(3, stored.getEntityId());
        assertEquals(2000, stored.getDetail().length(), "longer details are cut to the column");
        assertTrue(detail.startsWith(stored.getDetail()));
    }

    @Test
    void instantsOfTheRepeatedHourWhenTehranLeftDaylightSavingTimeStayApart() {
        // 2012-09-20 23:30 in Tehran happened twice: at +04:30 and, an hour later, at +03:30
        Instant daylight = Instant.parse("2012-09-20T19:00:00Z");
        Instant standard = Instant.parse("2012-09-20T20:00:00Z");
        db.run(em -> {
            JpaAuditLog log = new JpaAuditLog(em);
            log.record(entry(standard, "Office", 5, "second", null));
            log.record(entry(daylight, "Office", 5, "first", null));
        });
        List<AuditEntry> entries = db.read(em -> new JpaAuditLog(em).of("Office", 5));
        assertEquals(List.of(daylight, standard), entries.stream().map(AuditEntry::getAt).collect(Collectors.toList()));
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        try {
            db.run(em -> {
                new JpaAuditLog(em).record(entry(T0, "Office", 4, "create", null));
                em.flush();
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the transaction is rolled back
        }
        assertEquals(List.of(), actions("Office", 4));
    }

    // --- the hash chain ---

    /** The screen's check (JPA) and the command's (JDBC) say the same. */
    private AuditChain.Check check() {
        AuditChain.Check screen = db.read(em -> new JpaAuditLog(em).check());
        try (java.sql.Connection c = db.dataSource().getConnection()) {
            assertEquals(screen, AuditChainCheck.check(c), "the command line's check");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return screen;
    }

    private long idOf(long chainSeq) {
        return db.read(em -> em.createQuery("SELECT e.id FROM AuditEntry e WHERE e.chainSeq = :s", Long.class)
                .setParameter("s", chainSeq).getSingleResult());
    }

    private void recordFive() {
        for (int i = 1; i <= 5; i++) {
            String action = "a" + i;
            db.run(em -> new JpaAuditLog(em).record(new AuditEntry(T0, "admin", "UserAccount", 7, action, "۱۲۳ «حرا»", "10.0.0.7")));
        }
    }

    @Test
    void entriesAreLinkedInTheOrderTheyWereWritten() {
        recordFive();
        AuditChain.Check check = check();
        assertTrue(check.isIntact(), check.toString());
        assertEquals(5, check.entries());
        List<AuditEntry> all = db.read(em -> new JpaAuditLog(em).search(AuditFilter.ALL, PageRequest.first(10))).items();
        assertEquals(List.of("a5", "a4", "a3", "a2", "a1"), all.stream().map(AuditEntry::getAction).toList(), "newest first");
        assertEquals(all.get(1).getEntryHash(), all.get(0).getPrevHash());
        assertEquals(AuditChain.GENESIS, all.get(4).getPrevHash());
        assertEquals("10.0.0.7", all.get(0).getSourceAddress());
    }

    @Test
    void aRowEditedInSqlIsNamedByTheCheck() {
        recordFive();
        db.sql("UPDATE audit_entry SET detail = 'nothing happened' WHERE chain_seq = 3");
        assertEquals(new AuditChain.Break(3, idOf(3), AuditChain.Fault.CONTENT_CHANGED), check().firstBreak().orElseThrow());
    }

    @Test
    void aRowEditedWithItsHashRecomputedIsNamedByTheNextOne() {
        recordFive();
        AuditEntry second = db.read(em -> em.createQuery("SELECT e FROM AuditEntry e WHERE e.chainSeq = 2", AuditEntry.class).getSingleResult());
        String forged = AuditChain.hashOf(2, second.getAt(), "someone", second.getEntityType(), second.getEntityId(),
                second.getAction(), second.getDetail(), second.getSourceAddress(), second.getPrevHash());
        db.sql("UPDATE audit_entry SET actor = 'someone', entry_hash = '" + forged + "' WHERE chain_seq = 2");
        assertEquals(new AuditChain.Break(3, idOf(3), AuditChain.Fault.LINK_BROKEN), check().firstBreak().orElseThrow());
    }

    @Test
    void aDeletedRowIsNamedByTheOneAfterIt() {
        recordFive();
        long fourth = idOf(4);
        db.sql("DELETE FROM audit_entry WHERE chain_seq = 3");
        assertEquals(new AuditChain.Break(4, fourth, AuditChain.Fault.LINK_BROKEN), check().firstBreak().orElseThrow());
    }

    @Test
    void deletedLastRowsAreFoundByTheHead() {
        recordFive();
        db.sql("DELETE FROM audit_entry WHERE chain_seq >= 4");
        assertEquals(new AuditChain.Break(4, null, AuditChain.Fault.TAIL_REMOVED), check().firstBreak().orElseThrow());
    }

    @Test
    void aRolledBackWriterLeavesTheChainIntact() {
        recordFive();
        try {
            db.run(em -> {
                new JpaAuditLog(em).record(entry(T0, "Office", 4, "create", null));
                em.flush();
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // rolled back: the head did not move
        }
        recordFive();
        AuditChain.Check check = check();
        assertTrue(check.isIntact(), check.toString());
        assertEquals(10, check.entries());
    }

    @Test
    void concurrentWritersLinkOneAfterAnother() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String actor = "writer" + w;
                writers.add(() -> {
                    for (int i = 0; i < 10; i++) {
                        db.run(em -> {
                            JpaAuditLog log = new JpaAuditLog(em);
                            log.record(new AuditEntry(Instant.now(), actor, "Office", 1, "a", null));
                            log.record(new AuditEntry(Instant.now(), actor, "Office", 1, "b", null));
                        });
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditChain.Check check = check();
        assertTrue(check.isIntact(), check.toString());
        assertEquals(80, check.entries());
    }

    @Test
    void theScreenFiltersByActionActorAndPeriod() {
        db.run(em -> {
            JpaAuditLog log = new JpaAuditLog(em);
            log.record(new AuditEntry(T0, "dabir", "Login", 3, "LOGIN_FAILED", null, "10.0.0.7"));
            log.record(new AuditEntry(T0.plusSeconds(3600), "dabir", "Login", 3, "LOGIN", null, "10.0.0.7"));
            log.record(new AuditEntry(T0.plusSeconds(7200), "admin", "Login", 1, "LOGIN_FAILED", null, "10.0.0.8"));
        });
        assertEquals(2, db.read(em -> new JpaAuditLog(em).search(new AuditFilter("LOGIN_FAILED", null, null, null),
                PageRequest.first(10))).total());
        assertEquals(List.of("LOGIN", "LOGIN_FAILED"), db.read(em -> new JpaAuditLog(em).search(
                new AuditFilter(null, " Dabir ", null, null), PageRequest.first(10))).items().stream().map(AuditEntry::getAction).toList());
        assertEquals(List.of("LOGIN"), db.read(em -> new JpaAuditLog(em).search(
                new AuditFilter(null, null, T0.plusSeconds(1), T0.plusSeconds(7200)), PageRequest.first(10))).items().stream()
                .map(AuditEntry::getAction).toList());
        assertEquals(List.of("LOGIN", "LOGIN_FAILED"), db.read(em -> new JpaAuditLog(em).actions()));
        assertFalse(db.read(em -> new JpaAuditLog(em).search(AuditFilter.ALL, new PageRequest(2, 1, null, true))).items().isEmpty());
    }
}
