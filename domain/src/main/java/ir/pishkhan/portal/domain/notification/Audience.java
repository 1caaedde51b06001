package ir.pishkhan.portal.domain.notification;

import ir.pishkhan.portal.domain.user.Role;

/**
 * A group of people a step may concern: the secretariat, the guild association, the people of the office the record
 * concerns, the liaisons of the agency that must act on it. Who is in each is the accounts' business; whether each
 * may be told is the workflow's access rule.
 */
public enum Audience {
    SECRETARIAT(Role.SECRETARIAT),
    GUILD(Role.GUILD),
    /** The operators of the record's office. */
    OFFICE(Role.OFFICE_OPERATOR),
    /** The liaisons of the record's agency (the provider, for a line request). */
    AGENCY(Role.AGENCY_LIAISON);

    private final Role role;

    Audience(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
