package ir.pishkhan.portal.domain.complaint;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.complaint.ComplaintFixtures.Path;
import ir.pishkhan.portal.domain.complaint.ComplaintFixtures.Snapshot;
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

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.DESCRIPTION;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.LATER;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.NOW;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.TODAY;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each action belongs to one role: anyone else is refused with AccessDenied, in every state, and nothing changes. */
class ComplaintRolesTest {

    private final ComplaintFixtures f = new ComplaintFixtures();

    static Stream<Arguments> everyActionByEveryOtherRole() {
        return Arrays.stream(ComplaintAction.values()).filter(a -> a != ComplaintAction.FILE)
                .flatMap(a -> Arrays.stream(Role.values()).filter(r -> r != a.role()).map(r -> Arguments.of(a, r)));
    }

    @Test
    void theRoleOfEachAction() {
        assertEquals(Role.OFFICE_OPERATOR, ComplaintAction.FILE.role());
        assertEquals(Role.OFFICE_OPERATOR, ComplaintAction.PROVIDE_INFO.role());
        assertEquals(Role.OFFICE_OPERATOR, ComplaintAction.WITHDRAW.role());
        assertEquals(Role.AGENCY_LIAISON, ComplaintAction.ANSWER.role());
        assertEquals(Role.GUILD, ComplaintAction.GUILD_NOTE.role());
        for (ComplaintAction a : List.of(ComplaintAction.TRIAGE, ComplaintAction.REQUEST_INFO, ComplaintAction.FORWARD,
                ComplaintAction.REFER, ComplaintAction.RESOLVE, ComplaintAction.REJECT, ComplaintAction.REOPEN,
                ComplaintAction.REPLY, ComplaintAction.INTERNAL_NOTE)) {
            assertEquals(Role.SECRETARIAT, a.role(), a.name());
        }
        for (ComplaintAction a : ComplaintAction.values()) {
            assertNotEquals(Role.ADMIN, a.role(), "an administrator takes no action on complaints");
        }
    }

    /** In every state — where the action is allowed and where it is not — the wrong role hears only "denied". */
    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyActionByEveryOtherRole")
    void theWrongRoleIsDenied(ComplaintAction action, Role role) {
        for (Path path : Path.values()) {
            Complaint c = new ComplaintFixtures().in(path);
            Snapshot before = Snapshot.of(c);
            BusinessException.AccessDenied e = assertThrows(BusinessException.AccessDenied.class,
                    () -> f.perform(action, actorOf(role), c, LATER), path.route);
            assertEquals("error.accessDenied", e.getMessageKey());
            assertEquals(before, Snapshot.of(c), path.route);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintAction.class, names = "FILE", mode = EnumSource.Mode.EXCLUDE)
    void noActorIsDenied(ComplaintAction action) {
        for (Path path : Path.values()) {
            Complaint c = new ComplaintFixtures().in(path);
            Snapshot before = Snapshot.of(c);
            assertThrows(BusinessException.AccessDenied.class, () -> f.perform(action, null, c, LATER), path.route);
            assertEquals(before, Snapshot.of(c), path.route);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OFFICE_OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnOfficeOperatorFiles(Role role) {
        assertThrows(BusinessException.AccessDenied.class, () -> Complaint.file(f.office, f.postBank,
                ComplaintKind.OTHER, TODAY, null, DESCRIPTION, List.of(), actorOf(role), NOW, "form-1"));
    }

    @Test
    void filingWithoutAnActorIsDenied() {
        assertThrows(BusinessException.AccessDenied.class, () -> Complaint.file(f.office, f.postBank,
                ComplaintKind.OTHER, TODAY, null, DESCRIPTION, List.of(), null, NOW, "form-1"));
    }

    @Test
    void theRoleIsCheckedBeforeTheInput() {
        // a wrong role learns nothing about what else is wrong with the request
        Complaint c = f.in(Path.SUBMITTED);
        assertThrows(BusinessException.AccessDenied.class,
                () -> c.triage(ComplaintFixtures.OPERATOR, List.of(), null, TODAY.minusDays(1), EVERY_DAY, LATER));
        assertThrows(BusinessException.AccessDenied.class,
                () -> Complaint.file(null, null, null, null, null, null, null, ComplaintFixtures.GUILD, NOW, null));
    }
}
