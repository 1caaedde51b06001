package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SequenceGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ids come from database sequences that step by the mappings' allocation size, so that several factories (two
 * portal instances in a cluster) never hand out the same id. Runs on every {@link TestDatabase}.
 */
abstract class SequencesContract {

    private static final List<Class<?>> SEQUENCED = List.of(Meeting.class, Resolution.class, Agency.class,
            Office.class, UserAccount.class, AuditEntry.class, Notification.class, OutboxMail.class);

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected SequencesContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM user_account", "DELETE FROM office");
    }

    @Test
    void everySequenceStepsByItsMappingsAllocationSize() throws SQLException {
        Map<String, Long> mapped = new TreeMap<>();
        for (Class<?> type : SEQUENCED) {
            for (Field f : type.getDeclaredFields()) {
                SequenceGenerator g = f.getAnnotation(SequenceGenerator.class);
                if (g != null) {
                    mapped.put(g.sequenceName().toLowerCase(Locale.ROOT), (long) g.allocationSize());
                }
            }
        }
        assertEquals(SEQUENCED.size(), mapped.size());

        Map<String, Long> inDatabase = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT sequence_name, increment FROM information_schema.sequences")) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                if (mapped.containsKey(name)) {
                    inDatabase.put(name, Long.parseLong(rs.getString(2).trim()));
                }
            }
        }
        assertEquals(mapped, inDatabase);
    }

    @Test
    void twoFactoriesOnOneDatabaseNeverHandOutTheSameId() {
        EntityManagerFactory other = TestDatabase.entityManagerFactory(db.dataSource());
        try {
            TestDatabase.Shared second = new TestDatabase.Shared(database, db.dataSource(), other);
            List<Long> ids = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (TestDatabase.Shared factory : List.of(db, second)) {
                    int r = round;
                    factory.run(em -> {
                        for (int i = 0; i < 2; i++) {
                            Office o = new Office("14-9" + r + "-" + (factory == db ? "1" : "2") + i, "دفتر", null,
                                    OfficeKind.URBAN, "بجنورد", null, null, LicenceStatus.ACTIVE);
                            new JpaOfficeRepository(em).store(o);
                            em.flush();
                            ids.add(o.getId());
                        }
                    });
                }
            }
            assertEquals(12, ids.size());
            assertEquals(12, new HashSet<>(ids).size(), () -> "ids " + ids);
            assertEquals(12L, (long) db.read(em -> new JpaOfficeRepository(em).count()));
        } finally {
            other.close();
        }
    }
}
