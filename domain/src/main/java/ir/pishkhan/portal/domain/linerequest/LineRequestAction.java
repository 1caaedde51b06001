package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.DISPUTED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.ESCALATED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.INSTALLED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.REQUESTED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.SCHEDULED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.SENT;

/**
 * Everything that can be done to a line request: which role does it, and from which states. The state machine of
 * {@link LineRequest} refuses an action from any other state. Follow-up notes change no state.
 */
public enum LineRequestAction implements WorkflowAction<LineRequestStatus> {
    /** The office files the request (it is not yet sent). */
    FILE(Role.OFFICE_OPERATOR, EnumSet.noneOf(LineRequestStatus.class)),
    /** The office sends it to the provider. */
    SEND(Role.OFFICE_OPERATOR, EnumSet.of(REQUESTED)),
    /** The secretariat sends it to the provider on the office's behalf. */
    FORWARD(Role.SECRETARIAT, EnumSet.of(REQUESTED)),
    /** The office cancels it, before it was sent. */
    CANCEL(Role.OFFICE_OPERATOR, EnumSet.of(REQUESTED)),
    /** The provider sets (or moves) the installation date; also after a dispute, or to comply after an escalation. */
    SCHEDULE(Role.AGENCY_LIAISON, EnumSet.of(SENT, SCHEDULED, DISPUTED, ESCALATED)),
    /** The provider marks it installed (again, after a dispute). */
    INSTALL(Role.AGENCY_LIAISON, EnumSet.of(SENT, SCHEDULED, DISPUTED, ESCALATED)),
    /**
     * The provider refuses. Not from {@link LineRequestStatus#ESCALATED}: a refusal contested under resolution 13 is
     * for the working group to decide, not to be re-worded by the provider.
     */
    REFUSE(Role.AGENCY_LIAISON, EnumSet.of(SENT, SCHEDULED, DISPUTED)),
    /** The office confirms the installation: closed. */
    CONFIRM(Role.OFFICE_OPERATOR, EnumSet.of(INSTALLED)),
    /** The office disputes the installation (not working, or not installed). */
    DISPUTE(Role.OFFICE_OPERATOR, EnumSet.of(INSTALLED)),
    /** The guild association's follow-up note (res. 10). */
    GUILD_NOTE(Role.GUILD, EnumSet.allOf(LineRequestStatus.class)),
    /** The secretariat's follow-up note. */
    SECRETARIAT_NOTE(Role.SECRETARIAT, EnumSet.allOf(LineRequestStatus.class)),
    /**
     * A rung of the escalation ladder, taken by the portal in the secretariat's name ({@link WorkflowAction#ESCALATE}):
     * while the request is with its provider.
     */
    ESCALATE(Role.SECRETARIAT, LineRequestStatus.where(LineRequestStatus::isWithProvider));

    private final Role role;
    private final Set<LineRequestStatus> from;

    LineRequestAction(Role role, Set<LineRequestStatus> from) {
        this.role = role;
        this.from = Collections.unmodifiableSet(from);
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public Set<LineRequestStatus> from() {
        return from;
    }

    /** Whether the action is a follow-up note, which changes no state. */
    public boolean isNote() {
        return this == GUILD_NOTE || this == SECRETARIAT_NOTE;
    }

    /** The actions a role may take on a line request in this state (what the screens offer). */
    public static Set<LineRequestAction> available(Role role, LineRequestStatus status) {
        return WorkflowAction.available(LineRequestAction.class, role, status);
    }
}
