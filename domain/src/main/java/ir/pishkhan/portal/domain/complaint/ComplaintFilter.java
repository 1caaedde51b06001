package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.WorkListFilter;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a list of complaints is filtered by; null (or empty) fields do not filter. {@code today} decides what
 * is overdue; {@code forwardedOnly} limits to complaints already forwarded (what an agency sees).
 */
public record ComplaintFilter(Set<ComplaintStatus> statuses, Long agencyId, ComplaintKind kind, Long resolutionId,
                              Long officeId, boolean overdueOnly, LocalDate filedFrom, LocalDate filedTo, String text,
                              boolean forwardedOnly, LocalDate today)
        implements Serializable, WorkListFilter<ComplaintFilter> {

    public ComplaintFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ComplaintFilter all(LocalDate today) {
        return new ComplaintFilter(Set.of(), null, null, null, null, false, null, null, null, false, today);
    }

    @Override
    public ComplaintFilter forOffice(long office) {
        return new ComplaintFilter(statuses, agencyId, kind, resolutionId, office, overdueOnly, filedFrom, filedTo, text,
                forwardedOnly, today);
    }

    @Override
    public ComplaintFilter forAgency(long agency) {
        return new ComplaintFilter(statuses, agency, kind, resolutionId, officeId, overdueOnly, filedFrom, filedTo, text,
                true, today);
    }
}
