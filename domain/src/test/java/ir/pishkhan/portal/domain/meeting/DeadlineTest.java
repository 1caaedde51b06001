package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeadlineTest {

    private static final LocalDate MEETING_14 = LocalDate.of(2012, 9, 17);

    @Test
    void resolution1HasAnAbsoluteDeadline() {
        Deadline d = Deadline.on(JalaliDates.of(1391, 7, 15));
        assertEquals(Deadline.Type.ABSOLUTE, d.getType());
        assertEquals(Optional.of(LocalDate.of(2012, 10, 6)), d.dueDate(MEETING_14));
        // an absolute date does not depend on the meeting's date, even an unknown one
        assertEquals(Optional.of(LocalDate.of(2012, 10, 6)), d.dueDate(null));
        assertEquals(Optional.empty(), d.periodValue());
    }

    @Test
    void resolution5IsDueOneJalaliMonthAfterTheMeeting() {
        Deadline d = Deadline.within("P1M");
        assertEquals(Deadline.Type.PERIOD, d.getType());
        LocalDate due = d.dueDate(MEETING_14).orElseThrow();
        assertEquals(LocalDate.of(2012, 10, 18), due);
        assertEquals("1391/07/27", JalaliDates.toJalali(due));
        assertEquals("P1M", d.getPeriod());
        assertNull(d.getDate());
    }

    @Test
    void resolution9IsDueTwoWeeksAfterTheMeeting() {
        Deadline d = Deadline.within("P2W");
        LocalDate due = d.dueDate(MEETING_14).orElseThrow();
        assertEquals(LocalDate.of(2012, 10, 1), due);
        assertEquals("1391/07/10", JalaliDates.toJalali(due));
        assertEquals(Optional.of(Period.ofDays(14)), d.periodValue());
    }

    @Test
    void noDeadlineHasNoDueDate() {
        Deadline d = Deadline.none();
        assertEquals(Deadline.Type.NONE, d.getType());
        assertEquals(Optional.empty(), d.dueDate(MEETING_14));
        assertEquals(Optional.empty(), d.dueDate(null));
    }

    @Test
    void aPeriodFromAnUnknownMeetingDateHasNoDueDate() {
        assertEquals(Optional.empty(), Deadline.within("P1M").dueDate(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "P0M", "-P1M", "P-2W", "P1M-31D"})
    void refusesPeriodsThatAreNotPositive(String period) {
        assertThrows(IllegalArgumentException.class, () -> Deadline.within(period));
    }

    @Test
    void refusesTextThatIsNotAPeriod() {
        assertThrows(DateTimeParseException.class, () -> Deadline.within("one month"));
        assertThrows(NullPointerException.class, () -> Deadline.within(null));
        assertThrows(NullPointerException.class, () -> Deadline.on(null));
    }
}
