package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.workflow.WorkflowRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Obligations, with the kernel's key-paged lists (earliest deadline first: the overdue first, those without a
 * deadline last; or newest first). No office files one: {@link #bySubmissionKey} finds none.
 */
public interface ObligationRepository extends WorkflowRepository<Obligation, ObligationFilter> {

    /** The obligation of an agency under a resolution: there is at most one. */
    Optional<Obligation> of(long resolutionId, long agencyId);

    /** A file of a report, with the obligation it belongs to (for the access check). */
    Optional<ObligationFile> file(long fileId);

    /**
     * A batch of the {@code status} obligations whose deadline passed before {@code today}, in the order of (deadline,
     * id), after the key ({@code afterDeadline}, {@code afterId}; null and any id for the first batch): the escalation
     * pass walks them as it walks complaints and line requests.
     */
    List<Obligation> pastDeadline(ObligationStatus status, LocalDate today, LocalDate afterDeadline, long afterId, int max);
}
