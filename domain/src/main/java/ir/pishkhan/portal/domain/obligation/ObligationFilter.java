package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.workflow.WorkListFilter;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a list of obligations is filtered by; null (or empty) fields do not filter. {@code today} decides what is
 * overdue ({@link Obligation#isOverdue}: past the deadline, not verified). {@code text} is a tracking number. {@code
 * nothing} matches no obligation: what an office's list is narrowed to (offices see none).
 */
public record ObligationFilter(Set<ObligationStatus> statuses, Long agencyId, Long resolutionId, boolean overdueOnly,
                               String text, LocalDate today, boolean nothing)
        implements Serializable, WorkListFilter<ObligationFilter> {

    public ObligationFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (overdueOnly && today == null) {
            throw new IllegalArgumentException("overdueOnly needs today");
        }
    }

    public static ObligationFilter all(LocalDate today) {
        return new ObligationFilter(Set.of(), null, null, false, null, today, false);
    }

    /** Offices see no obligation. */
    @Override
    public ObligationFilter forOffice(long office) {
        return new ObligationFilter(statuses, agencyId, resolutionId, overdueOnly, text, today, true);
    }

    /** The agency's own obligations. */
    @Override
    public ObligationFilter forAgency(long agency) {
        return new ObligationFilter(statuses, agency, resolutionId, overdueOnly, text, today, nothing);
    }

    public ObligationFilter overdue() {
        return new ObligationFilter(statuses, agencyId, resolutionId, true, text, today, nothing);
    }
}
