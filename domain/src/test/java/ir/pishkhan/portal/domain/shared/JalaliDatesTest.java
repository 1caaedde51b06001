package ir.pishkhan.portal.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JalaliDatesTest {

    private static final Locale FA = Locale.forLanguageTag("fa-IR");
    private static final Locale EN = Locale.ENGLISH;
    /** The 14th meeting: Monday 1391/06/27. */
    private static final LocalDate MEETING_14 = LocalDate.of(2012, 9, 17);

    @Test
    void gregorianToJalali() {
        assertEquals("1391/06/27", JalaliDates.toJalali(MEETING_14));
        assertArrayEquals(new int[] {1391, 6, 27}, JalaliDates.fields(MEETING_14));
    }

    @Test
    void jalaliToGregorian() {
        assertEquals(MEETING_14, JalaliDates.of(1391, 6, 27));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "2012-09-17, 1391/06/27",
            "2012-10-06, 1391/07/15",
            "2012-10-18, 1391/07/27",
            "2012-10-01, 1391/07/10",
            // Nowruz: 1391 is a leap year (1391/12/30 exists), 1392 starts on 21 March 2013
            "2013-03-20, 1391/12/30",
            "2013-03-21, 1392/01/01",
            "2014-03-20, 1392/12/29",
            "2014-03-21, 1393/01/01",
            "2025-03-20, 1403/12/30",
            "2025-03-21, 1404/01/01",
            // the first half of the year has 31-day months
            "2012-09-21, 1391/06/31",
            "2012-09-22, 1391/07/01"
    })
    void knownCorrespondences(LocalDate gregorian, String jalali) {
        assertEquals(jalali, JalaliDates.toJalali(gregorian));
        String[] f = jalali.split("/");
        assertEquals(gregorian, JalaliDates.of(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        assertEquals(Optional.of(gregorian), JalaliDates.parse(jalali));
    }

    @Test
    void everyDayOfSeveralYearsRoundTrips() {
        LocalDate start = LocalDate.of(2011, 3, 1);
        for (LocalDate d = start; d.isBefore(start.plusYears(4)); d = d.plusDays(1)) {
            int[] f = JalaliDates.fields(d);
            assertEquals(d, JalaliDates.of(f[0], f[1], f[2]), () -> "round trip of " + f[0] + "/" + f[1] + "/" + f[2]);
        }
    }

    @Test
    void formatsInTheUsersLanguage() {
        assertEquals("۱۳۹۱/۰۶/۲۷", JalaliDates.format(MEETING_14, FA));
        assertEquals("۱۳۹۱/۰۶/۲۷", JalaliDates.format(MEETING_14, new Locale("fa")));
        assertEquals("2012-09-17", JalaliDates.format(MEETING_14, EN));
        assertEquals("", JalaliDates.format((LocalDate) null, FA));
    }

    @Test
    void formatsAnInstantInTehranTime() {
        // Tehran kept daylight saving time in 2012: UTC+04:30 in September
        Instant morning = Instant.parse("2012-09-17T05:30:00Z");
        assertEquals("۱۳۹۱/۰۶/۲۷ ۱۰:۰۰", JalaliDates.format(morning, FA));
        assertEquals("2012-09-17 10:00", JalaliDates.format(morning, EN));
        // late evening in UTC is already the next day in Tehran
        assertEquals("۱۳۹۱/۰۶/۲۸ ۰۱:۳۰", JalaliDates.format(Instant.parse("2012-09-17T21:00:00Z"), FA));
        // UTC+03:30 in winter; the last evening of 1391
        assertEquals("۱۳۹۱/۱۲/۳۰ ۲۳:۳۰", JalaliDates.format(Instant.parse("2013-03-20T20:00:00Z"), FA));
        assertEquals("2013-03-20 23:30", JalaliDates.format(Instant.parse("2013-03-20T20:00:00Z"), EN));
        assertEquals("", JalaliDates.format((Instant) null, FA));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "۱۳۹۱/۰۶/۲۷",     // Persian digits
            "١٣٩١/٠٦/٢٧",     // Arabic-Indic digits
            "1391/06/27",
            "1391/6/27",
            "1391-06-27",
            "1391.06.27",
            " ۱۳۹۱ / ۶ / ۲۷ ",
            "۹۱/۶/۲۷",        // two-digit year, as the minutes write it
            "91-06-27"
    })
    void parsesDatesAsPeopleTypeThem(String text) {
        assertEquals(Optional.of(MEETING_14), JalaliDates.parse(text));
    }

    @Test
    void parsesTheTwoDigitYearOfTheMinutes() {
        assertEquals(Optional.of(LocalDate.of(2012, 10, 6)), JalaliDates.parse("۹۱/۷/۱۵"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "\t"})
    @NullSource
    void emptyIsNoDate(String text) {
        assertEquals(Optional.empty(), JalaliDates.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "garbage", "1391/06", "1391/06/27/01", "391/06/27", "13910/06/27", "1391//06/27", "1391/06/27x",
            "۱۳۹۱،۰۶،۲۷", "1391 06 27", "1391/a6/27", "2012-09-17T00:00"
    })
    void refusesWhatIsNotADate(String text) {
        assertThrows(IllegalArgumentException.class, () -> JalaliDates.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "1391/13/01", "1391/00/10", "1391/01/00", "1391/01/32", "1391/07/31", "1391/12/31",
            "1392/12/30", "1404/12/30", "۱۳۹۲/۱۲/۳۰"
    })
    void refusesDaysThatDoNotExist(String text) {
        assertThrows(IllegalArgumentException.class, () -> JalaliDates.parse(text));
    }

    @Test
    void leapYearsAreICUs() {
        // 1391 and 1403 are leap years of the Persian calendar, 1392 and 1404 are not
        assertEquals(LocalDate.of(2013, 3, 20), JalaliDates.of(1391, 12, 30));
        assertEquals(LocalDate.of(2025, 3, 20), JalaliDates.of(1403, 12, 30));
        assertThrows(IllegalArgumentException.class, () -> JalaliDates.of(1392, 12, 30));
        assertThrows(IllegalArgumentException.class, () -> JalaliDates.of(1404, 12, 30));
    }

    @Test
    void addsPeriodsInTheJalaliCalendar() {
        assertEquals(JalaliDates.of(1391, 7, 27), JalaliDates.plus(MEETING_14, Period.parse("P1M")));
        assertEquals(LocalDate.of(2012, 10, 18), JalaliDates.plus(MEETING_14, Period.ofMonths(1)));
        assertEquals(JalaliDates.of(1391, 7, 10), JalaliDates.plus(MEETING_14, Period.parse("P2W")));
        assertEquals(LocalDate.of(2012, 10, 1), JalaliDates.plus(MEETING_14, Period.ofWeeks(2)));
        assertEquals(JalaliDates.of(1392, 6, 27), JalaliDates.plus(MEETING_14, Period.ofYears(1)));
        assertEquals(MEETING_14, JalaliDates.plus(MEETING_14, Period.ZERO));
        // a Jalali month is not a Gregorian month: 1391/06/27 + 1 month is 31 days later, not 30
        assertEquals(MEETING_14.plusDays(31), JalaliDates.plus(MEETING_14, Period.ofMonths(1)));
    }

    @Test
    void addsAcrossNowruz() {
        LocalDate lastButOne = JalaliDates.of(1391, 12, 29);
        assertEquals(LocalDate.of(2013, 3, 19), lastButOne);
        assertEquals("1391/12/30", JalaliDates.toJalali(JalaliDates.plus(lastButOne, Period.ofDays(1))));
        assertEquals("1392/01/01", JalaliDates.toJalali(JalaliDates.plus(lastButOne, Period.ofDays(2))));
        // 1392 has no 30 Esfand: the day after 1392/12/29 is Nowruz 1393
        assertEquals("1393/01/01", JalaliDates.toJalali(JalaliDates.plus(JalaliDates.of(1392, 12, 29), Period.ofDays(1))));
        assertEquals("1392/01/15", JalaliDates.toJalali(JalaliDates.plus(JalaliDates.of(1391, 12, 15), Period.ofMonths(1))));
    }

    @Test
    void aMonthLaterIsClampedToTheLastDayOfAShorterMonth() {
        // Shahrivar has 31 days, Mehr 30
        assertEquals("1391/07/30", JalaliDates.toJalali(JalaliDates.plus(JalaliDates.of(1391, 6, 31), Period.ofMonths(1))));
        // leap day + 1 year lands on the last day of the common year 1392
        assertEquals("1392/12/29", JalaliDates.toJalali(JalaliDates.plus(JalaliDates.of(1391, 12, 30), Period.ofYears(1))));
    }

    @Test
    void persianLocaleIsTheLanguageOnly() {
        assertTrue(JalaliDates.isPersian(FA));
        assertTrue(JalaliDates.isPersian(new Locale("fa", "AF")));
        assertFalse(JalaliDates.isPersian(EN));
        assertFalse(JalaliDates.isPersian(null));
    }
}
