package ir.pishkhan.portal.domain.calendar;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static ir.pishkhan.portal.domain.shared.JalaliDates.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A year's holidays: the fixed ones, the lunar proposals, and the administrator's changes. */
class HolidayYearTest {

    private static List<String> fixedDays(int year) {
        return OfficialHolidays.fixed(year).stream().map(h -> JalaliDates.toJalali(h.getDay())).toList();
    }

    @Test
    void theFixedHolidaysOfAYear() {
        assertEquals(List.of("1403/01/01", "1403/01/02", "1403/01/03", "1403/01/04", "1403/01/12", "1403/01/13",
                "1403/03/14", "1403/03/15", "1403/11/22", "1403/12/29"), fixedDays(1403));
        assertTrue(OfficialHolidays.fixed(1403).stream().allMatch(h -> h.getOrigin() == HolidayOrigin.FIXED));
        // 1403 has 30 days in Esfand; the holiday is still the 29th
        assertEquals("1403/12/29", fixedDays(1403).get(9));
    }

    @Test
    void aYearsHolidays() {
        HolidayYear y = HolidayYear.builtIn(1403);
        List<Holiday> all = y.holidays();
        assertEquals(10, all.stream().filter(h -> h.getOrigin() == HolidayOrigin.FIXED).count());
        // 17 lunar holidays; in 1403 the martyrdom of Imam Ali (21 Ramadan) falls on 12 Farvardin, a fixed holiday
        assertEquals(16, all.stream().filter(h -> h.getOrigin() == HolidayOrigin.PROPOSED).count());
        assertEquals(all.stream().map(Holiday::getDay).sorted().toList(), all.stream().map(Holiday::getDay).toList());
        assertEquals(all.size(), all.stream().map(Holiday::getDay).distinct().count(), "one holiday a day");
        assertTrue(all.stream().allMatch(h -> h.getJalaliYear() == 1403));
        assertTrue(y.hasProposals());
    }

    /**
     * The proposals are ICU's tabular calendar; Iran's days are sighted. Against the official calendar of 1403
     * (published by the University of Tehran's Institute of Geophysics) they are right or a day or two off.
     */
    @ParameterizedTest
    @CsvSource({"Eid al-Fitr, 1403/01/21", "Eid al-Adha, 1403/03/27", "Eid al-Ghadir, 1403/04/04", "Tasua, 1403/04/25",
            "Ashura, 1403/04/26", "Arbaeen, 1403/06/04", "Martyrdom of Imam Reza, 1403/06/14"})
    void proposalsAreWithinTwoDaysOfTheSightedDays(String name, String observed) {
        LocalDate official = JalaliDates.parse(observed).orElseThrow();
        Holiday proposed = HolidayYear.builtIn(1403).holidays().stream().filter(h -> name.equals(h.getNameEn()))
                .findFirst().orElseThrow();
        assertTrue(Math.abs(ChronoUnit.DAYS.between(official, proposed.getDay())) <= 2,
                name + ": proposed " + JalaliDates.toJalali(proposed.getDay()) + ", observed " + observed);
    }

    @Test
    void theAdministratorConfirmsAYearsProposals() {
        HolidayYear y = HolidayYear.builtIn(1404);
        int proposals = (int) y.holidays().stream().filter(h -> h.getOrigin() == HolidayOrigin.PROPOSED).count();
        assertEquals(proposals, y.confirmProposals());
        assertFalse(y.hasProposals());
        assertEquals(0, y.confirmProposals(), "nothing left to confirm");
        assertEquals(10, y.holidays().stream().filter(h -> h.getOrigin() == HolidayOrigin.FIXED).count());
    }

    @Test
    void addMoveAndRemove() {
        HolidayYear y = HolidayYear.builtIn(1404);
        Holiday heat = y.add(of(1404, 5, 1), "تعطیلی به علت گرما", "Heat");
        assertEquals(HolidayOrigin.ADDED, heat.getOrigin());
        assertEquals(heat, y.on(of(1404, 5, 1)).orElseThrow());
        y.remove(of(1404, 5, 1));
        assertTrue(y.on(of(1404, 5, 1)).isEmpty());
        assertEquals(List.of(heat), y.removed());
    }

    @Test
    void aMovedProposalIsConfirmed() {
        HolidayYear y = HolidayYear.builtIn(1404);
        Holiday ghadir = y.move(of(1404, 3, 25), of(1404, 3, 24));
        assertEquals(of(1404, 3, 24), ghadir.getDay());
        assertEquals(HolidayOrigin.CONFIRMED, ghadir.getOrigin());
        assertTrue(y.on(of(1404, 3, 25)).isEmpty());
    }

    @Test
    void theRulesOfChange() {
        HolidayYear y = HolidayYear.builtIn(1404);
        assertEquals("calendar.holiday.fixed", key(() -> y.remove(of(1404, 1, 1))));
        assertEquals("calendar.holiday.fixed", key(() -> y.move(of(1404, 11, 22), of(1404, 11, 23))));
        assertEquals("calendar.holiday.taken", key(() -> y.add(of(1404, 1, 13), "روز طبیعت", null)));
        assertEquals("calendar.holiday.taken", key(() -> y.move(of(1404, 4, 15), of(1404, 4, 14))), "Tasua's day");
        assertEquals(HolidayOrigin.PROPOSED, y.on(of(1404, 4, 15)).orElseThrow().getOrigin(), "a refused move changes nothing");
        assertEquals("calendar.holiday.otherYear", key(() -> y.add(of(1405, 1, 20), "تعطیل", null)));
        assertEquals("calendar.holiday.otherYear", key(() -> y.move(of(1404, 4, 15), of(1405, 4, 15))));
        assertEquals("calendar.holiday.none", key(() -> y.remove(of(1404, 5, 2))));
        assertEquals("calendar.holiday.name.required", key(() -> y.add(of(1404, 5, 2), "  ", "x")));
        assertEquals("calendar.holiday.name.tooLong", key(() -> y.add(of(1404, 5, 2), "ن".repeat(201), null)));
        assertEquals("calendar.holiday.date.required", key(() -> y.add(null, "تعطیل", null)));
    }

    @Test
    void anImpossibleDateIsRefused() {
        // 1404 is not a leap year: Esfand has 29 days; Mehr has 30
        assertThrows(IllegalArgumentException.class, () -> of(1404, 12, 30));
        assertThrows(IllegalArgumentException.class, () -> of(1404, 7, 31));
        assertThrows(IllegalArgumentException.class, () -> JalaliDates.parse("1404/13/01"));
    }

    @Test
    void aStoredYearIsTakenAsStored() {
        HolidayYear stored = HolidayYear.of(1404, OfficialHolidays.fixed(1404));
        assertFalse(stored.hasProposals(), "the administrator removed every lunar holiday");
        assertEquals(10, stored.holidays().size());
        assertEquals(26, HolidayYear.of(1404, List.of()).holidays().size(), "nothing stored: the built-in year");
        assertThrows(IllegalArgumentException.class, () -> HolidayYear.of(1403, OfficialHolidays.fixed(1404)));
    }

    private static String key(Runnable r) {
        return assertThrows(BusinessException.class, r::run).getMessageKey();
    }
}
