package ir.pishkhan.portal.domain.linerequest;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Path;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Optional;

import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.LATER;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.LIAISON;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.NOW;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.OPERATOR;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.SECRETARY;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadlines of resolutions 1 and 9, and the default service periods, in the Jalali calendar. Dates of 1391 are
 * written as the minutes write them and converted by {@link JalaliDates}.
 */
class LineDeadlinesTest {

    private final LineRequestFixtures f = new LineRequestFixtures();

    /** 1391/07/15 = 2012-10-06: resolution 1's date. */
    private static final LocalDate RES_1_DUE = LocalDate.of(2012, 10, 6);
    /** 1391/07/10 = 2012-10-01: two weeks after the meeting of 1391/06/27, resolution 9's date. */
    private static final LocalDate RES_9_DUE = LocalDate.of(2012, 10, 1);

    /** A Jalali day at a time of day in Tehran. */
    private static Instant at(int year, int month, int day, int hour, int minute) {
        return JalaliDates.of(year, month, day).atTime(LocalTime.of(hour, minute)).atZone(JalaliDates.ZONE).toInstant();
    }

    private static Instant at(int year, int month, int day) {
        return at(year, month, day, 10, 0);
    }

    private static LocalDate jalali(int year, int month, int day) {
        return JalaliDates.of(year, month, day);
    }

    @Test
    void theResolutionsDatesAreTheMinutesDates() {
        assertEquals(RES_1_DUE, jalali(1391, 7, 15));
        assertEquals(RES_9_DUE, jalali(1391, 7, 10));
        assertEquals(Optional.of(RES_1_DUE), f.r1.dueDate());
        assertEquals(Optional.of(RES_9_DUE), f.r9.dueDate());
        assertEquals("1391/07/15", JalaliDates.toJalali(f.r1.dueDate().orElseThrow()));
        assertEquals("1391/07/10", JalaliDates.toJalali(f.r9.dueDate().orElseThrow()));
    }

    // --- resolution 1 ---

    @ParameterizedTest(name = "{0} filed {1}/{2}/{3} {4}:{5}")
    @CsvSource({
            "FIXED_LINE, 1391, 6, 27, 10, 0",
            "DATA_LINE, 1391, 6, 27, 10, 0",
            "FIXED_LINE, 1391, 7, 1, 10, 0",
            "FIXED_LINE, 1391, 7, 15, 10, 0",
            "DATA_LINE, 1391, 7, 15, 23, 30",
            "FIXED_LINE, 1391, 1, 1, 10, 0",
    })
    void linesFiledByResolution1sDateAreDueOnIt(LineKind kind, int y, int m, int d, int hour, int minute) {
        LineRequest r = f.file(kind, f.telecom, at(y, m, d, hour, minute));
        assertSame(f.r1, r.getDeadlineResolution().orElseThrow());
        assertEquals(RES_1_DUE, r.getDeadline(), "known from filing: an absolute date");
        r.send(OPERATOR, null, EVERY_DAY, at(y, m, d, hour, minute).plus(Duration.ofMinutes(10)));
        assertEquals(RES_1_DUE, r.getDeadline(), "sending does not move a resolution's date");
    }

    @ParameterizedTest
    @EnumSource(value = LineKind.class, names = {"FIXED_LINE", "DATA_LINE"})
    void aLineFiledAfterResolution1sDateHasTheServicePeriod(LineKind kind) {
        // 00:30 on 1391/07/16 in Tehran is still 1391/07/15 (2012-10-06) in UTC: Tehran's day decides
        Instant justAfter = at(1391, 7, 16, 0, 30);
        assertEquals(RES_1_DUE, LocalDate.ofInstant(justAfter, java.time.ZoneOffset.UTC));
        LineRequest r = f.file(kind, f.telecom, justAfter);
        assertEquals(Optional.empty(), r.getDeadlineResolution());
        assertNull(r.getDeadline());
        r.send(OPERATOR, null, EVERY_DAY, at(1391, 7, 20));
        assertEquals(JalaliDates.plus(jalali(1391, 7, 20), Period.ofDays(30)), r.getDeadline());
        assertEquals(jalali(1391, 8, 20), r.getDeadline(), "30 days after 1391/07/20 (Mehr has 30 days)");
    }

