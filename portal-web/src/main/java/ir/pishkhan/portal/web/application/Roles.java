package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.user.Role;

/**
 * The roles as the container knows them, for {@code @RolesAllowed}: compile-time constants (an annotation takes no
 * enum name), checked against {@link Role} by a unit test so that a renamed role cannot be missed.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String GUILD = "GUILD";
    public static final String OFFICE = "OFFICE_OPERATOR";
    public static final String LIAISON = "AGENCY_LIAISON";

    private Roles() {
    }
}
