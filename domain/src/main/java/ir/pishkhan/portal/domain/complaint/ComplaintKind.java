package ir.pishkhan.portal.domain.complaint;

import java.util.List;

/**
 * The recurring ways agencies fail the offices, each with the resolutions of the 14th meeting that forbid it.
 * The portal proposes these resolutions at triage; the secretariat confirms or changes them.
 */
public enum ComplaintKind {
    /** An agency cut off the office's software or hardware systems on its own (res. 3, 8). */
    SYSTEMS_CUT_OFF(3, 8),
    /** A guarantee other than the teacher insurance policy was demanded (res. 11, 12). */
    GUARANTEE_DEMANDED(11, 12),
    /** Services delegated only to a few hand-picked offices (res. 7, 19). */
    SERVICES_RESTRICTED(7, 19),
    /** No contract signed, or services not delegated (res. 5, 16, 20). */
    NO_CONTRACT(5, 16, 20),
    /** Action taken against the office outside the working group (res. 8). */
    ACTION_OUTSIDE_WORKING_GROUP(8),
    /** Lines or infrastructure not provided, or judged "not needed" (res. 1, 2, 9, 13). */
    INFRASTRUCTURE_NOT_PROVIDED(1, 2, 9, 13),
    /** The agency opened a branch of its own in competition (res. 6). */
    COMPETING_BRANCH(6),
    OTHER;

    private final List<Integer> resolutions;

    ComplaintKind(Integer... resolutions) {
        this.resolutions = List.of(resolutions);
    }

    /**
     * A complaint of this kind stops the office's work: it is urgent from the moment it is filed, and linked to its
     * resolutions then (a cut-off, which resolution 3 forbids and resolution 8 reserves to the working group).
     */
    public boolean isUrgent() {
        return this == SYSTEMS_CUT_OFF;
    }

    /** The numbers of the 14th meeting's resolutions a complaint of this kind falls under. */
    public List<Integer> suggestedResolutions() {
        return resolutions;
    }
}