    @Test
    void resolution1BindsTheTelecomCompanyOnly() {
        // the Telecommunication Infrastructure Company is an ICT agency (res. 2), not the telecom company (res. 1)
        LineRequest r = f.file(LineKind.FIXED_LINE, f.infrastructureCo, at(1391, 7, 1));
        assertEquals(Optional.empty(), r.getDeadlineResolution());
        // nor does it bind another TELECOM agency the resolutions do not name
        Agency mobileOperator = new Agency("mobile-operator", "شرکت ارتباطات سیار", "Mobile communications company",
                AgencyKind.TELECOM, null);
        assertEquals(Optional.empty(), f.file(LineKind.FIXED_LINE, mobileOperator, at(1391, 7, 1)).getDeadlineResolution());
    }

    @ParameterizedTest
    @EnumSource(value = LineKind.class, names = {"INTERNET", "INTRANET"})
    void resolution1IsAboutLines(LineKind kind) {
        LineRequest r = f.file(kind, f.telecom, at(1391, 7, 1));
        assertEquals(Optional.empty(), r.getDeadlineResolution());
        r.send(OPERATOR, null, EVERY_DAY, at(1391, 7, 2));
        assertEquals(jalali(1391, 7, 16), r.getDeadline(), "14 days after 1391/07/02");
    }

    // --- resolution 9 ---

    @ParameterizedTest
    @CsvSource({"1391, 6, 27", "1391, 7, 1", "1391, 7, 10"})
    void aMobileModuleFiledByResolution9sDateIsDueOnIt(int y, int m, int d) {
        LineRequest r = f.file(LineKind.MOBILE_MODULE, f.telecom, at(y, m, d));
        assertSame(f.r9, r.getDeadlineResolution().orElseThrow());
        assertEquals(RES_9_DUE, r.getDeadline());
        assertEquals("1391/07/10", JalaliDates.toJalali(r.getDeadline()));
    }

    @Test
    void aMobileModuleFiledLaterHasTheServicePeriod() {
        LineRequest r = f.file(LineKind.MOBILE_MODULE, f.telecom, at(1391, 7, 11));
        assertEquals(Optional.empty(), r.getDeadlineResolution());
        r.send(OPERATOR, null, EVERY_DAY, at(1391, 7, 11, 11, 0));
        assertEquals(jalali(1391, 7, 25), r.getDeadline());
    }

    @Test
    void resolution9IsNotResolution1() {
        // a module is not a line: resolution 1's later date does not apply to it, even from the telecom company
        LineRequest r = f.file(LineKind.MOBILE_MODULE, f.telecom, at(1391, 7, 12));
        assertEquals(Optional.empty(), r.getDeadlineResolution());
        // and a line is not a module
        assertSame(f.r1, f.file(LineKind.FIXED_LINE, f.telecom, at(1391, 7, 1)).getDeadlineResolution().orElseThrow());
    }

    // --- the dates come from the resolutions ---

