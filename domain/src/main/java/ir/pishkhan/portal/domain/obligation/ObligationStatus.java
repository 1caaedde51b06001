package ir.pishkhan.portal.domain.obligation;

/**
 * Where an obligation stands. Whether it is overdue is not a state: it is derived from the deadline and the day
 * ({@link Obligation#isOverdue}), so that it needs no pass to set it and no state to undo.
 */
public enum ObligationStatus {
    /** Created when the resolution was published: the agency owes a report. */
    OPEN,
    /** The agency's liaison reported compliance: the secretariat verifies it or returns it. */
    REPORTED,
    /** The secretariat returned the report with a reason: the agency reports again. */
    RETURNED,
    /** The secretariat verified the report: the obligation is met. */
    VERIFIED,
    /** Past its deadline and not met: the secretariat declared it violated. */
    VIOLATED,
    /** Violated, and the responsible official referred to the violations board (resolutions 4, 12). */
    REFERRED;

    /** Met: verified. Every other state, past the deadline, is overdue. */
    public boolean isMet() {
        return this == VERIFIED;
    }
}
