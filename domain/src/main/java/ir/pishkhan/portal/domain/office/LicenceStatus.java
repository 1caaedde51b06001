package ir.pishkhan.portal.domain.office;

/**
 * The state of an office's licence, as issued and revoked by the regulator on the province's decisions; its changes
 * are the table of {@link LicenceAction}.
 */
public enum LicenceStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    /** The working group ordered the office's status converted and a counter-office licence issued (res. 17). */
    CONVERSION_ORDERED,
    /** The regulator converted it: the office holds a counter-office licence (res. 17, done). */
    CONVERTED,
    /** A rural office's licence assigned by the provincial working group (res. 14). */
    ASSIGNED
}
