package ir.pishkhan.portal.domain.escalation;

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
    FOR_MEETING
}
