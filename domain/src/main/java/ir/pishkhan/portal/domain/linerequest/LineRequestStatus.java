package ir.pishkhan.portal.domain.linerequest;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a line request is. Open states are either with the provider (it must act, and may be overdue) or with the
 * office (it must send, or confirm what was installed).
 * <p>
 * How the reports count a request follows from its status alone, and is decided here, once: the predicates below
 * ({@link #isInstalled()}, {@link #isRefused()}, {@link #isAwaitingProvider()}, {@link #isAwaitingLine()},
 * {@link #isAskedFor()}) and the sets of the statuses that satisfy them ({@link #where}), which the repositories
 * turn into SQL. A new status must be placed in each of them.
 */
public enum LineRequestStatus {
    /** Filed by the office, not yet sent to the provider. */
    REQUESTED(true, false),
    /** Sent to the provider (by the office, or by the secretariat on its behalf). */
    SENT(true, true),
    /** The provider's liaison set an installation date. */
    SCHEDULED(true, true),
    /** The provider says it is installed; the office confirms or disputes. */
    INSTALLED(true, false),
    /** The office says it is not working, or not installed at all; the provider schedules or installs again. */
    DISPUTED(true, true),
    /**
     * The provider refused because it judged the office does not need it, which resolution 13 forbids: the refusal
     * is contested (a complaint is opened against the provider) and the request stays open with the provider.
     */
    ESCALATED(true, true),
    /** The office confirmed the installation. */
    CONFIRMED(false, false),
    /** The provider refused for a reason resolution 13 does not forbid. */
    REFUSED(false, false),
    /** The office cancelled it before sending it. */
    CANCELLED(false, false);

    private final boolean open;
    private final boolean withProvider;

    LineRequestStatus(boolean open, boolean withProvider) {
        this.open = open;
        this.withProvider = withProvider;
    }

    public boolean isOpen() {
        return open;
    }

    /** Open and waiting for the provider to act: only then can the provider be late. */
    public boolean isWithProvider() {
        return withProvider;
    }

    /**
     * The line counts as installed, whether or not the office has confirmed it yet: installed on time or late in the
     * follow-up report (resolution 10), and had by the deadline or after it under resolution 1. A disputed
     * installation does not count: the office says it is not there.
     */
    public boolean isInstalled() {
        return this == INSTALLED || this == CONFIRMED;
    }

    /**
     * Refused, for any reason, the escalated refusals included (a refusal as "not needed", which resolution 13
     * forbids, is a refusal still): the follow-up report's refused.
     */
    public boolean isRefused() {
        return this == REFUSED || this == ESCALATED;
    }

    /**
     * Refused as "not needed" (resolution 13): escalated, a complaint opened against the provider. The follow-up
     * report counts these apart, of the refused.
     */
    public boolean isRefusedAsNotNeeded() {
        return this == ESCALATED;
    }

    /**
     * With the provider and not refused: the provider has yet to act on it (sent, scheduled, disputed) — the
     * follow-up report's "still open" (resolution 10).
     */
    public boolean isAwaitingProvider() {
        return withProvider && !isRefused();
    }

    /**
     * Open and not installed: the office still waits for the line, whoever must act (not yet sent, with the
     * provider, disputed or escalated) — resolution 1's {@link LineStanding#WAITING}.
     */
    public boolean isAwaitingLine() {
        return open && !isInstalled();
    }

    /**
     * The request counts as the office having asked for the line (resolution 1): every one but a cancelled one,
     * which was never sent.
     */
    public boolean isAskedFor() {
        return this != CANCELLED;
    }

    /** The statuses that satisfy a rule, e.g. {@code where(LineRequestStatus::isInstalled)}; unmodifiable. */
    public static Set<LineRequestStatus> where(Predicate<LineRequestStatus> rule) {
        EnumSet<LineRequestStatus> out = EnumSet.noneOf(LineRequestStatus.class);
        Arrays.stream(values()).filter(rule).forEach(out::add);
        return Collections.unmodifiableSet(out);
    }
}
