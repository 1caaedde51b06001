package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.calendar.Due;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.JalaliDates;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * By when a provider must deliver what an office asked for. The rules, and the one place the default periods are:
 * <ul>
 * <li><b>Resolution 1</b> (14th meeting): the telecom company gives every office its telephone and data lines by the
 * resolution's date (1391/07/15). A {@link LineKind#isLine() line} filed on or before that date, asked of an agency
 * the resolution binds, is due on that date.</li>
 * <li><b>Resolution 9</b>: the telecom company gives the new offices their mobile-services module within two weeks of
 * the meeting (1391/07/10). The portal knows no opening date of an office; it reads "new offices" as those the
 * resolution found without the module, i.e. a {@link LineKind#MOBILE_MODULE} request filed on or before the
 * resolution's due date, asked of an agency the resolution binds.</li>
 * <li>Otherwise — every request filed today — the {@link #servicePeriod default service period} of its kind, counted
 * (in the Jalali calendar) from the day the request is sent to the provider.</li>
 * </ul>
 * Whichever it is, a deadline that falls on a day off moves to the next working day. The default periods stay
 * calendar periods (a month, two weeks — resolution 9's own period among them): the issue that brought the working
 * calendar keeps the resolutions' calendar periods, and these periods are read as "a month" and "a fortnight", not as
 * counts of working days.
 * The resolutions' dates are taken from the {@link Resolution} objects ({@link Resolution#dueDate()}), never written
 * here.
 */
public final class LineDeadlines {

    /** Days a provider has for a telephone or data line, counted from the day the request is sent. */
    public static final int LINE_DAYS = 30;
    /** Days for internet or intranet access. */
    public static final int NETWORK_DAYS = 14;
    /** Days for the mobile-services module: resolution 9 found two weeks enough. */
    public static final int MODULE_DAYS = 14;

    private final Resolution resolution1;
    private final Resolution resolution9;

    /**
     * @param resolution1 resolution 1 of the 14th meeting (lines for every office, by an absolute date)
     * @param resolution9 resolution 9 of the 14th meeting (the mobile module for new offices, within two weeks)
     */
    public LineDeadlines(Resolution resolution1, Resolution resolution9) {
        this.resolution1 = numbered(resolution1, 1);
        this.resolution9 = numbered(resolution9, 9);
        if (resolution1.getMeeting() != resolution9.getMeeting()) {
            throw new IllegalArgumentException("Resolutions 1 and 9 are of the same meeting");
        }
    }

    private static Resolution numbered(Resolution r, int number) {
        Objects.requireNonNull(r, "resolution " + number);
        if (r.getNumber() != number) {
            throw new IllegalArgumentException("Expected resolution " + number + ", got " + r.getNumber());
        }
        return r;
    }

    /** The default period of a kind: the one place these periods are set. */
    public static Period servicePeriod(LineKind kind) {
        return switch (kind) {
            case FIXED_LINE, DATA_LINE -> Period.ofDays(LINE_DAYS);
            case INTERNET, INTRANET -> Period.ofDays(NETWORK_DAYS);
            case MOBILE_MODULE -> Period.ofDays(MODULE_DAYS);
        };
    }

    /**
     * The deadline by the default period: the day it was sent plus the kind's period, moved to the next working day of
     * {@code calendar} when it falls on a day off.
     */
    public static Due serviceDeadline(LineKind kind, LocalDate sentOn, BusinessCalendar calendar) {
        return calendar.onWorkingDay(JalaliDates.plus(sentOn, servicePeriod(kind)));
    }

    /**
     * The resolution whose date is the deadline of a request of this kind, asked of this provider and filed on this
     * day; empty when the default period applies.
     */
    public Optional<Resolution> governingResolution(LineKind kind, Agency provider, LocalDate filedOn) {
        if (kind.isLine() && applies(resolution1, provider, filedOn)) {
            return Optional.of(resolution1);
        }
        if (kind == LineKind.MOBILE_MODULE && applies(resolution9, provider, filedOn)) {
            return Optional.of(resolution9);
        }
        return Optional.empty();
    }

    private static boolean applies(Resolution r, Agency provider, LocalDate filedOn) {
        Optional<LocalDate> due = r.dueDate();
        return due.isPresent() && !filedOn.isAfter(due.get()) && provider.isBoundBy(r);
    }

    public Resolution getResolution1() {
        return resolution1;
    }

    public Resolution getResolution9() {
        return resolution9;
    }
}
