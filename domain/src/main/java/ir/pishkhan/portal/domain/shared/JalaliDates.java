package ir.pishkhan.portal.domain.shared;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jalali (Solar Hijri) calendar, through ICU4J's {@code fa_IR@calendar=persian}. No calendar arithmetic is
 * written here by hand: conversions and additions are ICU's. Dates are stored as ISO {@link LocalDate}s and
 * shown Jalali with Persian digits in Persian, ISO Gregorian in English.
 */
public final class JalaliDates {

    /** Where the offices are: instants are shown, and "today" is taken, in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");

    private static final ULocale PERSIAN_CALENDAR = new ULocale("fa_IR@calendar=persian");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Pattern JALALI = Pattern.compile("\\s*(\\d{2,4})\\s*[/\\-.]\\s*(\\d{1,2})\\s*[/\\-.]\\s*(\\d{1,2})\\s*");
    private static final DateTimeFormatter GREGORIAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private JalaliDates() {
    }

    // ICU builds a calendar from its locale's data each time (a third of a figures page's time, JFR): each use
    // clones this one, which is never changed itself
    private static final Calendar PERSIAN = newPersianCalendar();

    private static Calendar newPersianCalendar() {
        Calendar calendar = Calendar.getInstance(UTC, PERSIAN_CALENDAR);
        calendar.clear();
        calendar.setLenient(false);
        return calendar;
    }

    private static Calendar persianCalendar() {
        return (Calendar) PERSIAN.clone();
    }

    private static Calendar at(LocalDate date) {
        Calendar calendar = persianCalendar();
        calendar.setTimeInMillis(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli());
        return calendar;
    }

    private static LocalDate toLocalDate(Calendar calendar) {
        return Instant.ofEpochMilli(calendar.getTimeInMillis()).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** The Jalali year, month (1–12) and day of an ISO date. */
    public static int[] fields(LocalDate date) {
        Calendar calendar = at(date);
        return new int[] {calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH)};
    }

    /** The name of a Jalali month (1–12): «فروردین» in Persian, "Farvardin" otherwise; ICU's names. */
    public static String monthName(int month, Locale locale) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("No Jalali month " + month);
        }
        return (isPersian(locale) ? MONTHS_FA : MONTHS_EN)[month - 1];
    }

    // the month names, read once from ICU (a DateFormatSymbols per name cost a figures page its month choices)
    private static final String[] MONTHS_FA = months(PERSIAN_CALENDAR);
    private static final String[] MONTHS_EN = months(new ULocale("en@calendar=persian"));

    private static String[] months(ULocale names) {
        return new DateFormatSymbols(newPersianCalendar(), names).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    }

    /** The Jalali month of a date as one number, year × 100 + month: 2026-12-01 (1405/09/10) → 140509. */
    public static int monthKey(LocalDate date) {
        int[] f = fields(date);
        return f[0] * 100 + f[1];
    }

    /** The ISO date of a Jalali year, month (1–12) and day; refuses a day that does not exist. */
    public static LocalDate of(int year, int month, int day) {
        Calendar calendar = persianCalendar();
        calendar.set(Calendar.YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        try {
            calendar.getTimeInMillis();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("No such Jalali date: " + year + "/" + month + "/" + day, e);
        }
        return toLocalDate(calendar);
    }

    /** 2012-09-17 → "1391/06/27" (ASCII digits). */
    public static String toJalali(LocalDate date) {
        int[] f = fields(date);
        return String.format(Locale.ROOT, "%04d/%02d/%02d", f[0], f[1], f[2]);
    }

    /** A date as the user reads it: Jalali with Persian digits in Persian, ISO Gregorian otherwise. */
    public static String format(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (isPersian(locale)) {
            return PersianText.toPersianDigits(toJalali(date));
        }
        return date.toString();
    }

    /** An instant as the user reads it, date and time in Tehran. */
    public static String format(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZONE);
        if (isPersian(locale)) {
            String time = String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute());
            return PersianText.toPersianDigits(toJalali(local.toLocalDate()) + " " + time);
        }
        return GREGORIAN_TIME.format(local);
    }

    /**
     * Reads a Jalali date typed by a person: Persian, Arabic-Indic or ASCII digits, separated by "/", "-" or ".";
     * a two-digit year is of the 1300s (the minutes write "۹۱/۷/۱۵"). Empty input is no date.
     *
     * @throws IllegalArgumentException when the text is not a date, or names a day that does not exist
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = JALALI.matcher(PersianText.toAsciiDigits(text));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Jalali date: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(1).length() == 2) {
            year += 1300;
        } else if (m.group(1).length() != 4) {
            throw new IllegalArgumentException("Not a Jalali date: " + text);
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("No such Jalali date: " + text);
        }
        return Optional.of(of(year, month, day));
    }

    /** Adds a period counted in the Jalali calendar: one month after 1391/06/27 is 1391/07/27. */
    public static LocalDate plus(LocalDate date, Period period) {
        Calendar calendar = at(date);
        calendar.setLenient(true);
        calendar.add(Calendar.YEAR, period.getYears());
        calendar.add(Calendar.MONTH, period.getMonths());
        calendar.add(Calendar.DAY_OF_MONTH, period.getDays());
        return toLocalDate(calendar);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static boolean isPersian(Locale locale) {
        return locale != null && "fa".equals(locale.getLanguage());
    }
}
