package ir.pishkhan.portal.domain.linerequest;

/** Why an office disputes that its line was installed. */
public enum DisputeReason {
    /** Installed, but it does not work. */
    NOT_WORKING,
    /** Marked installed, but nothing was installed. */
    NOT_INSTALLED
}
