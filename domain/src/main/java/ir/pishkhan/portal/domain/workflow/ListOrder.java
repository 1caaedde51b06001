package ir.pishkhan.portal.domain.workflow;

/** The orders a work list (complaints, line requests, …) is paged in, each by a key and the id. */
public enum ListOrder {
    /** Newest filed first. */
    FILED_NEWEST,
    /** Earliest deadline first: the overdue come first, those without a deadline last. */
    DEADLINE_EARLIEST
}
