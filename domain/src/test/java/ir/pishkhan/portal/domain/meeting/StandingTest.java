package ir.pishkhan.portal.domain.meeting;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resolution's standing from what later published resolutions did to it, and the date. */
class StandingTest {

    private static final LocalDate HELD = LocalDate.of(2012, 9, 17);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private final Meeting m14 = Meeting.withMinutes(14, HELD, "10:00", "استانداری");

    private Resolution of(int number, Deadline deadline, ResolutionKind... kinds) {
        Resolution r = m14.addResolution(number, "متن", null, deadline);
        for (ResolutionKind k : kinds) {
            r.addKind(k);
        }
        return r;
    }

    private static Standing.Act act(Effect e, int meeting, int number, LocalDate newDeadline) {
        return new Standing.Act(e, meeting, number, LocalDate.of(2025, 5, 1), newDeadline);
    }

    @Test
    void inForceUntilSomethingActsOnIt() {
        Standing s = Standing.of(of(3, Deadline.none(), ResolutionKind.PROHIBITION), List.of(), TODAY);
        assertEquals(Standing.State.IN_FORCE, s.state());
        assertTrue(s.isInForce());
    }

    @Test
    void amendedByEachLaterAmendmentStillInForce() {
        Standing s = Standing.of(of(18, Deadline.none(), ResolutionKind.TARIFF),
                List.of(act(Effect.AMENDS, 16, 2, null), act(Effect.AMENDS, 15, 1, null)), TODAY);
        assertEquals(Standing.State.AMENDED, s.state());
        assertEquals(List.of("15/1", "16/2"), s.by().stream().map(Standing.Act::reference).toList());
        assertTrue(s.isInForce());
    }

    @Test
    void theFirstRepealOrSupersessionEndsItWhateverElseActed() {
        Resolution r = of(6, Deadline.none(), ResolutionKind.PROHIBITION);
        Standing repealed = Standing.of(r, List.of(act(Effect.AMENDS, 15, 1, null), act(Effect.REPEALS, 15, 3, null),
                act(Effect.SUPERSEDES, 17, 1, null)), TODAY);
        assertEquals(Standing.State.REPEALED, repealed.state());
        assertEquals("15/3", repealed.by().get(0).reference());
        assertEquals(3, repealed.acts().size(), "the history keeps every act");
        assertFalse(repealed.isInForce());
        Standing superseded = Standing.of(r, List.of(act(Effect.SUPERSEDES, 15, 2, null)), TODAY);
        assertEquals(Standing.State.SUPERSEDED, superseded.state());
    }

    @Test
    void aProvisionalTariffOrDecisionExpiresAtItsDeadlineAnObligationDoesNot() {
        Resolution tariff = of(18, Deadline.within("P1M"), ResolutionKind.TARIFF);
        assertEquals(Standing.State.EXPIRED, Standing.of(tariff, List.of(), TODAY).state());
        assertEquals(Standing.State.IN_FORCE, Standing.of(tariff, List.of(), HELD.plusDays(5)).state());
        Resolution obligation = of(5, Deadline.within("P1M"), ResolutionKind.OBLIGATION, ResolutionKind.REPORT);
        assertEquals(Standing.State.IN_FORCE, Standing.of(obligation, List.of(), TODAY).state());
        Resolution mixed = of(7, Deadline.within("P1M"), ResolutionKind.DECISION, ResolutionKind.OBLIGATION);
        assertEquals(Standing.State.IN_FORCE, Standing.of(mixed, List.of(), TODAY).state());
    }

    @Test
    void anExtensionMovesTheDeadlineTheLatestOneCounts() {
        Resolution decision = of(9, Deadline.within("P2W"), ResolutionKind.DECISION);
        LocalDate later = LocalDate.of(2025, 9, 1);
        Standing s = Standing.of(decision, List.of(act(Effect.EXTENDS_DEADLINE_OF, 16, 1, later),
                act(Effect.EXTENDS_DEADLINE_OF, 15, 4, LocalDate.of(2025, 1, 1))), TODAY);
        assertEquals(Optional.of(later), s.dueDate());
        assertEquals(Standing.State.IN_FORCE, s.state());
        assertEquals(Standing.State.EXPIRED, Standing.of(decision, List.of(), TODAY).state());
    }
}