    @Test
    void theDatesAreTheResolutionsNotWrittenInTheCode() {
        // another meeting, other deadlines: the rules follow the Resolution objects
        Meeting other = Meeting.withMinutes(14, jalali(1391, 8, 1), "10:00", "استانداری");
        Resolution r1 = other.addResolution(1, "…", null, Deadline.on(jalali(1391, 9, 1)));
        Resolution r9 = other.addResolution(9, "…", null, Deadline.within("P1M"));
        r1.addObligated(f.telecomParty);
        r9.addObligated(f.telecomParty);
        LineDeadlines rules = new LineDeadlines(r1, r9);
        LineRequest line = LineRequest.file(f.office, f.telecom, LineKind.FIXED_LINE, 1, LineRequestFixtures.ADDRESS,
                null, rules, EVERY_DAY, OPERATOR, at(1391, 8, 20), "form-1");
        assertEquals(jalali(1391, 9, 1), line.getDeadline());
        LineRequest module = LineRequest.file(f.office, f.telecom, LineKind.MOBILE_MODULE, 1,
                LineRequestFixtures.ADDRESS, null, rules, EVERY_DAY, OPERATOR, at(1391, 8, 20), "form-1");
        assertEquals(jalali(1391, 9, 1), module.getDeadline(), "one Jalali month after 1391/08/01");
        // filed after 1391/07/15 yet before the other meeting's dates: this meeting's rules, not the 14th's dates
        assertEquals(Optional.of(r1), rules.governingResolution(LineKind.DATA_LINE, f.telecom, jalali(1391, 8, 30)));
    }

    @Test
    void aResolutionWithoutADateGivesNoDeadline() {
        Meeting other = Meeting.withMinutes(14, jalali(1391, 6, 27), "10:00", "استانداری");
        Resolution r1 = other.addResolution(1, "…", null, null);
        Resolution r9 = other.addResolution(9, "…", null, Deadline.within("P2W"));
        r1.addObligated(f.telecomParty);
        LineDeadlines rules = new LineDeadlines(r1, r9);
        assertEquals(Optional.empty(), rules.governingResolution(LineKind.FIXED_LINE, f.telecom, jalali(1391, 7, 1)));
    }

    @Test
    void theRulesAreMadeOfResolutions1And9OfOneMeeting() {
        assertThrows(IllegalArgumentException.class, () -> new LineDeadlines(f.r9, f.r1));
        assertThrows(IllegalArgumentException.class, () -> new LineDeadlines(f.r1, f.r13));
        assertThrows(NullPointerException.class, () -> new LineDeadlines(null, f.r9));
        assertThrows(NullPointerException.class, () -> new LineDeadlines(f.r1, null));
        Meeting other = Meeting.withMinutes(15, jalali(1391, 8, 1), "10:00", "استانداری");
        Resolution otherR9 = other.addResolution(9, "…", null, null);
        assertThrows(IllegalArgumentException.class, () -> new LineDeadlines(f.r1, otherR9));
        assertSame(f.r1, f.deadlines.getResolution1());
        assertSame(f.r9, f.deadlines.getResolution9());
    }

    // --- the default periods, counted from the day it is sent ---

    @Test
    void theDefaultPeriods() {
        assertEquals(Period.ofDays(30), LineDeadlines.servicePeriod(LineKind.FIXED_LINE));
        assertEquals(Period.ofDays(30), LineDeadlines.servicePeriod(LineKind.DATA_LINE));
        assertEquals(Period.ofDays(14), LineDeadlines.servicePeriod(LineKind.INTERNET));
        assertEquals(Period.ofDays(14), LineDeadlines.servicePeriod(LineKind.INTRANET));
        assertEquals(Period.ofDays(14), LineDeadlines.servicePeriod(LineKind.MOBILE_MODULE));
    }

    @ParameterizedTest
    @EnumSource(LineKind.class)
    void aRequestFiledTodayIsDueAPeriodAfterItIsSent(LineKind kind) {
        LineRequest r = f.file(kind, f.telecom, NOW);
        assertEquals(Optional.empty(), r.getDeadlineResolution(), "1391's resolutions are long past");
        assertNull(r.getDeadline(), "no deadline before it is sent");
        r.send(OPERATOR, null, EVERY_DAY, LATER);
        assertEquals(TODAY.plus(LineDeadlines.servicePeriod(kind)), r.getDeadline());
    }

