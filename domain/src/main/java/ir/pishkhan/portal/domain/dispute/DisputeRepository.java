package ir.pishkhan.portal.domain.dispute;

import ir.pishkhan.portal.domain.workflow.WorkflowRepository;

import java.util.List;
import java.util.Optional;

/**
 * Disputes, with the kernel's key-paged lists (newest first). No office files one (the secretariat opens it):
 * {@link #bySubmissionKey} finds none.
 */
public interface DisputeRepository extends WorkflowRepository<Dispute, DisputeFilter> {

    /** The disputes opened under a resolution, oldest first (the seed opens res. 15's once). */
    List<Dispute> ofResolution(long resolutionId);

    /** A file of a statement, with the dispute it belongs to (for the access check). */
    Optional<DisputeFile> file(long fileId);
}
