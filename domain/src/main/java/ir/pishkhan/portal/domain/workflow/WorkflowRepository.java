package ir.pishkhan.portal.domain.workflow;

import java.util.Optional;

/**
 * What every workflow's repository does: find a record, store a new one, and page and count its work lists by key
 * (in the orders of {@link ListOrder}), counting never past a cap, so that no list counts the whole table.
 *
 * @param <W> the records
 * @param <F> the filter of their lists
 */
public interface WorkflowRepository<W extends Workflow<?, ?, ?>, F extends WorkListFilter<F>> {

    Optional<W> byId(long id);

    /** Stores a new record with its timeline; a loaded one is stored (with its new timeline entries) on commit. */
    void store(W record);

    /** A page of the records that match, in the request's order, paged by key. */
    Keyset.Page<W> page(F filter, Keyset.Request request);

    /** How many records match, counted up to {@code cap} at most. */
    long countUpTo(F filter, long cap);

    /** The record an office already filed with this form's one-time key (a double submit files once). */
    Optional<W> bySubmissionKey(long officeId, String submissionKey);
}