    @Test
    void theOfficeOrTheSecretariatSendingStartsThePeriod() {
        LineRequest byOffice = f.file(LineKind.FIXED_LINE, f.telecom, NOW);
        LineRequest bySecretariat = f.file(LineKind.FIXED_LINE, f.telecom, NOW);
        Instant threeDaysLater = NOW.plus(Duration.ofDays(3));
        byOffice.send(OPERATOR, null, EVERY_DAY, threeDaysLater);
        bySecretariat.forward(SECRETARY, null, EVERY_DAY, threeDaysLater);
        assertEquals(TODAY.plusDays(33), byOffice.getDeadline(), "counted from sending, not filing");
        assertEquals(TODAY.plusDays(33), bySecretariat.getDeadline());
        // 1405/01/31 + 1 day = 1405/02/01, + 31 days (Ordibehesht has 31) = 1405/03/01, + 1 day = 1405/03/02
        assertEquals("1405/03/02", JalaliDates.toJalali(byOffice.getDeadline()));
    }

    @Test
    void theDayOfSendingIsTehransDay() {
        LineRequest r = f.file(LineKind.INTERNET, f.telecom, NOW);
        // 00:30 on 2026-04-21 in Tehran, 21:00 on 2026-04-20 in UTC
        r.send(OPERATOR, null, EVERY_DAY, Instant.parse("2026-04-20T21:00:00Z"));
        assertEquals(LocalDate.of(2026, 4, 21).plusDays(14), r.getDeadline());
    }

    @Test
    void laterStepsDoNotMoveTheDeadline() {
        LineRequest r = f.in(Path.CONFIRMED);
        assertEquals(TODAY.plusDays(30), r.getDeadline());
        LineRequest d = f.in(Path.ESCALATED_AFTER_DISPUTE);
        assertEquals(TODAY.plusDays(30), d.getDeadline());
    }

    // --- overdue ---

    /** Overdue only past the deadline, and only while the provider has to act. */
    @ParameterizedTest
    @EnumSource(Path.class)
    void overdueIsPastTheDeadlineWhileWithTheProvider(Path path) {
        LineRequest r = f.in(path);
        if (r.getDeadline() == null) {
            assertFalse(r.isSent(), "only a request never sent has no deadline");
            assertFalse(r.isOverdue(TODAY.plusYears(10)));
            return;
        }
        LocalDate due = r.getDeadline();
        assertFalse(r.isOverdue(TODAY));
        assertFalse(r.isOverdue(due), "due today is not yet overdue");
        assertEquals(r.getStatus().isWithProvider(), r.isOverdue(due.plusDays(1)), path.route);
    }

    @Test
    void aLineOf1391WasOverdueAfter1391_07_15() {
        LineRequest r = f.file(LineKind.FIXED_LINE, f.telecom, at(1391, 7, 1));
        r.send(OPERATOR, null, EVERY_DAY, at(1391, 7, 2));
        assertFalse(r.isOverdue(jalali(1391, 7, 15)));
        assertTrue(r.isOverdue(jalali(1391, 7, 16)));
        assertTrue(r.isOverdue(TODAY), "and still is, unless delivered");
        r.schedule(LIAISON, TODAY.plusDays(1), null, LATER);
        assertTrue(r.isOverdue(TODAY), "a date set is not a line delivered");
        r.install(LIAISON, null, LATER);
        assertFalse(r.isOverdue(TODAY), "installed: now the office confirms");
        r.confirm(OPERATOR, null, LATER);
        assertFalse(r.isOverdue(TODAY));
    }

    @Test
    void aModuleOf1391SentLateIsOverdueAtOnce() {
        LineRequest r = f.file(LineKind.MOBILE_MODULE, f.telecom, at(1391, 7, 5));
        assertFalse(r.isOverdue(jalali(1391, 7, 20)), "not yet sent: the provider cannot be late");
        r.send(OPERATOR, null, EVERY_DAY, at(1391, 7, 20));
        assertEquals(RES_9_DUE, r.getDeadline());
        assertTrue(r.isOverdue(jalali(1391, 7, 20)));
    }
}
