package ir.pishkhan.portal.domain.linerequest;

import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.expectedRecorded;

import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.recorded;

import ir.pishkhan.portal.domain.workflow.IllegalTransition;

import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Path;
import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Snapshot;
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

import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.INSTALL_ON;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.LATER;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.LIAISON;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.OPERATOR;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.REFUSAL;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.actorOf;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.all;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.last;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.perform;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.CANCELLED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.CONFIRMED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.DISPUTED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.ESCALATED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.INSTALLED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.REFUSED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.REQUESTED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.SCHEDULED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.SENT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow, exhaustively: every action from every state (reached through the public methods, see {@link Path})
 * is either performed as specified or refused with {@link IllegalTransition}, changing nothing.
 */
class LineRequestStateMachineTest {

    private final LineRequestFixtures f = new LineRequestFixtures();

    /** The state machine as specified, written out so that a change to it is noticed. */
    private static final Map<LineRequestAction, Set<LineRequestStatus>> SPEC = new EnumMap<>(LineRequestAction.class);

    static {
        SPEC.put(LineRequestAction.FILE, EnumSet.noneOf(LineRequestStatus.class));
        SPEC.put(LineRequestAction.SEND, EnumSet.of(REQUESTED));
        SPEC.put(LineRequestAction.FORWARD, EnumSet.of(REQUESTED));
        SPEC.put(LineRequestAction.CANCEL, EnumSet.of(REQUESTED));
        SPEC.put(LineRequestAction.SCHEDULE, EnumSet.of(SENT, SCHEDULED, DISPUTED, ESCALATED));
        SPEC.put(LineRequestAction.INSTALL, EnumSet.of(SENT, SCHEDULED, DISPUTED, ESCALATED));
        SPEC.put(LineRequestAction.REFUSE, EnumSet.of(SENT, SCHEDULED, DISPUTED));
        SPEC.put(LineRequestAction.CONFIRM, EnumSet.of(INSTALLED));
        SPEC.put(LineRequestAction.DISPUTE, EnumSet.of(INSTALLED));
        SPEC.put(LineRequestAction.GUILD_NOTE, EnumSet.allOf(LineRequestStatus.class));
        SPEC.put(LineRequestAction.SECRETARIAT_NOTE, EnumSet.allOf(LineRequestStatus.class));
        SPEC.put(LineRequestAction.ESCALATE, EnumSet.of(SENT, SCHEDULED, DISPUTED, ESCALATED));
    }

    static Stream<Arguments> everyActionFromEveryPath() {
        return Arrays.stream(LineRequestAction.values())
                .flatMap(a -> Arrays.stream(Path.values()).map(p -> Arguments.of(a, p)));
    }

    static Stream<Arguments> everyActionInEveryStatus() {
        return Arrays.stream(LineRequestAction.values())
                .flatMap(a -> Arrays.stream(LineRequestStatus.values()).map(s -> Arguments.of(a, s)));
    }

