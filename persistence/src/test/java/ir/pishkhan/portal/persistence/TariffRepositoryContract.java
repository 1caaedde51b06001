package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.tariff.Tariff;
import ir.pishkhan.portal.domain.tariff.TariffHistory;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tariff register: a service's history in order, the rows of a day, a change stored as a new row. */
abstract class TariffRepositoryContract {

    static final Actor DABIR = new Actor("dabir", Role.SECRETARIAT);
    static final Instant NOW = Instant.parse("2026-12-01T06:30:00Z");
    static final LocalDate MEETING_DAY = JalaliDates.of(1391, 6, 27);
    static final LocalDate LATER = JalaliDates.of(1391, 9, 1);

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected TariffRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM tariff");
        db.run(em -> {
            Resolution r18 = new JpaMeetingRepository(em).resolution(14, 18).orElseThrow();
            JpaTariffRepository repo = new JpaTariffRepository(em);
            repo.store(TariffHistory.first("excess-tonnage", "ثبت و صدور تخلفات اضافه تناژ",
                    "Registering and issuing excess-tonnage violations", 20_000, true, MEETING_DAY, r18, DABIR, NOW));
            repo.store(TariffHistory.first("vehicle-transfer", "نقل و انتقال خودرو", "Vehicle transfer", 45_000,
                    false, MEETING_DAY, r18, DABIR, NOW));
        });
    }

    @AfterEach
    void tearDown() {
        db.sql("DELETE FROM tariff");
    }

    private Page<Tariff> on(LocalDate day, String text) {
        return db.read(em -> new JpaTariffRepository(em).on(day, text, PageRequest.first(20)));
    }

    @Test
    void madeFinalTheOldRowEndsAndBothAreKept() {
        db.run(em -> {
            JpaTariffRepository repo = new JpaTariffRepository(em);
            Resolution r17 = new JpaMeetingRepository(em).resolution(14, 17).orElseThrow();
            TariffHistory history = new TariffHistory("excess-tonnage", repo.history("excess-tonnage"));
            repo.store(history.change(20_000, false, LATER, null, r17, DABIR, NOW));
        });
        List<Tariff> rows = db.read(em -> new JpaTariffRepository(em).history("excess-tonnage"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).isProvisional());
        assertEquals(LATER.minusDays(1), rows.get(0).getEffectiveTo());
        assertFalse(rows.get(1).isProvisional());
        assertNull(rows.get(1).getEffectiveTo());
        assertEquals(18, rows.get(0).getResolution().getNumber());
        assertEquals(17, rows.get(1).getResolution().getNumber());

        // the register of a day: one row per service
        assertEquals(List.of(20_000L, 45_000L), on(LATER, null).items().stream().map(Tariff::getRials).toList());
        assertTrue(on(LATER, null).items().get(0).getEffectiveTo() == null);
        assertTrue(on(LATER.minusDays(1), null).items().get(0).isProvisional());
        assertEquals(0, on(MEETING_DAY.minusDays(1), null).total());
    }

    @Test
    void searchedWithThePortalsFolding() {
        // Arabic kaf and yeh, no space: folded as the portal folds
        assertEquals(List.of("excess-tonnage"), on(LATER, "تناژ").items().stream().map(Tariff::getServiceCode).toList());
        assertEquals(List.of("vehicle-transfer"), on(LATER, "خودرو").items().stream().map(Tariff::getServiceCode).toList());
        assertEquals(List.of("vehicle-transfer"), on(LATER, "VEHICLE").items().stream().map(Tariff::getServiceCode).toList());
        assertEquals(2, on(LATER, "").total());
    }

    @Test
    void theDatabaseRefusesAZeroAmountOrTwoRowsFromOneDay() {
        assertThrows(PersistenceException.class, () -> db.run(em -> em.createNativeQuery(
                "UPDATE tariff SET rials = 0 WHERE service_code = 'excess-tonnage'").executeUpdate()));
        assertThrows(PersistenceException.class, () -> db.run(em -> {
            Resolution r18 = new JpaMeetingRepository(em).resolution(14, 18).orElseThrow();
            new JpaTariffRepository(em).store(TariffHistory.first("excess-tonnage", "تکراری", "Again", 1, true,
                    MEETING_DAY, r18, DABIR, NOW));
        }));
        assertEquals(1, db.read(em -> new JpaTariffRepository(em).history("excess-tonnage")).size());
    }
}
