package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.workflow.WorkListFilter;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a list of line requests is filtered by; null (or empty) fields do not filter. {@code today} decides what is
 * overdue (past its deadline while with the provider, as {@link LineRequest#isOverdue}); {@code sentOnly} limits to
 * requests already sent to their provider (what an agency's liaison sees). {@code text} is a tracking number
 * ({@link LineRequest#idOfTrackingNumber}) or words that must all occur in the address or the note.
 */
public record LineRequestFilter(Set<LineRequestStatus> statuses, Long agencyId, Long officeId, LineKind kind,
                                boolean overdueOnly, String text, boolean sentOnly, LocalDate today)
        implements Serializable, WorkListFilter<LineRequestFilter> {

    public LineRequestFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (overdueOnly && today == null) {
            throw new IllegalArgumentException("overdueOnly needs today");
        }
    }

    public static LineRequestFilter all(LocalDate today) {
        return new LineRequestFilter(Set.of(), null, null, null, false, null, false, today);
    }

    /** The same filter, limited to one office's requests. */
    @Override
    public LineRequestFilter forOffice(long office) {
        return new LineRequestFilter(statuses, agencyId, office, kind, overdueOnly, text, sentOnly, today);
    }

    /** The same filter, limited to what one provider's liaison sees: the requests sent to it. */
    @Override
    public LineRequestFilter forAgency(long agency) {
        return new LineRequestFilter(statuses, agency, officeId, kind, overdueOnly, text, true, today);
    }
}
