package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel, proved on a workflow written only here ({@link Errand}): its table, its timeline, its refusals. */
class WorkflowKernelTest {

    private static final Actor OFFICE = new Actor("office.hera", Role.OFFICE_OPERATOR);
    private static final Actor SECRETARY = new Actor("dabir", Role.SECRETARIAT);
    private static final Actor GUILD = new Actor("anjoman", Role.GUILD);
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private static Errand asked() {
        return Errand.ask(7, OFFICE, "نامه به اداره پست ببرید", T0);
    }

    @Test
    void theTableIsData() {
        // every action × state × role, spelled out
        for (Role role : Role.values()) {
            for (Errand.State state : Errand.State.values()) {
                Set<Errand.Action> expected = EnumSet.noneOf(Errand.Action.class);
                if (role == Role.SECRETARIAT && state == Errand.State.OPEN) {
                    expected.add(Errand.Action.FINISH);
                }
                if (role == Role.GUILD) {
                    expected.add(Errand.Action.NOTE);
                }
                assertEquals(expected, WorkflowAction.available(Errand.Action.class, role, state), role + " in " + state);
            }
        }
    }

    @Test
    void eachStepIsOnTheTimelineWithWhoWhenAndWhat() {
        Errand e = asked();
        e.note(GUILD, "پیگیری شد", T0.plusSeconds(60));
        e.finish(SECRETARY, "نامه تحویل اداره پست شد", T0.plusSeconds(120));
        List<Errand.Entry> all = e.timeline(EnumSet.allOf(Visibility.class));
        assertEquals(List.of(Errand.Action.ASK, Errand.Action.NOTE, Errand.Action.FINISH),
                all.stream().map(Errand.Entry::getAction).toList());
        Errand.Entry finished = all.get(2);
        assertAll(
                () -> assertEquals(Errand.State.DONE, e.getStatus()),
                () -> assertSame(Errand.State.OPEN, finished.getFromStatus()),
                () -> assertSame(Errand.State.DONE, finished.getToStatus()),
                () -> assertTrue(finished.isStateChange()),
                () -> assertTrue(!all.get(1).isStateChange(), "a note changes no state"),
                () -> assertNull(all.get(0).getFromStatus(), "the first step starts the record"),
                () -> assertEquals("dabir", finished.getActor()),
                () -> assertSame(Role.SECRETARIAT, finished.getActorRole()),
                () -> assertEquals(T0.plusSeconds(120), finished.getAt()),
                () -> assertEquals(T0.plusSeconds(120), e.getUpdatedAt()),
                () -> assertEquals("نامه تحویل اداره پست شد", finished.getText()),
                () -> assertEquals(new Errand.Finished(LocalDate.of(2026, 11, 28)), Errand.Finished.of(finished).orElseThrow()),
                () -> assertEquals(7L, finished.getRecordId()));
        // who reads what: the guild's note is for staff
        assertEquals(List.of(Errand.Action.ASK, Errand.Action.FINISH),
                e.timeline(EnumSet.of(Visibility.PUBLIC)).stream().map(Errand.Entry::getAction).toList());
    }

    @Test
    void anIllegalStepIsRefusedAndChangesNothing() {
        Errand e = asked();
        e.finish(SECRETARY, "نامه تحویل اداره پست شد", T0.plusSeconds(60));
        IllegalTransition refused = assertThrows(IllegalTransition.class,
                () -> e.finish(SECRETARY, "دوباره تمام شد، این بار واقعاً", T0.plusSeconds(120)));
        assertAll(
                () -> assertEquals("errand.transition.illegal", refused.getMessageKey()),
                () -> assertSame(Errand.Action.FINISH, refused.getAction()),
                () -> assertSame(Errand.State.DONE, refused.getStatus()),
                () -> assertEquals(2, e.timeline(EnumSet.allOf(Visibility.class)).size()),
                () -> assertEquals(T0.plusSeconds(60), e.getUpdatedAt()));
    }

