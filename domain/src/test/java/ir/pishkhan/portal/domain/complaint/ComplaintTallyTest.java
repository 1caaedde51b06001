package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.figures.Tally;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.FORWARD_NOTE;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.LIAISON;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a complaint's steps add to the compliance figures' tallies: each change once, -1 where it stood, +1 where it stands. */
class ComplaintTallyTest {

    private final ComplaintFixtures f = new ComplaintFixtures();

    @Test
    void aComplaintJustFiledCountsOnceAsSubmittedNotForwardedNotAnswered() {
        Complaint c = f.filed();
        Tally.Change filed = c.recount();
        assertNull(filed.before());
        assertEquals(List.of(new Tally.Count(c.tally().statusKey(), 1)), filed.statusCounts());
        assertEquals(List.of(new Tally.Count(c.tally().openKey(), 1)), filed.openCounts(), "open, due by its deadline");
        assertEquals(ComplaintStatus.SUBMITTED, c.tally().status());
        assertFalse(c.tally().forwarded());
        assertTrue(filed.answerCounts().isEmpty(), "not answered: nothing in the answer days");
        assertTrue(c.recount().isNone(), "counted: nothing more until it changes");
    }

    @Test
    void eachStepMovesItFromWhereItStoodToWhereItStands() {
        Complaint c = f.filed();
        c.recount();
        f.triage(c);
        c.forward(SECRETARY, FORWARD_NOTE, f.tick());
        Tally.Change forwarded = c.recount();
        assertEquals(ComplaintStatus.SUBMITTED, forwarded.before().status());
        assertEquals(List.of(-1, 1), forwarded.statusCounts().stream().map(Tally.Count::n).toList());
        assertTrue(forwarded.after().forwarded());
        assertTrue(forwarded.answerCounts().isEmpty());

        c.answer(LIAISON, ComplaintFixtures.ANSWER, List.of(), f.tick());
        Tally.Change answered = c.recount();
        assertEquals(List.of(new Tally.Count(answered.after().answerKey(), 1)), answered.answerCounts(),
                "answered: counted once in its answer days");
        assertEquals(0, answered.after().answerDays());

        c.resolve(SECRETARY, ComplaintFixtures.OUTCOME, f.tick());
        Tally.Change resolved = c.recount();
        assertEquals(2, resolved.statusCounts().size(), "from ANSWERED to RESOLVED");
        assertTrue(resolved.answerCounts().isEmpty(), "its answer days stay where they were");
        assertEquals(List.of(new Tally.Count(answered.after().openKey(), -1)), resolved.openCounts(),
                "resolved: no longer open, never overdue again");
    }

    @Test
    void aNoteChangesNothingTheFiguresCount() {
        Complaint c = f.in(ComplaintFixtures.Path.FORWARDED);
        c.recount();
        c.internalNote(SECRETARY, ComplaintFixtures.INTERNAL, f.tick());
        assertTrue(c.recount().isNone());
    }
}
