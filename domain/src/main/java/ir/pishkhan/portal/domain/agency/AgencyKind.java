package ir.pishkhan.portal.domain.agency;

/** What kind of service agency: lets the portal propose the right agencies for a line request or complaint. */
public enum AgencyKind {
    TELECOM, ICT, POST, BANK, INSURANCE, REGULATOR, TRANSPORT, GOVERNMENT
}
