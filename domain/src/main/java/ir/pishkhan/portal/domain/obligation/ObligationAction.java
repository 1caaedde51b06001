package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static ir.pishkhan.portal.domain.obligation.ObligationStatus.OPEN;
import static ir.pishkhan.portal.domain.obligation.ObligationStatus.REPORTED;
import static ir.pishkhan.portal.domain.obligation.ObligationStatus.RETURNED;
import static ir.pishkhan.portal.domain.obligation.ObligationStatus.VIOLATED;

/**
 * Everything that can be done to an obligation: which role does it, and from which states. {@link Obligation}
 * refuses an action from any other state; its own rules add what a table cannot say (a violation only once overdue).
 *
 * <pre>
 * OPEN ─report (liaison)→ REPORTED ─verify (secretariat)→ VERIFIED
 *                            └─return (secretariat, with a reason)→ RETURNED ─report→ REPORTED
 * OPEN, REPORTED, RETURNED, once overdue ─declare violated (secretariat)→ VIOLATED ─refer (res. 4, 12)→ REFERRED
 * follow-up notes of the guild and of the secretariat in every state
 * OPEN, RETURNED, once overdue: the escalation ladder's rungs (the portal), no state changes
 * </pre>
 */
public enum ObligationAction implements WorkflowAction<ObligationStatus> {
    /** A published resolution creates the obligation (the secretariat published it; the seed, for the 14th meeting). */
    OPEN_OBLIGATION(Role.SECRETARIAT, EnumSet.noneOf(ObligationStatus.class)),
    REPORT(Role.AGENCY_LIAISON, EnumSet.of(OPEN, RETURNED)),
    VERIFY(Role.SECRETARIAT, EnumSet.of(REPORTED)),
    RETURN(Role.SECRETARIAT, EnumSet.of(REPORTED)),
    DECLARE_VIOLATED(Role.SECRETARIAT, EnumSet.of(OPEN, REPORTED, RETURNED)),
    REFER(Role.SECRETARIAT, EnumSet.of(VIOLATED)),
    GUILD_NOTE(Role.GUILD, EnumSet.allOf(ObligationStatus.class)),
    SECRETARIAT_NOTE(Role.SECRETARIAT, EnumSet.allOf(ObligationStatus.class)),
    /**
     * A rung of the escalation ladder, taken by the portal in the secretariat's name ({@link WorkflowAction#ESCALATE}):
     * while the agency owes the report (open, or returned to it); a reported one waits for the secretariat, a
     * violated one has left the ladder for the violations board.
     */
    ESCALATE(Role.SECRETARIAT, EnumSet.of(OPEN, RETURNED));

    private final Role role;
    private final Set<ObligationStatus> from;

    ObligationAction(Role role, Set<ObligationStatus> from) {
        this.role = role;
        this.from = Collections.unmodifiableSet(from);
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public Set<ObligationStatus> from() {
        return from;
    }

    /** The actions a role may take on an obligation in this state (what the screens offer). */
    public static Set<ObligationAction> available(Role role, ObligationStatus status) {
        return WorkflowAction.available(ObligationAction.class, role, status);
    }
}
