package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.CANCEL;
import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.CONFIRM;
import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.DISPUTE;
import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.FORWARD;
import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.GUILD_NOTE;
import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.INSTALL;
import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.REFUSE;
import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.SCHEDULE;
import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.SECRETARIAT_NOTE;
import static ir.pishkhan.portal.domain.linerequest.LineRequestAction.SEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What the screens offer each role, in each state. */
class LineRequestActionTest {

    private static Set<LineRequestAction> available(Role role, LineRequestStatus status) {
        return LineRequestAction.available(role, status);
    }

    @Test
    void theOffice() {
        assertEquals(EnumSet.of(SEND, CANCEL), available(Role.OFFICE_OPERATOR, LineRequestStatus.REQUESTED));
        assertEquals(EnumSet.of(CONFIRM, DISPUTE), available(Role.OFFICE_OPERATOR, LineRequestStatus.INSTALLED));
        for (LineRequestStatus s : EnumSet.of(LineRequestStatus.SENT, LineRequestStatus.SCHEDULED,
                LineRequestStatus.DISPUTED, LineRequestStatus.ESCALATED, LineRequestStatus.CONFIRMED,
                LineRequestStatus.REFUSED, LineRequestStatus.CANCELLED)) {
            assertEquals(Set.of(), available(Role.OFFICE_OPERATOR, s), s.name());
        }
    }

    @Test
    void theProvider() {
        assertEquals(Set.of(), available(Role.AGENCY_LIAISON, LineRequestStatus.REQUESTED), "not yet sent");
        for (LineRequestStatus s : EnumSet.of(LineRequestStatus.SENT, LineRequestStatus.SCHEDULED, LineRequestStatus.DISPUTED)) {
            assertEquals(EnumSet.of(SCHEDULE, INSTALL, REFUSE), available(Role.AGENCY_LIAISON, s), s.name());
        }
        assertEquals(EnumSet.of(SCHEDULE, INSTALL), available(Role.AGENCY_LIAISON, LineRequestStatus.ESCALATED));
        for (LineRequestStatus s : EnumSet.of(LineRequestStatus.INSTALLED, LineRequestStatus.CONFIRMED,
                LineRequestStatus.REFUSED, LineRequestStatus.CANCELLED)) {
            assertEquals(Set.of(), available(Role.AGENCY_LIAISON, s), s.name());
        }
    }

    @ParameterizedTest
    @EnumSource(LineRequestStatus.class)
    void theSecretariatForwardsAndNotes(LineRequestStatus status) {
        assertEquals(status == LineRequestStatus.REQUESTED ? EnumSet.of(FORWARD, SECRETARIAT_NOTE) : EnumSet.of(SECRETARIAT_NOTE),
                available(Role.SECRETARIAT, status));
    }

    @ParameterizedTest
    @EnumSource(LineRequestStatus.class)
    void theGuildNotesAndTheAdministratorDoesNothing(LineRequestStatus status) {
        assertEquals(EnumSet.of(GUILD_NOTE), available(Role.GUILD, status));
        assertEquals(Set.of(), available(Role.ADMIN, status));
    }

    @Test
    void availableIsTheRoleAndTheTable() {
        for (Role role : Role.values()) {
            for (LineRequestStatus status : LineRequestStatus.values()) {
                Set<LineRequestAction> expected = EnumSet.noneOf(LineRequestAction.class);
                for (LineRequestAction a : LineRequestAction.values()) {
                    if (a.role() == role && a.allowedFrom(status) && a != LineRequestAction.ESCALATE) {
                        expected.add(a);
                    }
                }
                Set<LineRequestAction> actual = available(role, status);
                assertEquals(expected, actual, role + " in " + status);
                assertFalse(actual.contains(LineRequestAction.FILE), "filing is never offered on a request");
                assertFalse(actual.contains(LineRequestAction.ESCALATE), "the escalation ladder's rungs are the portal's own");
            }
        }
    }

    @Test
    void onlyTheTwoFollowUpNotesAreNotes() {
        for (LineRequestAction a : LineRequestAction.values()) {
            assertEquals(a == GUILD_NOTE || a == SECRETARIAT_NOTE, a.isNote(), a.name());
        }
    }
}
