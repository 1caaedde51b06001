package ir.pishkhan.portal.domain.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a resolution stands today, from what later published resolutions did to it and from the date:
 * <ul>
 * <li><b>repealed</b> or <b>superseded</b> by the first later resolution that repealed or superseded it (then it is
 * no longer in force, whatever else acted on it);</li>
 * <li><b>expired</b> when its deadline (the latest extension's, if one was extended) has passed and it is of kinds
 * whose force a deadline ends: a tariff or a decision with a date is provisional, in force until that date
 * ({@link #EXPIRING}). An obligation, a report, a prohibition, a sanction or a procedure does not end at its deadline:
 * an obligation past its date is overdue, which its obligations track, and a prohibition binds from its date on;</li>
 * <li><b>amended</b> by each later resolution that amended it, still in force as amended;</li>
 * <li>else <b>in force</b>.</li>
 * </ul>
 * A resolution whose kinds mix an expiring kind with one that does not expire never expires.
 */
public record Standing(State state, List<Act> by, LocalDate due, List<Act> acts) implements Serializable {

    public enum State { IN_FORCE, AMENDED, SUPERSEDED, REPEALED, EXPIRED }

    /** The kinds a passed deadline ends. */
    public static final Set<ResolutionKind> EXPIRING = EnumSet.of(ResolutionKind.TARIFF, ResolutionKind.DECISION);

    /** What a later resolution (meeting/number, held on) did to this one. */
    public record Act(Effect effect, int meeting, int number, LocalDate heldOn, LocalDate newDeadline)
            implements Serializable {
        public String reference() {
            return meeting + "/" + number;
        }
    }

    public Standing {
        by = List.copyOf(by);
        acts = List.copyOf(acts);
    }

    /**
     * @param resolution the resolution
     * @param acts       what later <em>published</em> resolutions did to it, in any order
     * @param today      the day the standing is read on
     */
    public static Standing of(Resolution resolution, List<Act> acts, LocalDate today) {
        List<Act> sorted = acts.stream()
                .sorted(Comparator.comparingInt(Act::meeting).thenComparingInt(Act::number)).toList();
        Optional<LocalDate> due = sorted.stream().filter(a -> a.effect() == Effect.EXTENDS_DEADLINE_OF)
                .map(Act::newDeadline).reduce((first, second) -> second).or(resolution::dueDate);
        Optional<Act> ended = sorted.stream()
                .filter(a -> a.effect() == Effect.REPEALS || a.effect() == Effect.SUPERSEDES).findFirst();
        if (ended.isPresent()) {
            State s = ended.get().effect() == Effect.REPEALS ? State.REPEALED : State.SUPERSEDED;
            return new Standing(s, List.of(ended.get()), due.orElse(null), sorted);
        }
        Set<ResolutionKind> kinds = resolution.getKinds();
        if (due.isPresent() && due.get().isBefore(today) && !kinds.isEmpty() && EXPIRING.containsAll(kinds)) {
            return new Standing(State.EXPIRED, List.of(), due.orElse(null), sorted);
        }
        List<Act> amended = sorted.stream().filter(a -> a.effect() == Effect.AMENDS).toList();
        if (!amended.isEmpty()) {
            return new Standing(State.AMENDED, amended, due.orElse(null), sorted);
        }
        return new Standing(State.IN_FORCE, List.of(), due.orElse(null), sorted);
    }

    /** The deadline in force: the latest extension's, else the resolution's own; none when it has none. */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(due);
    }

    public boolean isInForce() {
        return state == State.IN_FORCE || state == State.AMENDED;
    }

    public boolean isRepealed() {
        return state == State.REPEALED;
    }
}
