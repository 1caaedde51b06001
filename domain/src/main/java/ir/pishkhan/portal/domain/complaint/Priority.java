package ir.pishkhan.portal.domain.complaint;

import java.time.Period;

/**
 * How urgent a complaint is; each has a default period in which the agency must answer, counted in working days
 * ({@code Complaint.deadlineFor}): three working days from a Wednesday are not over on the Friday.
 */
public enum Priority {
    LOW(30), NORMAL(14), HIGH(7), URGENT(3);

    private final int days;

    Priority(int days) {
        this.days = days;
    }

    /** The default period's length, in working days. */
    public int responseWorkingDays() {
        return days;
    }

    /** The default period's length as a period of days (counted in working days: {@link #responseWorkingDays()}). */
    public Period responsePeriod() {
        return Period.ofDays(days);
    }
}
