package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Visibility;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees which obligation, and which part of its timeline. An agency liaison: the obligations of the liaison's own
 * agency. The secretariat and the guild: all. Offices and administrators: none (offices read the register, nothing of
 * the obligations).
 */
public final class ObligationAccess {

    private ObligationAccess() {
    }

    public static boolean canSee(UserAccount user, Obligation o) {
        if (user == null || !user.isEnabled() || o == null) {
            return false;
        }
        return switch (user.getRole()) {
            case AGENCY_LIAISON -> user.getAgency() != null && user.getAgency().getId() != null
                    && user.getAgency().getId().equals(o.agencyId());
            case SECRETARIAT, GUILD -> true;
            case OFFICE_OPERATOR, ADMIN -> false;
        };
    }

    /** The timeline entries a role sees: the follow-up notes are for the secretariat and the guild. */
    public static Set<Visibility> visibleTo(Role role) {
        return switch (role) {
            case SECRETARIAT, GUILD -> EnumSet.of(Visibility.PUBLIC, Visibility.STAFF);
            case AGENCY_LIAISON -> EnumSet.of(Visibility.PUBLIC);
            case OFFICE_OPERATOR, ADMIN -> EnumSet.noneOf(Visibility.class);
        };
    }
}
