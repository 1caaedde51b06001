package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.WorkflowRepository;

import java.util.Optional;

/** Complaints: a workflow's repository (a page of complaints comes with their office and agency), and their files. */
public interface ComplaintRepository extends WorkflowRepository<Complaint, ComplaintFilter> {

    Optional<Attachment> attachment(long id);
}
