package ir.pishkhan.portal.domain.linerequest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an office stands under resolution 1 of the 14th meeting: the telecom company was to give every office its
 * lines (telephone and data lines) by the resolution's date, and report it to the secretariat. One standing per kind
 * of line ({@link LineKind#isLine()}), from the office's requests of that kind; and one for the office, the worst of
 * the kinds it asked for.
 * <p>
 * The constants are in order of how far the office is from having its lines, and the database computes the same
 * standing by the same order (its {@link #ordinal()} is the code): do not reorder them.
 */
public enum LineStanding {
    /** No request of this kind (a cancelled request is none: it was never sent; {@link LineRequestStatus#isAskedFor}). */
    NOT_REQUESTED,
    /** Installed on or before the deadline's day (in Tehran): the office had it on the deadline. */
    ON_TIME,
    /** Installed, but only after the deadline's day. */
    LATE,
    /**
     * Not installed; a request is still open (not yet sent, with the provider, disputed or escalated:
     * {@link LineRequestStatus#isAwaitingLine}).
     */
    WAITING,
    /** Not installed and nothing open: every request was refused. */
    NOT_PROVIDED;

    /**
     * The standing of one kind of line.
     *
     * @param firstInstalledOn the earliest day (in Tehran) one of the requests of this kind was installed and is still
     *                         counted installed ({@link LineRequestStatus#isInstalled}); null when none is
     * @param open             a request of this kind is still open and not installed
     *                         ({@link LineRequestStatus#isAwaitingLine})
     * @param requests         requests of this kind that count as asked for ({@link LineRequestStatus#isAskedFor}:
     *                         cancelled ones do not)
     * @param deadline         the resolution's deadline
     */
    public static LineStanding of(LocalDate firstInstalledOn, boolean open, long requests, LocalDate deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (firstInstalledOn != null) {
            return firstInstalledOn.isAfter(deadline) ? LATE : ON_TIME;
        }
        if (open) {
            return WAITING;
        }
        return requests > 0 ? NOT_PROVIDED : NOT_REQUESTED;
    }

    /**
     * The office's standing: the worst standing of the kinds it asked for; {@link #NOT_REQUESTED} when it asked for
     * none. An office that asked only for a telephone line and had it on time has its lines.
     */
    public static LineStanding overall(LineStanding... kinds) {
        return Arrays.stream(kinds).map(Objects::requireNonNull).max(Comparator.naturalOrder()).orElse(NOT_REQUESTED);
    }

    /** The office had what it asked for by the deadline. */
    public boolean hasLinesByDeadline() {
        return this == ON_TIME;
    }
}
