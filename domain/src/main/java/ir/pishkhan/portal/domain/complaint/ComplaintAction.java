package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.ANSWERED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.FORWARDED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.INFO_REQUESTED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.REFERRED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.REJECTED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.RESOLVED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.SUBMITTED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.TRIAGED;

/**
 * Everything that can be done to a complaint: which role does it, and from which states. The state machine of
 * {@link Complaint} refuses an action from any other state. Notes change no state.
 */
public enum ComplaintAction implements WorkflowAction<ComplaintStatus> {
    FILE(Role.OFFICE_OPERATOR, EnumSet.noneOf(ComplaintStatus.class)),
    TRIAGE(Role.SECRETARIAT, EnumSet.of(SUBMITTED, TRIAGED)),
    REQUEST_INFO(Role.SECRETARIAT, EnumSet.of(SUBMITTED, TRIAGED, ANSWERED)),
    PROVIDE_INFO(Role.OFFICE_OPERATOR, EnumSet.of(INFO_REQUESTED)),
    FORWARD(Role.SECRETARIAT, EnumSet.of(TRIAGED, ANSWERED)),
    ANSWER(Role.AGENCY_LIAISON, EnumSet.of(FORWARDED)),
    REFER(Role.SECRETARIAT, EnumSet.of(TRIAGED, FORWARDED, ANSWERED)),
    RESOLVE(Role.SECRETARIAT, EnumSet.of(TRIAGED, FORWARDED, ANSWERED, REFERRED)),
    REJECT(Role.SECRETARIAT, EnumSet.of(SUBMITTED, TRIAGED, INFO_REQUESTED, ANSWERED)),
    /** The secretariat closes a complaint that repeats another of the same agency, with a link to it. */
    MARK_DUPLICATE(Role.SECRETARIAT, EnumSet.of(SUBMITTED, TRIAGED, INFO_REQUESTED, ANSWERED)),
    WITHDRAW(Role.OFFICE_OPERATOR, EnumSet.of(SUBMITTED, INFO_REQUESTED, TRIAGED, FORWARDED, ANSWERED, REFERRED)),
    REOPEN(Role.SECRETARIAT, EnumSet.of(RESOLVED, REJECTED)),
    REPLY(Role.SECRETARIAT, EnumSet.of(SUBMITTED, INFO_REQUESTED, TRIAGED, FORWARDED, ANSWERED, REFERRED)),
    INTERNAL_NOTE(Role.SECRETARIAT, EnumSet.allOf(ComplaintStatus.class)),
    GUILD_NOTE(Role.GUILD, EnumSet.allOf(ComplaintStatus.class)),
    /**
     * A rung of the escalation ladder, taken by the portal in the secretariat's name ({@link WorkflowAction#ESCALATE}):
     * only the agency is chased, so only while the complaint is with it.
     */
    ESCALATE(Role.SECRETARIAT, EnumSet.of(FORWARDED));

    private final Role role;
    private final Set<ComplaintStatus> from;

    ComplaintAction(Role role, Set<ComplaintStatus> from) {
        this.role = role;
        this.from = Collections.unmodifiableSet(from);
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public Set<ComplaintStatus> from() {
        return from;
    }

    /** The actions a role may take on a complaint in this state (what the screens offer). */
    public static Set<ComplaintAction> available(Role role, ComplaintStatus status) {
        return WorkflowAction.available(ComplaintAction.class, role, status);
    }
}
