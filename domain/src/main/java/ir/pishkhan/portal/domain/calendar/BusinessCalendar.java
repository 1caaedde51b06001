package ir.pishkhan.portal.domain.calendar;

import java.time.LocalDate;

/**
 * Which days are working days: what a deadline is counted on. The domain's deadline rules take one ({@code
 * Complaint.triage}, {@code LineRequest.send}), so that the rule of counting stays here and the application only
 * says which calendar is in force ({@link WorkingCalendar}: the weekend and each year's holidays).
 */
@FunctionalInterface
public interface BusinessCalendar {

    /** A day off is never searched past this many days: a calendar with no working day in a year is a mistake. */
    int SEARCH_LIMIT = 400;

    boolean isWorkingDay(LocalDate day);

    /** The first working day after {@code day} (never {@code day} itself). */
    default LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        for (int i = 0; i < SEARCH_LIMIT; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("No working day within " + SEARCH_LIMIT + " days after " + day);
    }

    /**
     * The {@code days}-th working day after {@code start}: {@code start} itself is not counted, so that three working
     * days from a Wednesday end on the next Monday (Thursday, Saturday, Sunday... with Friday off).
     *
     * @throws IllegalArgumentException for a period of 0 or less: a deadline of "within no days" is a mistake
     */
    default LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A period of working days must be at least 1: " + days);
        }
        LocalDate d = start;
        for (int i = 0; i < days; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** A deadline as it stands: itself on a working day, else moved to the next working day (and saying so). */
    default Due onWorkingDay(LocalDate deadline) {
        return isWorkingDay(deadline) ? Due.on(deadline) : new Due(nextWorkingDay(deadline), deadline);
    }
}
