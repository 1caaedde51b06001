package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees which line request, and which part of its timeline. An office operator: the office's own requests. An
 * agency liaison: the requests sent to the liaison's agency (not those the office has yet to send). The secretariat
 * and the guild: all. An administrator manages accounts, not requests.
 */
public final class LineRequestAccess {

    private LineRequestAccess() {
    }

    public static boolean canSee(UserAccount user, LineRequest r) {
        if (user == null || !user.isEnabled() || r == null) {
            return false;
        }
        return switch (user.getRole()) {
            case OFFICE_OPERATOR -> user.getOffice() != null && user.getOffice().getId() != null
                    && user.getOffice().getId().equals(r.getOffice().getId());
            case AGENCY_LIAISON -> r.isSent() && user.getAgency() != null && user.getAgency().getId() != null
                    && user.getAgency().getId().equals(r.getProvider().getId());
            case SECRETARIAT, GUILD -> true;
            case ADMIN -> false;
        };
    }

    /** The timeline entries a role sees: the follow-up notes are for the secretariat and the guild. */
    public static Set<Visibility> visibleTo(Role role) {
        return switch (role) {
            case SECRETARIAT, GUILD -> EnumSet.of(Visibility.PUBLIC, Visibility.STAFF);
            case OFFICE_OPERATOR, AGENCY_LIAISON -> EnumSet.of(Visibility.PUBLIC);
            case ADMIN -> EnumSet.noneOf(Visibility.class);
        };
    }
}
