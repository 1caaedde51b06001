package ir.pishkhan.portal.domain.linerequest;

/**
 * Where a line request is. Open states are either with the provider (it must act, and may be overdue) or with the
 * office (it must send, or confirm what was installed).
 */
public enum LineRequestStatus {
    /** Filed by the office, not yet sent to the provider. */
    REQUESTED(true, false),
    /** Sent to the provider (by the office, or by the secretariat on its behalf). */
    SENT(true, true),
    /** The provider's liaison set an installation date. */
    SCHEDULED(true, true),
    /** The provider says it is installed; the office confirms or disputes. */
    INSTALLED(true, false),
    /** The office says it is not working, or not installed at all; the provider schedules or installs again. */
    DISPUTED(true, true),
    /**
     * The provider refused because it judged the office does not need it, which resolution 13 forbids: the refusal
     * is contested (a complaint is opened against the provider) and the request stays open with the provider.
     */
    ESCALATED(true, true),
    /** The office confirmed the installation. */
    CONFIRMED(false, false),
    /** The provider refused for a reason resolution 13 does not forbid. */
    REFUSED(false, false),
    /** The office cancelled it before sending it. */
    CANCELLED(false, false);

    private final boolean open;
    private final boolean withProvider;

    LineRequestStatus(boolean open, boolean withProvider) {
        this.open = open;
        this.withProvider = withProvider;
    }

    public boolean isOpen() {
        return open;
    }

    /** Open and waiting for the provider to act: only then can the provider be late. */
    public boolean isWithProvider() {
        return withProvider;
    }
}
