package ir.pishkhan.portal.domain.dispute;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Visibility;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees which dispute, and which part of its timeline: the agency's liaisons and the named offices' operators
 * their own disputes; the secretariat and the guild all; anyone else none (it does not exist for them).
 */
public final class DisputeAccess {

    private DisputeAccess() {
    }

    public static boolean canSee(UserAccount user, Dispute d) {
        if (user == null || !user.isEnabled() || d == null) {
            return false;
        }
        return switch (user.getRole()) {
            case AGENCY_LIAISON -> user.getAgency() != null && user.getAgency().getId() != null
                    && user.getAgency().getId().equals(d.agencyId());
            case OFFICE_OPERATOR -> user.getOffice() != null && d.names(user.getOffice().getId());
            case SECRETARIAT, GUILD -> true;
            case ADMIN -> false;
        };
    }

    /** The timeline entries a role sees: the guild's follow-up notes are for the secretariat and the guild. */
    public static Set<Visibility> visibleTo(Role role) {
        return switch (role) {
            case SECRETARIAT, GUILD -> EnumSet.of(Visibility.PUBLIC, Visibility.STAFF);
            case AGENCY_LIAISON, OFFICE_OPERATOR -> EnumSet.of(Visibility.PUBLIC);
            case ADMIN -> EnumSet.noneOf(Visibility.class);
        };
    }
}
