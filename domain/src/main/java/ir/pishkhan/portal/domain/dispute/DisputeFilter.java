package ir.pishkhan.portal.domain.dispute;

import ir.pishkhan.portal.domain.workflow.WorkListFilter;

import java.io.Serializable;
import java.util.Set;

/**
 * What a list of disputes is filtered by; null (or empty) fields do not filter. {@code text} is a tracking number
 * ({@code D1405-123}) or words searched, folded, in the matter and the parties' names.
 */
public record DisputeFilter(Set<DisputeStatus> statuses, Long agencyId, Long officeId, String text)
        implements Serializable, WorkListFilter<DisputeFilter> {

    public DisputeFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static DisputeFilter all() {
        return new DisputeFilter(Set.of(), null, null, null);
    }

    /** The disputes the office is a side of. */
    @Override
    public DisputeFilter forOffice(long office) {
        return new DisputeFilter(statuses, agencyId, office, text);
    }

    /** The agency's own disputes. */
    @Override
    public DisputeFilter forAgency(long agency) {
        return new DisputeFilter(statuses, agency, officeId, text);
    }
}
