package ir.pishkhan.portal.domain.user;

/**
 * Who a user is to the portal. The names are the security groups. An office operator is bound to one office,
 * an agency liaison to one agency; the others to neither.
 */
public enum Role {
    OFFICE_OPERATOR(true, false),
    SECRETARIAT(false, false),
    GUILD(false, false),
    AGENCY_LIAISON(false, true),
    ADMIN(false, false);

    private final boolean boundToOffice;
    private final boolean boundToAgency;

    Role(boolean boundToOffice, boolean boundToAgency) {
        this.boundToOffice = boundToOffice;
        this.boundToAgency = boundToAgency;
    }

    public boolean isBoundToOffice() {
        return boundToOffice;
    }

    public boolean isBoundToAgency() {
        return boundToAgency;
    }
}
