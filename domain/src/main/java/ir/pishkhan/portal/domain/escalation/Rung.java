package ir.pishkhan.portal.domain.escalation;

import java.util.Optional;

/**
 * A rung of the escalation ladder (issue 10; resolutions 4 and 12), in the order they are climbed. Each is taken at
 * most once per record: the {@code escalation} table's unique key (workflow, record, rung) says so, whichever
 * instance takes it.
 */
public enum Rung {
    /** The deadline has passed: the party that must act is reminded. */
    REMINDER,
    /** Working days after the deadline and still nothing: a formal letter to the agency's head. */
    LETTER,
    /**
     * Still nothing after more working days: for the working group's next meeting. Until the meetings' cycle exists
     * the record is only marked "for the meeting".
     */
    FOR_MEETING;

    /**
     * The rung of that name, if it is one: a notification stores a rung where it stores an action, by name, and no
     * action of a workflow is named as a rung is (LadderTest checks it).
     */
    public static Optional<Rung> named(String name) {
        for (Rung r : values()) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
