package ir.pishkhan.portal.domain.complaint;

import java.time.Period;

/** How urgent a complaint is; each has a default period in which the agency must answer. */
public enum Priority {
    LOW(30), NORMAL(14), HIGH(7), URGENT(3);

    private final int days;

    Priority(int days) {
        this.days = days;
    }

    public Period responsePeriod() {
        return Period.ofDays(days);
    }
}
