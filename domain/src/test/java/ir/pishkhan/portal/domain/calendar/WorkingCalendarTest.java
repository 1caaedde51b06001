package ir.pishkhan.portal.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static ir.pishkhan.portal.domain.shared.JalaliDates.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working days: the weekend and the holidays, and deadlines counted and moved on them. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.builtIn(Weekend.of(false));
    private final WorkingCalendar thursdaysOff = WorkingCalendar.builtIn(Weekend.of(true));

    @Test
    void workingDaysOverNowruz() {
        // Monday 1402/12/28; then 29 Esfand (oil), 1–4 Farvardin 1403 (Nowruz; the 3rd a Friday): Sunday 1403/01/05
        LocalDate monday = of(1402, 12, 28);
        assertEquals(DayOfWeek.MONDAY, monday.getDayOfWeek());
        for (int d = 1; d <= 4; d++) {
            assertFalse(calendar.isWorkingDay(of(1403, 1, d)), "Nowruz " + d);
        }
        assertFalse(calendar.isWorkingDay(of(1402, 12, 29)));
        assertEquals(of(1403, 1, 5), calendar.nextWorkingDay(monday));
        assertEquals(of(1403, 1, 5), calendar.plusWorkingDays(monday, 1));
        assertEquals(of(1403, 1, 7), calendar.plusWorkingDays(monday, 3));
        // 12 and 13 Farvardin (Sunday and Monday) are off too: the 7th working day after 1403/01/05 is 1403/01/15
        // (6, 7, 8, 9 are Mon–Thu; 10 is a Friday; 11 Sat; 12–13 off; 14 Tue; 15 Wed)
        assertEquals(of(1403, 1, 15), calendar.plusWorkingDays(of(1403, 1, 5), 7));
    }

    @Test
    void aDeadlineOnAFridayMovesToSaturday() {
        LocalDate friday = of(1403, 4, 8);
        assertEquals(DayOfWeek.FRIDAY, friday.getDayOfWeek());
        Due due = calendar.onWorkingDay(friday);
        assertEquals(of(1403, 4, 9), due.date());
        assertEquals(friday, due.fellOn());
        assertTrue(due.moved());
        Due kept = calendar.onWorkingDay(of(1403, 4, 9));
        assertFalse(kept.moved());
        assertNull(kept.fellOn());
    }

    @Test
    void aDeadlineOnAHolidayMovesPastTheWeekendToo() {
        // 22 Bahman 1403 is a Monday; 1404/01/01 is a Friday, followed by 2–4 Farvardin: Tuesday 1404/01/05
        assertEquals(of(1403, 11, 23), calendar.onWorkingDay(of(1403, 11, 22)).date());
        assertEquals(new Due(of(1404, 1, 5), of(1404, 1, 1)), calendar.onWorkingDay(of(1404, 1, 1)));
    }

    @Test
    void thursdayOffWhenConfigured() {
        LocalDate wednesday = of(1403, 4, 6);
        assertEquals(DayOfWeek.WEDNESDAY, wednesday.getDayOfWeek());
        assertEquals(of(1403, 4, 7), calendar.plusWorkingDays(wednesday, 1), "Thursday works by default");
        assertEquals(of(1403, 4, 9), thursdaysOff.plusWorkingDays(wednesday, 1), "Thursday and Friday off");
        assertEquals(new Due(of(1403, 4, 9), of(1403, 4, 7)), thursdaysOff.onWorkingDay(of(1403, 4, 7)));
        assertThrows(IllegalArgumentException.class, () -> new Weekend(java.util.EnumSet.of(DayOfWeek.THURSDAY)));
    }

    @Test
    void aTwoDayDeadlineSetOnAWednesdayIsNotOverOnTheFriday() {
        LocalDate wednesday = of(1403, 4, 6);
        assertEquals(of(1403, 4, 9), calendar.plusWorkingDays(wednesday, 2), "Thursday, (Friday), Saturday");
    }

    @Test
    void aPeriodOfNoDaysIsRefused() {
        LocalDate day = of(1403, 4, 6);
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(day, 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(day, -3));
    }

    @Test
    void eachYearsHolidaysAreAskedForOnceAndOnlyWhenNeeded() {
        List<Integer> asked = new java.util.ArrayList<>();
        WorkingCalendar counting = WorkingCalendar.of(Weekend.of(false), year -> {
            asked.add(year);
            return HolidayYear.builtIn(year).holidays();
        });
        counting.plusWorkingDays(of(1402, 12, 20), 10);
        counting.isWorkingDay(of(1403, 6, 1));
        assertEquals(List.of(1402, 1403), asked);
    }

    @Test
    void aHolidayTheAdministratorAddedIsOff() {
        HolidayYear y = HolidayYear.builtIn(1403);
        y.add(of(1403, 4, 9), "تعطیل به علت گرما", "Heat");
        WorkingCalendar withHeat = WorkingCalendar.of(Weekend.of(false),
                year -> year == 1403 ? y.holidays() : HolidayYear.builtIn(year).holidays());
        assertEquals(new Due(of(1403, 4, 10), of(1403, 4, 8)), withHeat.onWorkingDay(of(1403, 4, 8)));
    }

    @Test
    void aCalendarWithNoWorkingDayIsAMistakeNotALoop() {
        BusinessCalendar never = day -> false;
        assertThrows(IllegalStateException.class, () -> never.nextWorkingDay(of(1403, 1, 1)));
    }
}
