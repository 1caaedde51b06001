package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.Visibility;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees which complaint, and which part of its timeline. An office operator: the office's own complaints.
 * An agency liaison: the complaints forwarded to the liaison's agency. The secretariat and the guild: all.
 * An administrator manages accounts, not complaints.
 */
public final class ComplaintAccess {

    private ComplaintAccess() {
    }

    public static boolean canSee(UserAccount user, Complaint c) {
        if (user == null || !user.isEnabled()) {
            return false;
        }
        return switch (user.getRole()) {
            case OFFICE_OPERATOR -> user.getOffice() != null && user.getOffice().getId().equals(c.getOffice().getId());
            case AGENCY_LIAISON -> c.isForwarded() && user.getAgency() != null
                    && user.getAgency().getId().equals(c.getAgency().getId());
            case SECRETARIAT, GUILD -> true;
            case ADMIN -> false;
        };
    }

    /** The timeline entries and attachments a role sees. */
    public static Set<Visibility> visibleTo(Role role) {
        return switch (role) {
            case SECRETARIAT -> EnumSet.allOf(Visibility.class);
            case GUILD -> EnumSet.of(Visibility.PUBLIC, Visibility.STAFF);
            case OFFICE_OPERATOR, AGENCY_LIAISON -> EnumSet.of(Visibility.PUBLIC);
            case ADMIN -> EnumSet.noneOf(Visibility.class);
        };
    }
}
