package ir.pishkhan.portal.domain.linerequest;

/** Why a provider refuses a line request. */
public enum RefusalReason {
    /**
     * "The office does not need it": resolution 13 forbids the telecom company to judge that. A refusal for this
     * reason does not close the request: it is escalated, and a complaint is opened.
     */
    NOT_NEEDED,
    /** No free capacity (ports, lines, bandwidth) where the office is. */
    NO_CAPACITY,
    /** Not technically feasible at the office's address. */
    NOT_FEASIBLE,
    OTHER;

    /** Whether resolution 13 forbids refusing for this reason. */
    public boolean isForbiddenByResolution13() {
        return this == NOT_NEEDED;
    }
}
