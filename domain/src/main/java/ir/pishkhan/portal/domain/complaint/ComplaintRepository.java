package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.Keyset;

import java.util.Optional;

public interface ComplaintRepository {

    Optional<Complaint> byId(long id);

    /** The complaint an office already filed with this form's one-time key (a double submit). */
    Optional<Complaint> bySubmissionKey(long officeId, String submissionKey);

    /** A page of complaints in the given order, with their office and agency, paged by key. */
    Keyset.Page<Complaint> page(ComplaintFilter filter, Keyset.Request request);

    /** How many complaints match, counted up to {@code cap} at most (a list never counts the whole table). */
    long countUpTo(ComplaintFilter filter, long cap);

    Optional<Attachment> attachment(long id);

    void store(Complaint complaint);
}
