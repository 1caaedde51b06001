package ir.pishkhan.portal.domain.complaint;

/** Where a complaint is in its workflow. */
public enum ComplaintStatus {
    /** Filed by the office; awaits triage. */
    SUBMITTED(true),
    /** The secretariat asked the office for more information. */
    INFO_REQUESTED(true),
    /** Linked to the resolutions it falls under, with a priority and a deadline. */
    TRIAGED(true),
    /** Sent to the agency, which must answer by the deadline. */
    FORWARDED(true),
    /** The agency answered; the secretariat decides. */
    ANSWERED(true),
    /** The agency's official was referred to the violations board (res. 4, 12). */
    REFERRED(true),
    RESOLVED(false),
    REJECTED(false),
    WITHDRAWN(false);

    private final boolean open;

    ComplaintStatus(boolean open) {
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }
}
