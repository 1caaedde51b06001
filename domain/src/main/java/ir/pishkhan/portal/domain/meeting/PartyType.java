package ir.pishkhan.portal.domain.meeting;

/** Who a party of the resolutions is. */
public enum PartyType {
    /** One agency or bank (telecom company, Post Bank, …). */
    AGENCY,
    /** A class of agencies ("all executive agencies", "all banks of the province", …). */
    AGENCY_GROUP,
    /** A body of the working group (the working group, its secretariat, the violations board, the guild). */
    BODY,
    /** The counter offices themselves. */
    OFFICES
}
