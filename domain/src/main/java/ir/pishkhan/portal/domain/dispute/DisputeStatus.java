package ir.pishkhan.portal.domain.dispute;

/** Where a dispute between an agency and offices stands. */
public enum DisputeStatus {
    /** Opened by the secretariat: each side states its case, the guild follows it up. */
    OPEN,
    /** The secretariat proposed a settlement: the sides may still state their case on it. */
    PROPOSED,
    /** Settled on the secretariat's proposal. */
    SETTLED,
    /** Referred to the working group's meeting, unsettled. */
    REFERRED;

    /** Whether the dispute is still being worked (statements and notes are taken). */
    public boolean isOpen() {
        return this == OPEN || this == PROPOSED;
    }
}
