package ir.pishkhan.portal.domain.escalation;

import ir.pishkhan.portal.domain.shared.JalaliDates;

import java.time.LocalDate;

/**
 * A formal letter's number: sequential within a Jalali year, written "year/number" ({@code 1405/12}) as the
 * secretariat's register writes it.
 */
public record LetterNumber(int year, int number) {

    public LetterNumber {
        if (year < 1300 || number < 1) {
            throw new IllegalArgumentException("A letter is numbered from 1 within a Jalali year: " + year + "/" + number);
        }
    }

    /** The Jalali year a letter issued on the day is numbered in. */
    public static int yearOf(LocalDate issuedOn) {
        return JalaliDates.fields(issuedOn)[0];
    }

    /** The number after {@code last} (0: none yet) in the year. */
    public static LetterNumber after(int year, int last) {
        return new LetterNumber(year, last + 1);
    }

    public String text() {
        return year + "/" + number;
    }
}
