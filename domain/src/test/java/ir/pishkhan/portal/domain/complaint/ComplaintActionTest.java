package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static ir.pishkhan.portal.domain.complaint.ComplaintAction.ANSWER;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.FORWARD;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.GUILD_NOTE;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.INTERNAL_NOTE;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.PROVIDE_INFO;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.REFER;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.MARK_DUPLICATE;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.REJECT;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.REOPEN;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.REPLY;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.REQUEST_INFO;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.RESOLVE;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.TRIAGE;
import static ir.pishkhan.portal.domain.complaint.ComplaintAction.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What the screens offer each role, in each state. */
class ComplaintActionTest {

    private static Set<ComplaintAction> available(Role role, ComplaintStatus status) {
        return ComplaintAction.available(role, status);
    }

    @Test
    void theSecretariat() {
        assertEquals(EnumSet.of(TRIAGE, REQUEST_INFO, REJECT, MARK_DUPLICATE, REPLY, INTERNAL_NOTE),
                available(Role.SECRETARIAT, ComplaintStatus.SUBMITTED));
        assertEquals(EnumSet.of(REJECT, MARK_DUPLICATE, REPLY, INTERNAL_NOTE), available(Role.SECRETARIAT, ComplaintStatus.INFO_REQUESTED));
        assertEquals(EnumSet.of(TRIAGE, REQUEST_INFO, FORWARD, REFER, RESOLVE, REJECT, MARK_DUPLICATE, REPLY, INTERNAL_NOTE),
                available(Role.SECRETARIAT, ComplaintStatus.TRIAGED));
        assertEquals(EnumSet.of(REFER, RESOLVE, REPLY, INTERNAL_NOTE), available(Role.SECRETARIAT, ComplaintStatus.FORWARDED));
        assertEquals(EnumSet.of(REQUEST_INFO, FORWARD, REFER, RESOLVE, REJECT, MARK_DUPLICATE, REPLY, INTERNAL_NOTE),
                available(Role.SECRETARIAT, ComplaintStatus.ANSWERED));
        assertEquals(EnumSet.of(RESOLVE, REPLY, INTERNAL_NOTE), available(Role.SECRETARIAT, ComplaintStatus.REFERRED));
        assertEquals(EnumSet.of(REOPEN, INTERNAL_NOTE), available(Role.SECRETARIAT, ComplaintStatus.RESOLVED));
        assertEquals(EnumSet.of(REOPEN, INTERNAL_NOTE), available(Role.SECRETARIAT, ComplaintStatus.REJECTED));
        assertEquals(EnumSet.of(INTERNAL_NOTE), available(Role.SECRETARIAT, ComplaintStatus.WITHDRAWN));
    }

    @Test
    void theOffice() {
        assertEquals(EnumSet.of(WITHDRAW), available(Role.OFFICE_OPERATOR, ComplaintStatus.SUBMITTED));
        assertEquals(EnumSet.of(PROVIDE_INFO, WITHDRAW), available(Role.OFFICE_OPERATOR, ComplaintStatus.INFO_REQUESTED));
        for (ComplaintStatus s : EnumSet.of(ComplaintStatus.TRIAGED, ComplaintStatus.FORWARDED, ComplaintStatus.ANSWERED,
                ComplaintStatus.REFERRED)) {
            assertEquals(EnumSet.of(WITHDRAW), available(Role.OFFICE_OPERATOR, s), s.name());
        }
        for (ComplaintStatus s : EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN)) {
            assertEquals(Set.of(), available(Role.OFFICE_OPERATOR, s), s.name());
        }
    }

    @ParameterizedTest
    @EnumSource(ComplaintStatus.class)
    void theAgencyAnswersOnlyWhatIsForwarded(ComplaintStatus status) {
        assertEquals(status == ComplaintStatus.FORWARDED ? EnumSet.of(ANSWER) : Set.of(), available(Role.AGENCY_LIAISON, status));
    }

    @ParameterizedTest
    @EnumSource(ComplaintStatus.class)
    void theGuildNotesAndTheAdministratorDoesNothing(ComplaintStatus status) {
        assertEquals(EnumSet.of(GUILD_NOTE), available(Role.GUILD, status));
        assertEquals(Set.of(), available(Role.ADMIN, status));
    }

    @Test
    void availableIsTheRoleAndTheTable() {
        for (Role role : Role.values()) {
            for (ComplaintStatus status : ComplaintStatus.values()) {
                Set<ComplaintAction> expected = EnumSet.noneOf(ComplaintAction.class);
                for (ComplaintAction a : ComplaintAction.values()) {
                    if (a.role() == role && a.allowedFrom(status) && a != ComplaintAction.ESCALATE) {
                        expected.add(a);
                    }
                }
                Set<ComplaintAction> actual = available(role, status);
                assertEquals(expected, actual, role + " in " + status);
                assertFalse(actual.contains(ComplaintAction.FILE), "filing is never offered on a complaint");
                assertFalse(actual.contains(ComplaintAction.ESCALATE), "the escalation ladder's rungs are the portal's own");
            }
        }
    }
}
