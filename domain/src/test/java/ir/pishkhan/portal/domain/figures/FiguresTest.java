package ir.pishkhan.portal.domain.figures;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FiguresTest {

    @Test
    void theMedianOfCountedDaysIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(OptionalDouble.empty(), Median.of(Map.of()));
        assertEquals(OptionalDouble.of(3), Median.of(Map.of(3, 1L)));
        // 1, 2, 2, 9 → (2 + 2) / 2
        assertEquals(OptionalDouble.of(2), Median.of(Map.of(9, 1L, 1, 1L, 2, 2L)));
        // 0, 0, 0, 5, 5, 7 → (0 + 5) / 2
        assertEquals(OptionalDouble.of(2.5), Median.of(Map.of(0, 3L, 5, 2L, 7, 1L)));
        // 1 × 100, 40 × 1: the median of 101 values is the 51st
        assertEquals(OptionalDouble.of(1), Median.of(Map.of(1, 100L, 40, 1L)));
        // a value nobody took counts nothing
        assertEquals(OptionalDouble.of(4), Median.of(Map.of(2, 0L, 4, 3L)));
        assertThrows(IllegalArgumentException.class, () -> Median.of(Map.of(2, -1L)));
    }

    @Test
    void aSpanIsOfWholeJalaliMonthsInOrderAndNotEndless() {
        MonthSpan span = MonthSpan.of(1404, 11, 1405, 2);
        assertEquals(List.of(140411, 140412, 140501, 140502), span.months());
        assertEquals(JalaliDates.of(1404, 11, 1), span.firstDay());
        assertEquals(JalaliDates.of(1405, 3, 1), span.dayAfter());
        assertEquals(140412, MonthSpan.plusMonths(140501, -1));
        assertEquals("فروردین", JalaliDates.monthName(1, java.util.Locale.forLanguageTag("fa")));
        assertEquals("Esfand", JalaliDates.monthName(12, java.util.Locale.ENGLISH));
        // the one way a month is written, read and named
        assertEquals("1405-09", MonthSpan.key(140509));
        assertEquals(140509, MonthSpan.parseKey("۱۴۰۵/۰۹"));
        assertEquals(140509, MonthSpan.parseKey("14059"));
        assertEquals(140509, MonthSpan.parseKey(" 1405-09 "));
        assertEquals("figures.span.invalid",
                assertThrows(BusinessException.InvalidInput.class, () -> MonthSpan.parseKey("1405-13")).getMessageKey());
        assertEquals("figures.span.invalid",
                assertThrows(BusinessException.InvalidInput.class, () -> MonthSpan.parseKey("next month")).getMessageKey());
        assertEquals("شهریور ۱۴۰۵", MonthSpan.label(140506, java.util.Locale.forLanguageTag("fa")));
        assertEquals(140501, MonthSpan.plusMonths(140412, 1));
        // 2026-12-01 is 1405/09/10: the last twelve months are 1404/10 to 1405/09
        assertEquals(new MonthSpan(140410, 140509), MonthSpan.lastYear(LocalDate.of(2026, 12, 1)));
        assertEquals("figures.span.reversed",
                assertThrows(BusinessException.InvalidInput.class, () -> new MonthSpan(140502, 140501)).getMessageKey());
        assertEquals("figures.span.invalid",
                assertThrows(BusinessException.InvalidInput.class, () -> new MonthSpan(140513, 140601)).getMessageKey());
        assertEquals("figures.span.tooLong",
                assertThrows(BusinessException.InvalidInput.class, () -> MonthSpan.of(1390, 1, 1405, 1)).getMessageKey());
    }

    @Test
    void theAnswerDaysCountDatesInTehranNotHoursPassed() {
        // forwarded 23:00 Tehran (19:30 UTC), answered 01:00 Tehran the next day: one day
        assertEquals(1, Complaint.answerDays(Instant.parse("2026-11-30T19:30:00Z"), Instant.parse("2026-11-30T21:30:00Z")));
        // forwarded 00:30 and answered 23:30 Tehran the same day: none
        assertEquals(0, Complaint.answerDays(Instant.parse("2026-11-30T21:00:00Z"), Instant.parse("2026-12-01T20:00:00Z")));
        assertNull(Complaint.answerDays(null, Instant.parse("2026-12-01T20:00:00Z")));
    }

    @Test
    void eachAgencyHasItsLineZerosWhereNothingWasFiledAgainstIt() {
        List<AgencyFigures> lines = AgencyFigures.of(List.of(1L, 2L, 3L),
                List.of(new FiguresRepository.Received(1, 10, 8, 6)),
                List.of(new FiguresRepository.AnswerDays(1, 2, 3), new FiguresRepository.AnswerDays(1, 5, 3)),
                List.of(new FiguresRepository.Count(3, 4)));
        assertEquals(new AgencyFigures(1, 10, 8, 6, 3.5, 0), lines.get(0));
        assertEquals(75, lines.get(0).answeredPercent());
        assertEquals(new AgencyFigures(2, 0, 0, 0, null, 0), lines.get(1));
        assertNull(lines.get(1).answeredPercent());
        assertEquals(new AgencyFigures(3, 0, 0, 0, null, 4), lines.get(2));
    }

    @Test
    void anAgencysObligationsAreCountedByStateMetAndOverdue() {
        var counts = List.of(
                new FiguresRepository.ObligationCount(1, ObligationStatus.OPEN, 3, 2, 0),
                new FiguresRepository.ObligationCount(1, ObligationStatus.VERIFIED, 4, 0, 3),
                new FiguresRepository.ObligationCount(1, ObligationStatus.RETURNED, 1, 1, 0));
        Map<Long, ObligationFigures> figures = ObligationFigures.of(List.of(1L, 2L), counts);
        ObligationFigures one = figures.get(1L);
        assertEquals(8, one.total());
        assertEquals(4, one.met());
        assertEquals(3, one.metOnTime());
        assertEquals(3, one.overdue());
        assertEquals(1, one.of(ObligationStatus.RETURNED));
        assertEquals(0, one.of(ObligationStatus.VIOLATED));
        assertEquals(new ObligationFigures(2, 0, 0, 0, 0, Map.of()), figures.get(2L));
    }

    @Test
    void anObligationIsMetOnTimeWhenTheReportVerifiedCameByTheDeadline() {
        java.time.LocalDate deadline = java.time.LocalDate.of(2012, 10, 18);
        assertTrue(ir.pishkhan.portal.domain.obligation.Obligation.isMetOnTime(deadline, ObligationStatus.VERIFIED, deadline),
                "on the deadline's day");
        assertFalse(ir.pishkhan.portal.domain.obligation.Obligation.isMetOnTime(deadline, ObligationStatus.VERIFIED,
                deadline.plusDays(1)), "a day late");
        assertFalse(ir.pishkhan.portal.domain.obligation.Obligation.isMetOnTime(deadline, ObligationStatus.REPORTED,
                deadline.minusDays(3)), "reported in time, not verified");
        assertTrue(ir.pishkhan.portal.domain.obligation.Obligation.isMetOnTime(null, ObligationStatus.VERIFIED,
                deadline), "no deadline: met is on time");
    }
}
