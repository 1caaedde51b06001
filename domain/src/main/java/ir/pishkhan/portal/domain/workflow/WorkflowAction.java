package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.user.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * One row of a workflow's transition table: the role that takes the action and the states it may be taken from. A
 * workflow's actions are an enum of these rows ({@code FORWARD(Role.SECRETARIAT, EnumSet.of(TRIAGED, ANSWERED))}),
 * so that the table is data, read by the aggregate's {@link Workflow#check} and spelled out whole by its tests.
 *
 * @param <S> the workflow's states
 */
public interface WorkflowAction<S extends Enum<S>> {

    /**
     * The name of a workflow's action that records a rung of the escalation ladder on its timeline: taken by the
     * portal's daily pass, in the secretariat's name, from the states in which the party that must act is chased —
     * and offered on no screen ({@link #available} leaves it out).
     */
    String ESCALATE = "ESCALATE";

    /** Whether the action is the portal's own (the escalation ladder's), which nobody takes on a page. */
    static boolean byPortal(Enum<?> action) {
        return action != null && ESCALATE.equals(action.name());
    }

    /** The role that takes this action. */
    Role role();

    /** The states this action may be taken from (none: it starts a record). */
    Set<S> from();

    default boolean allowedFrom(S status) {
        return from().contains(status);
    }

    /** The actions of a table that a role may take in a state: what the screens offer (never the portal's own). */
    static <S extends Enum<S>, A extends Enum<A> & WorkflowAction<S>> Set<A> available(Class<A> table, Role role, S status) {
        Set<A> actions = EnumSet.noneOf(table);
        for (A a : table.getEnumConstants()) {
            if (a.role() == role && a.allowedFrom(status) && !byPortal(a)) {
                actions.add(a);
            }
        }
        return actions;
    }
}
