package ir.pishkhan.portal.domain.tariff;

import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tariff register's rules: periods that never overlap, a change that ends the open row, history kept whole. */
class TariffHistoryTest {

    static final Instant NOW = Instant.parse("2026-12-01T06:30:00Z");
    static final Actor DABIR = new Actor("dabir", Role.SECRETARIAT);
    static final LocalDate MEETING_DAY = JalaliDates.of(1391, 6, 27);

    final Meeting fourteenth = Meeting.withMinutes(14, MEETING_DAY, "10:00", "استانداری");
    final Resolution res18 = fourteenth.addResolution(18, "تعرفه …", null, Deadline.none());
    final Meeting fifteenth = Meeting.withMinutes(15, JalaliDates.of(1391, 9, 1), "10:00", "استانداری");
    final Resolution res15_3 = fifteenth.addResolution(3, "تعرفه قطعی …", null, Deadline.none());

    Tariff first() {
        return TariffHistory.first("excess-tonnage", "ثبت و صدور تخلفات اضافه تناژ",
                "Registering and issuing excess-tonnage violations", 20_000, true, MEETING_DAY, res18, DABIR, NOW);
    }

    @Test
    void theFirstTariffIsOpenFromItsDay() {
        Tariff t = first();
        assertEquals(20_000, t.getRials());
        assertTrue(t.isProvisional());
        assertNull(t.getEffectiveTo());
        assertTrue(t.appliesOn(MEETING_DAY));
        assertFalse(t.appliesOn(MEETING_DAY.minusDays(1)));
        assertTrue(t.appliesOn(MEETING_DAY.plusYears(10)));
        assertSame(res18, t.getResolution());
    }

    @Test
    void madeFinalByALaterResolutionTheOldRowEndsTheDayBeforeAndStays() {
        Tariff provisional = first();
        TariffHistory history = new TariffHistory("excess-tonnage", List.of(provisional));
        LocalDate from = JalaliDates.of(1391, 9, 1);
        Tariff fin = history.change(20_000, false, from, null, res15_3, DABIR, NOW);
        assertEquals(from.minusDays(1), provisional.getEffectiveTo());
        assertEquals(20_000, provisional.getRials(), "the old row keeps its amount");
        assertTrue(provisional.isProvisional(), "and stays provisional");
        assertFalse(fin.isProvisional());
        assertNull(fin.getEffectiveTo());
        assertEquals("ثبت و صدور تخلفات اضافه تناژ", fin.getServiceFa());
        assertEquals(List.of(provisional, fin), history.rows());
        assertSame(provisional, history.on(from.minusDays(1)).orElseThrow());
        assertSame(fin, history.on(from).orElseThrow());
        assertTrue(history.on(MEETING_DAY.minusDays(1)).isEmpty());
        // and changed again later: the final row ends, a new amount starts
        Tariff raised = history.change(25_000, false, from.plusYears(1), null, res15_3, DABIR, NOW);
        assertEquals(from.plusYears(1).minusDays(1), fin.getEffectiveTo());
        assertEquals(3, history.rows().size());
        assertSame(raised, history.on(from.plusYears(2)).orElseThrow());
    }

    @Test
    void aPeriodThatSharesADayWithAnotherRowIsRefusedAndNothingChanges() {
        Tariff provisional = first();
        TariffHistory history = new TariffHistory("excess-tonnage", List.of(provisional));
        // starting on the open row's first day or before it: it would overlap
        BusinessException e = assertThrows(BusinessException.InvalidInput.class,
                () -> history.change(30_000, false, MEETING_DAY, null, res15_3, DABIR, NOW));
        assertEquals("tariff.period.overlap", e.getMessageKey());
        assertThrows(BusinessException.InvalidInput.class,
                () -> history.change(30_000, false, MEETING_DAY.minusDays(30), MEETING_DAY.plusDays(3), res15_3, DABIR, NOW));
        assertNull(provisional.getEffectiveTo());
        assertEquals(1, history.rows().size());
        // a row with an end, then one inside it
        LocalDate from = JalaliDates.of(1391, 9, 1);
        history.change(22_000, true, from, from.plusDays(89), res15_3, DABIR, NOW);
        assertThrows(BusinessException.InvalidInput.class,
                () -> history.change(23_000, true, from.plusDays(10), null, res15_3, DABIR, NOW));
        assertEquals(2, history.rows().size());
        // but right after it, fine
        history.change(23_000, false, from.plusDays(90), null, res15_3, DABIR, NOW);
        assertEquals(3, history.rows().size());
        // before the first row: its period would touch the first row's
        assertThrows(BusinessException.InvalidInput.class,
                () -> history.change(1_000, true, MEETING_DAY.minusDays(10), null, res15_3, DABIR, NOW));
    }

    @Test
    void zeroOrNegativeAmountsNoResolutionOrABackwardPeriodAreRefused() {
        TariffHistory history = new TariffHistory("excess-tonnage", List.of(first()));
        LocalDate from = JalaliDates.of(1391, 9, 1);
        assertEquals("tariff.amount.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> history.change(0, false, from, null, res15_3, DABIR, NOW)).getMessageKey());
        assertEquals("tariff.amount.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> history.change(-5, false, from, null, res15_3, DABIR, NOW)).getMessageKey());
        assertEquals("tariff.resolution.unknown", assertThrows(BusinessException.InvalidInput.class,
                () -> history.change(20_000, false, from, null, null, DABIR, NOW)).getMessageKey());
        assertEquals("tariff.from.required", assertThrows(BusinessException.InvalidInput.class,
                () -> history.change(20_000, false, null, null, res15_3, DABIR, NOW)).getMessageKey());
        assertEquals("tariff.period.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> history.change(20_000, false, from, from.minusDays(1), res15_3, DABIR, NOW)).getMessageKey());
        assertEquals(1, history.rows().size());
        assertNull(history.rows().get(0).getEffectiveTo());
        assertEquals("tariff.amount.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> TariffHistory.first("x-service", "خدمت", "Service", 0, true, from, res15_3, DABIR, NOW))
                .getMessageKey());
    }

    @Test
    void onlyTheSecretariatSetsATariff() {
        TariffHistory history = new TariffHistory("excess-tonnage", List.of(first()));
        for (Role role : Role.values()) {
            if (role == Role.SECRETARIAT) {
                continue;
            }
            Actor other = new Actor("someone", role);
            assertThrows(BusinessException.AccessDenied.class, () -> history.change(20_000, false,
                    JalaliDates.of(1391, 9, 1), null, res15_3, other, NOW));
            assertThrows(BusinessException.AccessDenied.class, () -> TariffHistory.first("x-service", "خدمت",
                    "Service", 10, true, MEETING_DAY, res18, other, NOW));
        }
        assertEquals(1, history.rows().size());
    }
}
