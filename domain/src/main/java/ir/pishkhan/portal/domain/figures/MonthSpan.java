package ir.pishkhan.portal.domain.figures;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run of whole Jalali months, both ends included, as month keys ({@link JalaliDates#monthKey}: 140501 … 140509):
 * the period the compliance figures are counted over.
 */
public record MonthSpan(int from, int to) implements Serializable {

    /** The longest span the figures are asked for: ten years of months. */
    public static final int LONGEST_MONTHS = 120;

    public MonthSpan {
        check(from);
        check(to);
        if (from > to) {
            throw new BusinessException.InvalidInput("figures.span.reversed");
        }
        if (months(from, to) > LONGEST_MONTHS) {
            throw new BusinessException.InvalidInput("figures.span.tooLong", LONGEST_MONTHS);
        }
    }

    /** The twelve months up to and including today's. */
    public static MonthSpan lastYear(LocalDate today) {
        int to = JalaliDates.monthKey(today);
        return new MonthSpan(plusMonths(to, -11), to);
    }

    /** The span from one Jalali year and month to another. */
    public static MonthSpan of(int fromYear, int fromMonth, int toYear, int toMonth) {
        return new MonthSpan(fromYear * 100 + fromMonth, toYear * 100 + toMonth);
    }

    public int fromYear() {
        return from / 100;
    }

    public int fromMonth() {
        return from % 100;
    }

    public int toYear() {
        return to / 100;
    }

    public int toMonth() {
        return to % 100;
    }

    /** Each month of the span, in order. */
    public List<Integer> months() {
        List<Integer> all = new ArrayList<>();
        for (int m = from; m <= to; m = plusMonths(m, 1)) {
            all.add(m);
        }
        return all;
    }

    /** The first day of the span and the day after its last, as ISO dates: filters on a date column use them. */
    public LocalDate firstDay() {
        return JalaliDates.of(fromYear(), fromMonth(), 1);
    }

    public LocalDate dayAfter() {
        int next = plusMonths(to, 1);
        return JalaliDates.of(next / 100, next % 100, 1);
    }

    /** 140509 → "1405-09": how addresses and month choices write a month. */
    public static String key(int monthKey) {
        // as String.format("%d-%02d") writes it, without parsing a format for each of a page's some 400 months
        int month = monthKey % 100;
        return (monthKey / 100) + (month < 10 ? "-0" : "-") + month;
    }

    /** "1405-09", "۱۴۰۵/۰۹", "14059" or "140509" → 140509; anything else is refused ({@code figures.span.invalid}). */
    public static int parseKey(String text) {
        String digits = text == null ? "" : PersianText.toAsciiDigits(text.trim()).replaceAll("[-/. ]", "");
        if (!digits.matches("\\d{5,6}")) {
            throw new BusinessException.InvalidInput("figures.span.invalid");
        }
        int value = Integer.parseInt(digits);
        int key = digits.length() == 5 ? (value / 10) * 100 + value % 10 : value;
        check(key);
        return key;
    }

    /** A month as the reader names it: «شهریور ۱۴۰۵», "Shahrivar 1405". */
    public static String label(int monthKey, Locale locale) {
        return JalaliDates.monthName(monthKey % 100, locale) + " " + PersianText.digits(String.valueOf(monthKey / 100), locale);
    }

    public static int plusMonths(int monthKey, int months) {
        int index = (monthKey / 100) * 12 + (monthKey % 100 - 1) + months;
        return (index / 12) * 100 + index % 12 + 1;
    }

    private static int months(int from, int to) {
        return ((to / 100) * 12 + to % 100) - ((from / 100) * 12 + from % 100) + 1;
    }

    private static void check(int monthKey) {
        int month = monthKey % 100;
        int year = monthKey / 100;
        if (month < 1 || month > 12 || year < 1300 || year > 1500) {
            throw new BusinessException.InvalidInput("figures.span.invalid");
        }
    }
}
