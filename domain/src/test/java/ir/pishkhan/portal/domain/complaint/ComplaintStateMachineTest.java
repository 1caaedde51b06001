package ir.pishkhan.portal.domain.complaint;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.expectedRecorded;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.recorded;
import ir.pishkhan.portal.domain.complaint.ComplaintFixtures.Recorded;

import ir.pishkhan.portal.domain.workflow.IllegalTransition;

import ir.pishkhan.portal.domain.workflow.Visibility;

import ir.pishkhan.portal.domain.workflow.Actor;

import ir.pishkhan.portal.domain.complaint.ComplaintFixtures.Path;
import ir.pishkhan.portal.domain.complaint.ComplaintFixtures.Snapshot;
import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.LATER;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.OPERATOR;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.TODAY;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.actorOf;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.all;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.expectedText;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.last;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.ANSWERED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.FORWARDED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.INFO_REQUESTED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.REFERRED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.REJECTED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.RESOLVED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.SUBMITTED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.TRIAGED;
import static ir.pishkhan.portal.domain.complaint.ComplaintStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow, exhaustively: every action from every state (reached through the public methods, see
 * {@link Path}) is either performed as specified or refused with {@link IllegalTransition}, changing nothing.
 */
class ComplaintStateMachineTest {

    private final ComplaintFixtures f = new ComplaintFixtures();

    /** The state machine as the minutes' workflow specifies it, written out so that a change to it is noticed. */
    private static final Map<ComplaintAction, Set<ComplaintStatus>> SPEC = new EnumMap<>(ComplaintAction.class);

    static {
        SPEC.put(ComplaintAction.FILE, EnumSet.noneOf(ComplaintStatus.class));
        SPEC.put(ComplaintAction.TRIAGE, EnumSet.of(SUBMITTED, TRIAGED));
        SPEC.put(ComplaintAction.REQUEST_INFO, EnumSet.of(SUBMITTED, TRIAGED, ANSWERED));
        SPEC.put(ComplaintAction.PROVIDE_INFO, EnumSet.of(INFO_REQUESTED));
        SPEC.put(ComplaintAction.FORWARD, EnumSet.of(TRIAGED, ANSWERED));
        SPEC.put(ComplaintAction.ANSWER, EnumSet.of(FORWARDED));
        SPEC.put(ComplaintAction.REFER, EnumSet.of(TRIAGED, FORWARDED, ANSWERED));
        SPEC.put(ComplaintAction.RESOLVE, EnumSet.of(TRIAGED, FORWARDED, ANSWERED, REFERRED));
        SPEC.put(ComplaintAction.REJECT, EnumSet.of(SUBMITTED, TRIAGED, INFO_REQUESTED, ANSWERED));
        SPEC.put(ComplaintAction.MARK_DUPLICATE, EnumSet.of(SUBMITTED, TRIAGED, INFO_REQUESTED, ANSWERED));
        SPEC.put(ComplaintAction.WITHDRAW, EnumSet.of(SUBMITTED, INFO_REQUESTED, TRIAGED, FORWARDED, ANSWERED, REFERRED));
        SPEC.put(ComplaintAction.REOPEN, EnumSet.of(RESOLVED, REJECTED));
        SPEC.put(ComplaintAction.REPLY, EnumSet.of(SUBMITTED, INFO_REQUESTED, TRIAGED, FORWARDED, ANSWERED, REFERRED));
        SPEC.put(ComplaintAction.INTERNAL_NOTE, EnumSet.allOf(ComplaintStatus.class));
        SPEC.put(ComplaintAction.GUILD_NOTE, EnumSet.allOf(ComplaintStatus.class));
        SPEC.put(ComplaintAction.ESCALATE, EnumSet.of(FORWARDED));
    }

    static Stream<Arguments> everyActionFromEveryPath() {
        return Arrays.stream(ComplaintAction.values())
                .flatMap(a -> Arrays.stream(Path.values()).map(p -> Arguments.of(a, p)));
    }

    static Stream<Arguments> everyActionInEveryStatus() {
        return Arrays.stream(ComplaintAction.values())
                .flatMap(a -> Arrays.stream(ComplaintStatus.values()).map(s -> Arguments.of(a, s)));
    }