    @Test
    void anotherRoleIsDeniedBeforeTheStateOrTheRuleIsLookedAt() {
        Errand e = asked();
        assertThrows(BusinessException.AccessDenied.class, () -> e.finish(GUILD, "x", T0));
        assertThrows(BusinessException.AccessDenied.class, () -> e.note(OFFICE, "x", T0));
        assertThrows(BusinessException.AccessDenied.class, () -> Errand.ask(8, SECRETARY, "نامه به اداره پست ببرید", T0));
        assertThrows(BusinessException.AccessDenied.class, () -> e.finish(null, "x", T0));
        assertEquals(1, e.timeline(EnumSet.allOf(Visibility.class)).size());
    }

    @Test
    void theWorkflowsOwnRuleRefusesBadInputAndChangesNothing() {
        Errand e = asked();
        BusinessException.InvalidInput tooShort = assertThrows(BusinessException.InvalidInput.class,
                () -> e.finish(SECRETARY, "  شد  ", T0.plusSeconds(60)));
        assertEquals("errand.done.invalid", tooShort.getMessageKey());
        assertEquals(List.of(10, 200), List.of(tooShort.getArguments()));
        assertSame(Errand.State.OPEN, e.getStatus());
        assertEquals(1, e.timeline(EnumSet.allOf(Visibility.class)).size());
    }

    @Test
    void aTextThatLooksLikeAStepsFactsIsOnlyText() {
        Errand e = asked();
        e.note(GUILD, "on=2026-01-01", T0.plusSeconds(60));
        Errand.Entry note = e.timeline(EnumSet.allOf(Visibility.class)).get(1);
        assertTrue(Errand.Finished.of(note).isEmpty(), "a note is never read as a finish");
        assertEquals(Map.of(), note.facts(Errand.Action.NOTE), "and it has no facts");
    }

    @Test
    void theEntriesWrittenAreHandedOverOnce() {
        Errand e = asked();
        assertEquals(List.of(Errand.Action.ASK), e.takeWritten().stream().map(Errand.Entry::getAction).toList());
        assertEquals(List.of(), e.takeWritten());
        e.finish(SECRETARY, "نامه تحویل اداره پست شد", T0.plusSeconds(60));
        assertEquals(List.of(Errand.Action.FINISH), e.takeWritten().stream().map(Errand.Entry::getAction).toList());
        assertThrows(IllegalTransition.class, () -> e.finish(SECRETARY, "نامه تحویل اداره پست شد", T0));
        assertEquals(List.of(), e.takeWritten(), "a refused step writes nothing");
    }

    @Test
    void aDeadlineSortsFirstAndNoneLast() {
        Errand e = asked();
        assertNull(e.getDeadline());
        e.due(LocalDate.of(2026, 12, 5));
        assertEquals(LocalDate.of(2026, 12, 5), e.getDeadline());
        assertTrue(!e.isOverdue(LocalDate.of(2026, 12, 5)), "due today is not late");
        assertTrue(e.isOverdue(LocalDate.of(2026, 12, 6)));
        e.finish(SECRETARY, "نامه تحویل اداره پست شد", T0.plusSeconds(60));
        assertTrue(!e.isOverdue(LocalDate.of(2026, 12, 6)), "done is never late");
    }

    @Test
    void trackingNumbersCarryTheirYear() {
        Errand e = asked();
        assertEquals("E1405-7", e.getTrackingNumber());
        TrackingNumber n = TrackingNumber.parse("E", " e۱۴۰۵-۷ ").orElseThrow();
        assertEquals(new TrackingNumber("E", 1405, 7), n);
        assertTrue(n.yearOf(T0));
        assertTrue(!TrackingNumber.parse("E", "E1404-7").orElseThrow().yearOf(T0), "another year is another number");
        assertEquals(LocalDate.of(2026, 3, 21), n.filedFrom());
        assertEquals(LocalDate.of(2027, 3, 21), n.filedBefore());
        assertTrue(TrackingNumber.parse("E", "1405-7").isEmpty(), "another workflow's number");
        assertTrue(TrackingNumber.parse("", "L1405-7").isEmpty());
        assertTrue(TrackingNumber.parse("E", "E1405-0").isEmpty());
        assertTrue(TrackingNumber.parse("E", null).isEmpty());
    }

    @Test
    void aRecordsFactsKeepAnyCharacter() {
        StepRecord tricky = () -> Map.of("official", "علی=رضایی & %26 همکاران%");
        assertEquals(tricky.fields(), StepRecord.decode(StepRecord.encode(tricky)));
        assertEquals(Map.of(), StepRecord.decode(null));
    }
}
