package ir.pishkhan.portal.domain.dispute;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static ir.pishkhan.portal.domain.dispute.DisputeStatus.OPEN;
import static ir.pishkhan.portal.domain.dispute.DisputeStatus.PROPOSED;

/**
 * Everything that can be done to a dispute: which role does it, and from which states. {@link Dispute} adds what a
 * table cannot say: an office states only its own side, a liaison only its agency's.
 *
 * <pre>
 * (secretariat opens) → OPEN ─propose (secretariat)→ PROPOSED ─settle (secretariat)→ SETTLED
 *                                     PROPOSED ─withdraw the proposal (secretariat)→ OPEN
 * OPEN, PROPOSED ─refer to the meeting (secretariat)→ REFERRED
 * OPEN, PROPOSED: statements of a named office and of the agency (with files), the guild's follow-up notes
 * </pre>
 */
public enum DisputeAction implements WorkflowAction<DisputeStatus> {
    OPEN_DISPUTE(Role.SECRETARIAT, EnumSet.noneOf(DisputeStatus.class)),
    OFFICE_STATEMENT(Role.OFFICE_OPERATOR, EnumSet.of(OPEN, PROPOSED)),
    AGENCY_STATEMENT(Role.AGENCY_LIAISON, EnumSet.of(OPEN, PROPOSED)),
    GUILD_NOTE(Role.GUILD, EnumSet.of(OPEN, PROPOSED)),
    PROPOSE(Role.SECRETARIAT, EnumSet.of(OPEN)),
    WITHDRAW_PROPOSAL(Role.SECRETARIAT, EnumSet.of(PROPOSED)),
    SETTLE(Role.SECRETARIAT, EnumSet.of(PROPOSED)),
    REFER(Role.SECRETARIAT, EnumSet.of(OPEN, PROPOSED));

    private final Role role;
    private final Set<DisputeStatus> from;

    DisputeAction(Role role, Set<DisputeStatus> from) {
        this.role = role;
        this.from = Collections.unmodifiableSet(from);
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public Set<DisputeStatus> from() {
        return from;
    }

    /** The actions a role may take on a dispute in this state (what the screens offer). */
    public static Set<DisputeAction> available(Role role, DisputeStatus status) {
        return WorkflowAction.available(DisputeAction.class, role, status);
    }
}