    /** Where an allowed action leads: PROVIDE_INFO and REOPEN go back to before or after triage; notes stay. */
    private static ComplaintStatus expectedTarget(ComplaintAction action, Path from) {
        return switch (action) {
            case FILE -> SUBMITTED;
            case TRIAGE -> TRIAGED;
            case REQUEST_INFO -> INFO_REQUESTED;
            case PROVIDE_INFO, REOPEN -> from.triaged ? TRIAGED : SUBMITTED;
            case FORWARD -> FORWARDED;
            case ANSWER -> ANSWERED;
            case REFER -> REFERRED;
            case RESOLVE -> RESOLVED;
            case REJECT, MARK_DUPLICATE -> REJECTED;
            case WITHDRAW -> ComplaintStatus.WITHDRAWN;
            case REPLY, INTERNAL_NOTE, GUILD_NOTE, ESCALATE -> from.status;
        };
    }

    private static Visibility expectedVisibility(ComplaintAction action) {
        return switch (action) {
            case INTERNAL_NOTE -> Visibility.SECRETARIAT;
            case GUILD_NOTE -> Visibility.STAFF;
            default -> Visibility.PUBLIC;
        };
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyActionInEveryStatus")
    void theTableIsTheSpecifiedOne(ComplaintAction action, ComplaintStatus status) {
        assertEquals(SPEC.get(action).contains(status), action.allowedFrom(status));
    }

    @Test
    void everyStatusIsReachedThroughThePublicMethods() {
        Set<ComplaintStatus> reached = EnumSet.noneOf(ComplaintStatus.class);
        for (Path p : Path.values()) {
            Complaint c = new ComplaintFixtures().in(p);
            assertEquals(p.status, c.getStatus(), p.route);
            assertEquals(p.triaged, !c.getResolutions().isEmpty(), p.route);
            reached.add(c.getStatus());
            // every step left its entry, and the entries chain: each starts where the one before ended
            List<ComplaintEvent> events = all(c);
            assertEquals(p.route.split(" → ").length, events.size(), p.route);
            for (int i = 1; i < events.size(); i++) {
                assertEquals(events.get(i - 1).getToStatus(), events.get(i).getFromStatus(), p.route);
            }
        }
        assertEquals(EnumSet.allOf(ComplaintStatus.class), reached);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryPath")
    void everyActionFromEveryState(ComplaintAction action, Path path) {
        Complaint c = f.in(path);
        Snapshot before = Snapshot.of(c);
        Actor actor = actorOf(action.role());

        if (action == ComplaintAction.FILE) {
            // filing creates a complaint: there is no state from which it is taken on one
            assertFalse(action.allowedFrom(path.status));
            return;
        }
        if (!action.allowedFrom(path.status)) {
            IllegalTransition e = assertThrows(IllegalTransition.class, () -> f.perform(action, actor, c, LATER));
            assertEquals("complaint.transition.illegal", e.getMessageKey());
            assertSame(action, e.getAction());
            assertSame(path.status, e.getStatus());
            assertEquals(List.of(action, path.status), List.of(e.getArguments()));
            assertEquals(before, Snapshot.of(c), "a refused action changes nothing");
            return;
        }

        f.perform(action, actor, c, LATER);

        ComplaintStatus to = expectedTarget(action, path);
        List<ComplaintEvent> events = all(c);
        ComplaintEvent e = last(c);
        assertAll(
                () -> assertEquals(to, c.getStatus()),
                () -> assertEquals(before.events().size() + 1, events.size(), "one new entry"),
                () -> assertEquals(before.events(), events.subList(0, before.events().size()), "earlier entries kept"),
                () -> assertSame(c, e.getComplaint()),
                () -> assertSame(action, e.getAction()),
                () -> assertEquals(actor.username(), e.getActor()),
                () -> assertSame(action.role(), e.getActorRole()),
                () -> assertSame(path.status, e.getFromStatus()),
                () -> assertSame(to, e.getToStatus()),
                () -> assertEquals(expectedRecorded(action), recorded(e)),
                () -> assertSame(expectedVisibility(action), e.getVisibility()),
                () -> assertEquals(LATER, e.getAt()),
                () -> assertEquals(LATER, c.getUpdatedAt()),
                () -> assertEquals(path.status != to, e.isStateChange()));

        switch (action) {
            case TRIAGE -> {
                assertEquals(List.of(f.r11, f.r12), List.copyOf(c.getResolutions()));
                assertEquals(Priority.HIGH, c.getPriority());
                assertEquals(TODAY.plusDays(7), c.getDeadline());
            }
            case FORWARD -> assertEquals(before.forwardedAt() == null ? LATER : before.forwardedAt(), c.getForwardedAt());
            case REFER -> {
                assertEquals(ComplaintFixtures.OFFICIAL, c.getReferredOfficial());
                assertSame(f.r12, c.getReferredResolution());
            }
            case RESOLVE -> assertEquals(ComplaintFixtures.OUTCOME, c.getOutcome());
            case REJECT -> assertEquals(ComplaintFixtures.REASON, c.getOutcome());
            case MARK_DUPLICATE -> {
                assertEquals(ComplaintFixtures.DUPLICATE_NOTE, c.getOutcome());
                assertSame(f.original(), c.getDuplicateOf());
            }
            case REOPEN -> {
                assertNull(c.getOutcome(), "a reopened complaint has no outcome");
                assertNull(c.getDuplicateOf(), "nor is it a duplicate any more");
                assertEquals(before.resolutions(), List.copyOf(c.getResolutions()));
                assertEquals(before.deadline(), c.getDeadline());
            }
            case PROVIDE_INFO, ANSWER -> {
                List<Attachment> added = c.attachments(EnumSet.allOf(Visibility.class));
                assertEquals(before.attachments().size() + 1, added.size());
                Attachment a = added.get(added.size() - 1);
                assertSame(e, a.getEvent());
                assertSame(Visibility.PUBLIC, a.getVisibility());
                assertEquals(actor.username(), a.getUploadedBy());
                assertEquals(LATER, a.getUploadedAt());
            }
            default -> {
            }
        }
        if (action != ComplaintAction.TRIAGE) {
            assertEquals(before.resolutions(), List.copyOf(c.getResolutions()), "only triage links resolutions");
            assertEquals(before.deadline(), c.getDeadline(), "only triage sets the deadline");
            assertEquals(before.priority(), c.getPriority(), "only triage sets the priority");
        }
        if (action != ComplaintAction.PROVIDE_INFO && action != ComplaintAction.ANSWER) {
            assertEquals(before.attachments(), c.attachments(EnumSet.allOf(Visibility.class)));
        }
        if (!EnumSet.of(ComplaintAction.RESOLVE, ComplaintAction.REJECT, ComplaintAction.MARK_DUPLICATE,
                ComplaintAction.REOPEN).contains(action)) {
            assertEquals(before.outcome(), c.getOutcome(), "only closing and reopening touch the outcome");
        }
        if (action != ComplaintAction.MARK_DUPLICATE && action != ComplaintAction.REOPEN) {
            assertEquals(before.duplicateOf(), c.getDuplicateOf(), "only marking a duplicate and reopening touch the link");
        }
    }

    @Test
    void filingStartsTheMachine() {
        Complaint c = f.filed();
        assertEquals(SUBMITTED, c.getStatus());
        ComplaintEvent e = last(c);
        assertEquals(1, all(c).size());
        assertSame(ComplaintAction.FILE, e.getAction());
        assertNull(e.getFromStatus());
        assertSame(SUBMITTED, e.getToStatus());
        assertEquals(OPERATOR.username(), e.getActor());
        assertSame(Role.OFFICE_OPERATOR, e.getActorRole());
        assertSame(Visibility.PUBLIC, e.getVisibility());
        assertNull(e.getText());
        assertTrue(e.isStateChange());
    }

    @ParameterizedTest
    @EnumSource(ComplaintStatus.class)
    void closedStatesAllowOnlyNotesAndReopening(ComplaintStatus status) {
        Set<ComplaintAction> allowed = Arrays.stream(ComplaintAction.values()).filter(a -> a.allowedFrom(status))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintAction.class)));
        if (status == WITHDRAWN) {
            assertEquals(EnumSet.of(ComplaintAction.INTERNAL_NOTE, ComplaintAction.GUILD_NOTE), allowed);
        } else if (!status.isOpen()) {
            assertEquals(EnumSet.of(ComplaintAction.REOPEN, ComplaintAction.INTERNAL_NOTE, ComplaintAction.GUILD_NOTE), allowed);
        } else {
            assertTrue(allowed.contains(ComplaintAction.WITHDRAW), "the office may withdraw an open complaint");
            assertTrue(allowed.contains(ComplaintAction.REPLY));
            assertFalse(allowed.contains(ComplaintAction.REOPEN));
        }
    }

    @Test
    void openAndClosedStates() {
        assertEquals(EnumSet.of(SUBMITTED, INFO_REQUESTED, TRIAGED, FORWARDED, ANSWERED, REFERRED),
                Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintStatus.class))));
    }
}
