package ir.pishkhan.portal.domain.meeting;

import java.time.LocalDate;

/**
 * An earlier resolution a draft resolution cites, by meeting and number, and what it does to it: nothing but cite
 * it ({@code effect} null), or an {@link Effect} — with the new deadline when it extends one.
 */
public record Citation(int meeting, int number, Effect effect, LocalDate newDeadline) {

    public static Citation cites(int meeting, int number) {
        return new Citation(meeting, number, null, null);
    }

    public static Citation of(int meeting, int number, Effect effect) {
        return new Citation(meeting, number, effect, null);
    }

    public static Citation extending(int meeting, int number, LocalDate newDeadline) {
        return new Citation(meeting, number, Effect.EXTENDS_DEADLINE_OF, newDeadline);
    }

    public String reference() {
        return meeting + "/" + number;
    }
}
