package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.audit.AuditEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        db.sql("DELETE FROM audit_entry");
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
}