    /** Where an allowed action (with the standard inputs) leads; notes stay. */
    private static LineRequestStatus expectedTarget(LineRequestAction action, Path from) {
        return switch (action) {
            case FILE -> REQUESTED;
            case SEND, FORWARD -> SENT;
            case CANCEL -> CANCELLED;
            case SCHEDULE -> SCHEDULED;
            case INSTALL -> INSTALLED;
            case REFUSE -> REFUSED; // the standard input is NO_CAPACITY; NOT_NEEDED is tested below
            case CONFIRM -> CONFIRMED;
            case DISPUTE -> DISPUTED;
            case GUILD_NOTE, SECRETARIAT_NOTE, ESCALATE -> from.status;
        };
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyActionInEveryStatus")
    void theTableIsTheSpecifiedOne(LineRequestAction action, LineRequestStatus status) {
        assertEquals(SPEC.get(action).contains(status), action.allowedFrom(status));
    }

    @Test
    void everyStatusIsReachedThroughThePublicMethods() {
        Set<LineRequestStatus> reached = EnumSet.noneOf(LineRequestStatus.class);
        for (Path p : Path.values()) {
            LineRequest r = new LineRequestFixtures().in(p);
            assertEquals(p.status, r.getStatus(), p.route);
            reached.add(r.getStatus());
            // every step left its entry, and the entries chain: each starts where the one before ended
            List<LineRequestEvent> events = all(r);
            assertEquals(p.route.split(" → ").length, events.size(), p.route);
            for (int i = 1; i < events.size(); i++) {
                assertEquals(events.get(i - 1).getToStatus(), events.get(i).getFromStatus(), p.route);
            }
        }
        assertEquals(EnumSet.allOf(LineRequestStatus.class), reached);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryPath")
    void everyActionFromEveryState(LineRequestAction action, Path path) {
        LineRequest r = f.in(path);
        Snapshot before = Snapshot.of(r);
        Actor actor = actorOf(action.role());

        if (action == LineRequestAction.FILE) {
            // filing creates a request: there is no state from which it is taken on one
            assertFalse(action.allowedFrom(path.status));
            assertThrows(IllegalArgumentException.class, () -> perform(action, actor, r, LATER));
            return;
        }
        if (!action.allowedFrom(path.status)) {
            IllegalTransition e = assertThrows(IllegalTransition.class,
                    () -> perform(action, actor, r, LATER));
            assertEquals("lineRequest.transition.illegal", e.getMessageKey());
            assertSame(action, e.getAction());
            assertSame(path.status, e.getStatus());
            assertEquals(List.of(action, path.status), List.of(e.getArguments()));
            assertEquals(before, Snapshot.of(r), "a refused action changes nothing");
            return;
        }

        perform(action, actor, r, LATER);

        LineRequestStatus to = expectedTarget(action, path);
        List<LineRequestEvent> events = all(r);
        LineRequestEvent e = last(r);
        assertAll(
                () -> assertEquals(to, r.getStatus()),
                () -> assertEquals(before.events().size() + 1, events.size(), "one new entry"),
                () -> assertEquals(before.events(), events.subList(0, before.events().size()), "earlier entries kept"),
                () -> assertSame(r, e.getRequest()),
                () -> assertSame(action, e.getAction()),
                () -> assertEquals(actor.username(), e.getActor()),
                () -> assertSame(action.role(), e.getActorRole()),
                () -> assertSame(path.status, e.getFromStatus()),
                () -> assertSame(to, e.getToStatus()),
                () -> assertEquals(expectedRecorded(action), recorded(e)),
                () -> assertSame(action.isNote() ? Visibility.STAFF : Visibility.PUBLIC, e.getVisibility()),
                () -> assertEquals(LATER, e.getAt()),
                () -> assertEquals(LATER, r.getUpdatedAt()),
                () -> assertEquals(path.status != to, e.isStateChange()));

        // what each action records, and that no other action touches it
        assertEquals(action == LineRequestAction.SEND || action == LineRequestAction.FORWARD ? LATER : before.sentAt(),
                r.getSentAt());
        assertEquals(action == LineRequestAction.SCHEDULE ? INSTALL_ON : before.scheduledFor(), r.getScheduledFor());
        assertEquals(action == LineRequestAction.INSTALL ? LATER : before.installedAt(), r.getInstalledAt());
        assertEquals(action == LineRequestAction.CONFIRM ? LATER : before.confirmedAt(), r.getConfirmedAt());
        assertEquals(action == LineRequestAction.DISPUTE ? DisputeReason.NOT_WORKING : before.disputeReason(),
                r.getDisputeReason());
        if (action == LineRequestAction.REFUSE) {
            assertEquals(RefusalReason.NO_CAPACITY, r.getRefusalReason());
            assertEquals(REFUSAL, r.getRefusalText());
            assertEquals(LIAISON.username(), r.getRefusedBy());
            assertEquals(LATER, r.getRefusedAt());
        } else {
            assertEquals(before.refusalReason(), r.getRefusalReason());
            assertEquals(before.refusalText(), r.getRefusalText());
            assertEquals(before.refusedBy(), r.getRefusedBy());
            assertEquals(before.refusedAt(), r.getRefusedAt());
        }
        if (action != LineRequestAction.SEND && action != LineRequestAction.FORWARD) {
            assertEquals(before.deadline(), r.getDeadline(), "only sending sets the deadline");
        }
        assertEquals(before.complaint(), r.getComplaint(), "no action opens a complaint by itself");
        assertEquals(before.complaintPending(), r.isComplaintPending(), "only a refusal as not needed awaits a complaint");
    }

    /** A refusal as "not needed" (res. 13) escalates from every state a refusal is allowed in; nothing else differs. */
    @ParameterizedTest
    @EnumSource(Path.class)
    void aRefusalAsNotNeededIsEscalated(Path path) {
        LineRequest r = f.in(path);
        Snapshot before = Snapshot.of(r);
        if (!LineRequestAction.REFUSE.allowedFrom(path.status)) {
            assertThrows(IllegalTransition.class,
                    () -> r.refuse(LIAISON, RefusalReason.NOT_NEEDED, LineRequestFixtures.NOT_NEEDED, LATER));
            assertEquals(before, Snapshot.of(r));
            return;
        }
        Refusal refusal = r.refuse(LIAISON, RefusalReason.NOT_NEEDED, LineRequestFixtures.NOT_NEEDED, LATER);
        assertEquals(new Refusal(RefusalReason.NOT_NEEDED, ESCALATED, true), refusal);
        assertEquals(ESCALATED, r.getStatus());
        assertTrue(r.getStatus().isOpen(), "an escalated request is not closed");
        assertTrue(r.isComplaintPending());
        LineRequestEvent e = last(r);
        assertSame(LineRequestAction.REFUSE, e.getAction());
        assertSame(path.status, e.getFromStatus());
        assertSame(ESCALATED, e.getToStatus());
        assertEquals(recorded(new RefusalRecord(RefusalReason.NOT_NEEDED), LineRequestFixtures.NOT_NEEDED), recorded(e));
        assertSame(Visibility.PUBLIC, e.getVisibility());
    }

    @ParameterizedTest
    @EnumSource(value = RefusalReason.class, names = "NOT_NEEDED", mode = EnumSource.Mode.EXCLUDE)
    void anyOtherRefusalCloses(RefusalReason reason) {
        LineRequest r = f.in(Path.SENT_BY_OFFICE);
        Refusal refusal = r.refuse(LIAISON, reason, REFUSAL, LATER);
        assertEquals(new Refusal(reason, REFUSED, false), refusal);
        assertEquals(REFUSED, r.getStatus());
        assertFalse(r.getStatus().isOpen());
        assertFalse(r.isComplaintPending());
        assertEquals(recorded(new RefusalRecord(reason), REFUSAL), recorded(last(r)));
    }

    @Test
    void filingStartsTheMachine() {
        LineRequest r = f.filed();
        assertEquals(REQUESTED, r.getStatus());
        LineRequestEvent e = last(r);
        assertEquals(1, all(r).size());
        assertSame(LineRequestAction.FILE, e.getAction());
        assertNull(e.getFromStatus());
        assertSame(REQUESTED, e.getToStatus());
        assertEquals(OPERATOR.username(), e.getActor());
        assertSame(Role.OFFICE_OPERATOR, e.getActorRole());
        assertSame(Visibility.PUBLIC, e.getVisibility());
        assertNull(e.getText());
        assertTrue(e.isStateChange());
        assertFalse(r.isSent());
    }

    @ParameterizedTest
    @EnumSource(LineRequestStatus.class)
    void closedStatesAllowOnlyNotes(LineRequestStatus status) {
        Set<LineRequestAction> allowed = Arrays.stream(LineRequestAction.values()).filter(a -> a.allowedFrom(status))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LineRequestAction.class)));
        if (!status.isOpen()) {
            assertEquals(EnumSet.of(LineRequestAction.GUILD_NOTE, LineRequestAction.SECRETARIAT_NOTE), allowed);
        } else {
            assertTrue(allowed.stream().anyMatch(a -> !a.isNote()), "an open request can move on: " + status);
            assertTrue(allowed.containsAll(EnumSet.of(LineRequestAction.GUILD_NOTE, LineRequestAction.SECRETARIAT_NOTE)));
        }
    }

    @Test
    void openClosedAndWithTheProvider() {
        assertEquals(EnumSet.of(REQUESTED, SENT, SCHEDULED, INSTALLED, DISPUTED, ESCALATED),
                Arrays.stream(LineRequestStatus.values()).filter(LineRequestStatus::isOpen)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(LineRequestStatus.class))));
        assertEquals(EnumSet.of(SENT, SCHEDULED, DISPUTED, ESCALATED),
                Arrays.stream(LineRequestStatus.values()).filter(LineRequestStatus::isWithProvider)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(LineRequestStatus.class))));
    }

    @Test
    void theProviderCannotRewordAContestedRefusal() {
        LineRequest r = f.in(Path.ESCALATED);
        Snapshot before = Snapshot.of(r);
        for (RefusalReason reason : RefusalReason.values()) {
            assertThrows(IllegalTransition.class, () -> r.refuse(LIAISON, reason, REFUSAL, LATER));
        }
        assertEquals(before, Snapshot.of(r));
    }

    @Test
    void anEscalatedRequestCanStillBeDeliveredAndConfirmed() {
        LineRequest r = f.in(Path.ESCALATED);
        r.schedule(LIAISON, INSTALL_ON, null, f.tick());
        r.install(LIAISON, null, f.tick());
        r.confirm(OPERATOR, null, f.tick());
        assertEquals(CONFIRMED, r.getStatus());
        assertEquals(List.of(REQUESTED, SENT, ESCALATED, SCHEDULED, INSTALLED, CONFIRMED),
                all(r).stream().map(LineRequestEvent::getToStatus).toList());
    }
}
