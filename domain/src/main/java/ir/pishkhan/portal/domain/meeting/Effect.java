package ir.pishkhan.portal.domain.meeting;

/** What a resolution does to an earlier one it cites. */
public enum Effect {
    /** Changes part of it; the rest stays in force. */
    AMENDS,
    /** Replaces it whole: it is no longer in force. */
    SUPERSEDES,
    /** Ends it. */
    REPEALS,
    /** Gives it a later deadline. */
    EXTENDS_DEADLINE_OF;

    /** Whether the effect is refused on a resolution already repealed (there is nothing left to change). */
    public boolean needsTargetInForce() {
        return this != REPEALS;
    }
}
