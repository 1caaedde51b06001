package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.WorkflowRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Complaints: a workflow's repository (a page of complaints comes with their office and agency), and their files. */
public interface ComplaintRepository extends WorkflowRepository<Complaint, ComplaintFilter> {

    Optional<Attachment> attachment(long id);

    /** Complaints against the agency resolved in the office's favour, filed since then: the newest, at most {@code max}. */
    List<Complaint> upheldAgainstAgency(long agencyId, Instant since, int max);

    /** How many complaints against the agency were upheld, filed since then. */
    long countUpheldAgainstAgency(long agencyId, Instant since);

    /** Complaints naming the official (by {@link Complaint#officialKey}) upheld, filed since then: the newest, at most {@code max}. */
    List<Complaint> upheldAgainstOfficial(String officialKey, Instant since, int max);

    long countUpheldAgainstOfficial(String officialKey, Instant since);

    /** Complaints against the agency of this kind filed within the span: the candidates of {@link Repeats#likelyDuplicates}. */
    List<Complaint> filedAround(long agencyId, ComplaintKind kind, Instant from, Instant to, int max);

    /**
     * A batch of the {@code status} records whose deadline passed before {@code today}, in the order of (deadline,
     * id), after the key ({@code afterDeadline}, {@code afterId}; null and any id for the first batch): the escalation
     * pass walks them batch by batch, never loading them all, on the index over (status, deadline sort key, id).
     */
    List<Complaint> pastDeadline(ComplaintStatus status, LocalDate today, LocalDate afterDeadline, long afterId,
                                 int max);
}
