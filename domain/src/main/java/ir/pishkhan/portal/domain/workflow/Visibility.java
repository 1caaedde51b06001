package ir.pishkhan.portal.domain.workflow;

/** Who sees an entry of a complaint's timeline. */
public enum Visibility {
    /** Everyone who may see the complaint: the office, the agency once it is forwarded, the secretariat, the guild. */
    PUBLIC,
    /** The secretariat and the guild association (the guild's follow-up notes). */
    STAFF,
    /** The secretariat only (internal notes). */
    SECRETARIAT
}
