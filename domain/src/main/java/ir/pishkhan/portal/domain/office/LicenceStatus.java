package ir.pishkhan.portal.domain.office;

/** The state of an office's licence, as issued and revoked by the regulator on the province's decisions. */
public enum LicenceStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    /** The working group ordered the office's status converted and a counter-office licence issued (res. 17). */
    CONVERSION_ORDERED
}
