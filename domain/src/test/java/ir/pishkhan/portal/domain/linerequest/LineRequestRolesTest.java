package ir.pishkhan.portal.domain.linerequest;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.workflow.IllegalTransition;

import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Path;
import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Snapshot;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.ADDRESS;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.LATER;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.NOW;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.TODAY;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.actorOf;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.perform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each action belongs to one role: anyone else is refused with AccessDenied, in every state, and nothing changes. */
class LineRequestRolesTest {

    private final LineRequestFixtures f = new LineRequestFixtures();

    static Stream<Arguments> everyActionByEveryOtherRole() {
        return Arrays.stream(LineRequestAction.values()).filter(a -> a != LineRequestAction.FILE)
                .flatMap(a -> Arrays.stream(Role.values()).filter(r -> r != a.role()).map(r -> Arguments.of(a, r)));
    }

    @Test
    void theRoleOfEachAction() {
        for (LineRequestAction a : List.of(LineRequestAction.FILE, LineRequestAction.SEND, LineRequestAction.CANCEL,
                LineRequestAction.CONFIRM, LineRequestAction.DISPUTE)) {
            assertEquals(Role.OFFICE_OPERATOR, a.role(), a.name());
        }
        for (LineRequestAction a : List.of(LineRequestAction.SCHEDULE, LineRequestAction.INSTALL, LineRequestAction.REFUSE)) {
            assertEquals(Role.AGENCY_LIAISON, a.role(), a.name());
        }
        assertEquals(Role.SECRETARIAT, LineRequestAction.FORWARD.role());
        assertEquals(Role.SECRETARIAT, LineRequestAction.SECRETARIAT_NOTE.role());
        assertEquals(Role.GUILD, LineRequestAction.GUILD_NOTE.role());
        for (LineRequestAction a : LineRequestAction.values()) {
            assertNotEquals(Role.ADMIN, a.role(), "an administrator takes no action on line requests");
        }
    }

    /** In every state — where the action is allowed and where it is not — the wrong role hears only "denied". */
    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyActionByEveryOtherRole")
    void theWrongRoleIsDenied(LineRequestAction action, Role role) {
        for (Path path : Path.values()) {
            LineRequest r = new LineRequestFixtures().in(path);
            Snapshot before = Snapshot.of(r);
            BusinessException.AccessDenied e = assertThrows(BusinessException.AccessDenied.class,
                    () -> perform(action, actorOf(role), r, LATER), path.route);
            assertEquals("error.accessDenied", e.getMessageKey());
            assertEquals(before, Snapshot.of(r), path.route);
        }
    }

    @ParameterizedTest
    @EnumSource(value = LineRequestAction.class, names = "FILE", mode = EnumSource.Mode.EXCLUDE)
    void noActorIsDenied(LineRequestAction action) {
        for (Path path : Path.values()) {
            LineRequest r = new LineRequestFixtures().in(path);
            Snapshot before = Snapshot.of(r);
            assertThrows(BusinessException.AccessDenied.class, () -> perform(action, null, r, LATER), path.route);
            assertEquals(before, Snapshot.of(r), path.route);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OFFICE_OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnOfficeOperatorFiles(Role role) {
        assertThrows(BusinessException.AccessDenied.class, () -> LineRequest.file(f.office, f.telecom,
                LineKind.FIXED_LINE, 1, ADDRESS, null, f.deadlines, EVERY_DAY, actorOf(role), NOW, "form-1"));
    }

    @Test
    void filingWithoutAnActorIsDenied() {
        assertThrows(BusinessException.AccessDenied.class, () -> LineRequest.file(f.office, f.telecom,
                LineKind.FIXED_LINE, 1, ADDRESS, null, f.deadlines, EVERY_DAY, null, NOW, "form-1"));
    }

    @Test
    void theRoleIsCheckedBeforeTheStateAndTheInput() {
        // a wrong role learns nothing about what else is wrong with the request
        LineRequest requested = f.in(Path.REQUESTED);
        assertThrows(BusinessException.AccessDenied.class,
                () -> requested.schedule(LineRequestFixtures.OPERATOR, TODAY.minusDays(1), null, LATER));
        LineRequest confirmed = f.in(Path.CONFIRMED);
        assertThrows(BusinessException.AccessDenied.class,
                () -> confirmed.refuse(LineRequestFixtures.GUILD, null, null, LATER));
        assertThrows(BusinessException.AccessDenied.class,
                () -> LineRequest.file(null, null, null, 0, null, null, null, EVERY_DAY, LineRequestFixtures.LIAISON, NOW, null));
    }

    @Test
    void theStateIsCheckedBeforeTheInput() {
        // the right role, in a state that does not allow the action, hears about the state, not its bad input
        LineRequest requested = f.in(Path.REQUESTED);
        assertThrows(IllegalTransition.class,
                () -> requested.schedule(LineRequestFixtures.LIAISON, TODAY.minusDays(1), null, LATER));
        assertThrows(IllegalTransition.class,
                () -> requested.dispute(LineRequestFixtures.OPERATOR, null, "", LATER));
        assertThrows(IllegalTransition.class,
                () -> requested.refuse(LineRequestFixtures.LIAISON, null, null, LATER));
    }
}
