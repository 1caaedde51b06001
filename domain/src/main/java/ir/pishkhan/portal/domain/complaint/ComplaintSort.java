package ir.pishkhan.portal.domain.complaint;

/** The orders a complaint list is paged in, each by a key and the id. */
public enum ComplaintSort {
    /** Newest filed first. */
    FILED_NEWEST,
    /** Earliest deadline first: the overdue come first, those without a deadline last. */
    DEADLINE_EARLIEST
}
