package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a person is given for a record of a workflow: a prefix of the workflow's own (none for complaints, "L"
 * for line requests), the Jalali year the record was filed in, and its id — {@code 1405-123}, {@code L1405-123}. It
 * is read back typed in Persian or Latin digits. The year is part of the number: {@code 1404-123} does not name the
 * record {@code 1405-123}, so a search by number matches the id <em>and</em> the year of filing ({@link #filedFrom},
 * {@link #filedBefore}).
 */
public record TrackingNumber(String prefix, int year, long id) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("([A-Za-z]*)(\\d{4})-(\\d{1,12})");

    public TrackingNumber {
        Objects.requireNonNull(prefix);
        if (id < 1) {
            throw new IllegalArgumentException("id " + id);
        }
    }

    /** The number of a record filed at {@code filedAt} (in Tehran's calendar year), or null before it has an id. */
    public static String of(String prefix, Long id, Instant filedAt) {
        if (id == null || filedAt == null) {
            return null;
        }
        return new TrackingNumber(prefix, JalaliDates.fields(LocalDate.ofInstant(filedAt, JalaliDates.ZONE))[0], id).toString();
    }

    /** The tracking number the text is, of the workflow with this prefix (any case, Persian digits allowed). */
    public static Optional<TrackingNumber> parse(String prefix, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(PersianText.toAsciiDigits(text).strip());
        if (!m.matches() || !m.group(1).equalsIgnoreCase(prefix)) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(3));
        return id < 1 ? Optional.empty() : Optional.of(new TrackingNumber(prefix, Integer.parseInt(m.group(2)), id));
    }

    /** The first day of the number's Jalali year (1 Farvardin), in the Gregorian calendar. */
    public LocalDate filedFrom() {
        return JalaliDates.of(year, 1, 1);
    }

    /** The first day of the next Jalali year: a record of this number was filed before it. */
    public LocalDate filedBefore() {
        return JalaliDates.of(year + 1, 1, 1);
    }

    /** Whether a record filed at this instant can bear this number's year. */
    public boolean yearOf(Instant filedAt) {
        return JalaliDates.fields(LocalDate.ofInstant(filedAt, JalaliDates.ZONE))[0] == year;
    }

    @Override
    public String toString() {
        return prefix + year + "-" + id;
    }
}
