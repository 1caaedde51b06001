package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAccess;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintEvent;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.complaint.EscalationRecord;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Path;
import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Snapshot;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.ADDRESS;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.LATER;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.LIAISON;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.NOT_NEEDED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.NOTE;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.NOW;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.OPERATOR;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.SECRETARY;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.TODAY;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.WORDING;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.all;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolution 13: the telecom company may not refuse because it judges the office does not need the line. Such a
 * refusal escalates the request, and the complaint it calls for is opened on the office's behalf, typed by no one.
 */
class LineRequestEscalationTest {

    private final LineRequestFixtures f = new LineRequestFixtures();

    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";

    /** Two fixed lines, sent, refused as not needed; stored (it has an id, as every sent request has). */
    private LineRequest escalated() {
        LineRequest r = withId(f.filed(), 42L);
        r.send(OPERATOR, null, EVERY_DAY, f.tick());
        Refusal refusal = r.refuse(LIAISON, RefusalReason.NOT_NEEDED, NOT_NEEDED, f.tick());
        assertTrue(refusal.escalated());
        return r;
    }

    @Test
    void theRefusalSaysAComplaintMustBeOpened() {
        LineRequest r = withId(f.filed(), 42L);
        r.send(OPERATOR, null, EVERY_DAY, f.tick());
        Refusal refusal = r.refuse(LIAISON, RefusalReason.NOT_NEEDED, NOT_NEEDED, LATER);
        assertAll(
                () -> assertTrue(refusal.escalated()),
                () -> assertEquals(RefusalReason.NOT_NEEDED, refusal.reason()),
                () -> assertEquals(LineRequestStatus.ESCALATED, refusal.status()),
                () -> assertEquals(LineRequestStatus.ESCALATED, r.getStatus()),
                () -> assertTrue(r.isComplaintPending()),
                () -> assertNull(r.getComplaint()),
                () -> assertEquals(RefusalReason.NOT_NEEDED, r.getRefusalReason()),
                () -> assertEquals(NOT_NEEDED, r.getRefusalText()),
                () -> assertEquals(LIAISON.username(), r.getRefusedBy()),
                () -> assertEquals(LATER, r.getRefusedAt()));
    }

    @Test
    void theComplaintIsOpenedAgainstTheProviderForTheOffice() {
        LineRequest r = escalated();
        int entries = all(r).size();
        Complaint c = r.openComplaint(f.r13, f.r2, WORDING, LATER);
        assertAll(
                () -> assertEquals(ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED, c.getKind()),
                () -> assertSame(f.office, c.getOffice()),
                () -> assertSame(f.telecom, c.getAgency()),
                () -> assertEquals(ComplaintStatus.SUBMITTED, c.getStatus()),
                () -> assertEquals(List.of(f.r2, f.r13), List.copyOf(c.getResolutions()), "resolutions 2 and 13, in order"),
                () -> assertEquals(TODAY, c.getOccurredOn(), "the day of the refusal"),
                () -> assertEquals(OPERATOR.username(), c.getFiledBy(), "in the name of who filed the request"),
                () -> assertEquals(LATER, c.getFiledAt()),
                () -> assertEquals(Priority.NORMAL, c.getPriority()),
                () -> assertNull(c.getDeadline(), "the secretariat's triage sets it"),
                () -> assertFalse(c.isForwarded()),
                () -> assertNull(c.getOfficialName()),
                () -> assertEquals("line-request-42-1", c.getSubmissionKey()),
                () -> assertTrue(c.attachments(EnumSet.allOf(Visibility.class)).isEmpty()));

        // its timeline: one entry, the office's filing, saying that the portal filed it and why
        List<ComplaintEvent> timeline = c.timeline(EnumSet.allOf(Visibility.class));
        assertEquals(1, timeline.size());
        ComplaintEvent e = timeline.get(0);
        assertAll(
                () -> assertSame(ComplaintAction.FILE, e.getAction()),
                () -> assertEquals(OPERATOR.username(), e.getActor()),
                () -> assertSame(Role.OFFICE_OPERATOR, e.getActorRole()),
                () -> assertNull(e.getFromStatus()),
                () -> assertSame(ComplaintStatus.SUBMITTED, e.getToStatus()),
                () -> assertSame(Visibility.PUBLIC, e.getVisibility()),
                () -> assertEquals(LATER, e.getAt()),
                () -> assertNull(e.getText(), "nobody typed it"),
                // that the portal filed it, and why: who refused, which request, under which resolution
                () -> assertEquals(new EscalationRecord("L1405-42", "FIXED_LINE", LIAISON.username(), "14/13"),
                        EscalationRecord.of(e).orElseThrow()));

        // the request is linked to it, still escalated, its timeline untouched
        assertSame(c, r.getComplaint());
        assertFalse(r.isComplaintPending());
        assertEquals(LineRequestStatus.ESCALATED, r.getStatus());
        assertEquals(entries, all(r).size());
    }

    @Test
    void theDescriptionIsTheRequestTheOfficeNeedNotTypeIt() {
        Complaint c = escalated().openComplaint(f.r13, f.r2, WORDING, LATER);
        String d = c.getDescription();
        // the facts the description is worded from (its Persian words: EscalationWordingTest, in portal-web)
        assertEquals(WORDING.describe(new EscalationComplaint.Facts("شرکت مخابرات استان", LineKind.FIXED_LINE, 2,
                "L1405-42", TODAY, "دفتر پیشخوان حرا", "14-71-1024", ADDRESS, TODAY, NOTE, NOT_NEEDED, 14, 13, 2)), d);
        assertTrue(d.length() <= Complaint.TEXT_MAX);
        // and it is found by what the request said
        assertTrue(c.getDescription().contains(ADDRESS));
    }

    @Test
    void theLongestRequestStillFitsAComplaint() {
        String name = "ن".repeat(200);
        Agency provider = withId(new Agency("telecom-2", name, "Telecom", AgencyKind.TELECOM, null), 9L);
        Office office = new Office("14-71-1019", name, null, OfficeKind.RURAL, "شهرستان", null, null, LicenceStatus.ACTIVE);
        String address = "آ".repeat(500);
        String note = "ب".repeat(2000);
        String refusal = "پ".repeat(1000);
        LineRequest r = withId(LineRequest.file(office, provider, LineKind.MOBILE_MODULE, 20, address, note,
                f.deadlines, EVERY_DAY, OPERATOR, NOW, "form-1"), 999_999_999_999L);
        r.send(OPERATOR, null, EVERY_DAY, f.tick());
        r.refuse(LIAISON, RefusalReason.NOT_NEEDED, refusal, f.tick());
        Complaint c = r.openComplaint(f.r13, f.r2, WORDING, LATER);
        String d = c.getDescription();
        assertTrue(d.length() <= Complaint.TEXT_MAX, "length " + d.length());
        assertTrue(d.contains(address), "the address in full");
        assertTrue(d.contains(refusal), "the refusal in full");
        assertTrue(d.contains("\nببب"), "the note, shortened");
        assertFalse(d.contains(note));
        assertTrue(d.contains("ب…"));
        assertTrue(c.getSubmissionKey().length() <= 40);
    }

    @Test
    void onceForEachEscalation() {
        LineRequest r = escalated();
        Complaint first = r.openComplaint(f.r13, f.r2, WORDING, LATER);
        Snapshot before = Snapshot.of(r);
        assertThrows(IllegalStateException.class, () -> r.openComplaint(f.r13, f.r2, WORDING, LATER));
        assertEquals(before, Snapshot.of(r));
        // the provider schedules, the office disputes, the provider refuses as not needed again: a second complaint
        r.schedule(LIAISON, TODAY, null, f.tick());
        assertThrows(IllegalStateException.class, () -> r.openComplaint(f.r13, f.r2, WORDING, LATER));
        r.install(LIAISON, null, f.tick());
        r.dispute(OPERATOR, DisputeReason.NOT_WORKING, LineRequestFixtures.DISPUTE_TEXT, f.tick());
        assertTrue(r.refuse(LIAISON, RefusalReason.NOT_NEEDED, NOT_NEEDED, f.tick()).escalated());
        Complaint second = r.openComplaint(f.r13, f.r2, WORDING, LATER);
        assertEquals("line-request-42-1", first.getSubmissionKey());
        assertEquals("line-request-42-2", second.getSubmissionKey());
        assertSame(second, r.getComplaint(), "the request links the complaint of its latest escalation");
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void onlyAnEscalatedRequestOpensAComplaint(Path path) {
        LineRequest r = f.in(path);
        if (path.status == LineRequestStatus.ESCALATED) {
            r.openComplaint(f.r13, f.r2, WORDING, LATER);
            return;
        }
        Snapshot before = Snapshot.of(r);
        assertThrows(IllegalStateException.class, () -> r.openComplaint(f.r13, f.r2, WORDING, LATER));
        assertEquals(before, Snapshot.of(r));
    }

    @Test
    void onlyResolutions13And2() {
        LineRequest r = escalated();
        assertThrows(IllegalArgumentException.class, () -> r.openComplaint(f.r2, f.r13, WORDING, LATER));
        assertThrows(IllegalArgumentException.class, () -> r.openComplaint(f.r13, f.r1, WORDING, LATER));
        assertThrows(IllegalArgumentException.class, () -> r.openComplaint(f.r9, f.r2, WORDING, LATER));
        assertTrue(r.isComplaintPending(), "nothing was opened");
        assertNull(r.getComplaint());
    }

    @Test
    void theRequestForwardedByTheSecretariatIsStillTheOfficesComplaint() {
        LineRequest r = withId(f.filed(), 7L);
        r.forward(SECRETARY, null, EVERY_DAY, f.tick());
        r.refuse(LIAISON, RefusalReason.NOT_NEEDED, NOT_NEEDED, f.tick());
        Complaint c = r.openComplaint(f.r13, f.r2, WORDING, LATER);
        assertEquals(OPERATOR.username(), c.getFiledBy());
        assertSame(Role.OFFICE_OPERATOR, c.timeline(EnumSet.allOf(Visibility.class)).get(0).getActorRole());
    }

    @Test
    void theComplaintFollowsTheUsualWorkflow() {
        withId(f.office, 1L);
        withId(f.telecom, 11L);
        Complaint c = escalated().openComplaint(f.r13, f.r2, WORDING, LATER);
        UserAccount operator = new UserAccount("operator1", "operator1", Role.OFFICE_OPERATOR, f.office, null, HASH, NOW);
        UserAccount liaison = new UserAccount("liaison1", "liaison1", Role.AGENCY_LIAISON, null, f.telecom, HASH, NOW);
        assertTrue(ComplaintAccess.canSee(operator, c), "the office follows its complaint");
        assertFalse(ComplaintAccess.canSee(liaison, c), "the provider sees it once forwarded");

        Instant t = LATER.plusSeconds(60);
        c.triage(SECRETARY, List.copyOf(c.getResolutions()), Priority.HIGH, null, EVERY_DAY, t);
        assertEquals(ComplaintStatus.TRIAGED, c.getStatus());
        assertEquals(List.of(f.r2, f.r13), List.copyOf(c.getResolutions()));
        assertEquals(TODAY.plusDays(7), c.getDeadline());
        c.forward(SECRETARY, null, t.plusSeconds(60));
        assertTrue(ComplaintAccess.canSee(liaison, c));
        c.answer(LIAISON, "خط دوم ظرف یک هفته نصب می‌شود.", null, t.plusSeconds(120));
        assertEquals(ComplaintStatus.ANSWERED, c.getStatus());
        // the office may withdraw it like any complaint of its own
        c.withdraw(OPERATOR, null, t.plusSeconds(180));
        assertEquals(ComplaintStatus.WITHDRAWN, c.getStatus());
    }

    @Test
    void theComplaintStillAwaitsTriageAfterTheOfficeAnswersAQuestion() {
        Complaint c = escalated().openComplaint(f.r13, f.r2, WORDING, LATER);
        Instant t = LATER.plusSeconds(60);
        c.requestInfo(SECRETARY, "لطفاً نامه رد درخواست را پیوست کنید.", t);
        c.provideInfo(OPERATOR, "نامه شرکت مخابرات پیوست شد.", null, t.plusSeconds(60));
        assertEquals(ComplaintStatus.SUBMITTED, c.getStatus(), "linked to 13 and 2 from birth, but never triaged");
        c.triage(SECRETARY, List.copyOf(c.getResolutions()), Priority.NORMAL, null, EVERY_DAY, t.plusSeconds(120));
        assertEquals(ComplaintStatus.TRIAGED, c.getStatus());
    }

    // --- the factory itself ---

    private static final EscalationRecord CAUSE = new EscalationRecord("L1405-1", "FIXED_LINE", "liaison1", "14/13");

    private Complaint open(Actor filer, String description, Resolution r13, Resolution r2, EscalationRecord cause) {
        return Complaint.fromRefusedLineRequest(f.office, f.telecom, TODAY, description, r13, r2, filer, cause, NOW,
                "line-request-1-1");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OFFICE_OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void theComplaintIsFiledInAnOfficeOperatorsName(Role role) {
        assertThrows(BusinessException.AccessDenied.class,
                () -> open(LineRequestFixtures.actorOf(role), NOT_NEEDED, f.r13, f.r2, CAUSE));
        assertThrows(BusinessException.AccessDenied.class,
                () -> open(null, NOT_NEEDED, f.r13, f.r2, CAUSE));
    }

    @Test
    void theComplaintIsCountedInTheMonthItWasFiled() {
        // the compliance figures group by it: a complaint the portal opened counts like one an office filed
        Complaint c = open(OPERATOR, NOT_NEEDED, f.r13, f.r2, CAUSE);
        assertEquals(JalaliDates.monthKey(
                LocalDate.ofInstant(NOW, JalaliDates.ZONE)), c.getFiledMonth());
    }

    @Test
    void theFactoryChecksWhatItIsGiven() {
        assertThrows(IllegalArgumentException.class, () -> open(OPERATOR, NOT_NEEDED, f.r13, f.r2, null));
        assertThrows(IllegalArgumentException.class, () -> open(OPERATOR, NOT_NEEDED, null, f.r2, CAUSE));
        assertThrows(IllegalArgumentException.class, () -> open(OPERATOR, NOT_NEEDED, f.r13, null, CAUSE));
        assertThrows(IllegalArgumentException.class, () -> open(OPERATOR, NOT_NEEDED, f.r1, f.r2, CAUSE));
        assertThrows(IllegalArgumentException.class, () -> Complaint.fromRefusedLineRequest(f.office, f.telecom,
                TODAY, NOT_NEEDED, f.r13, f.r2, OPERATOR, CAUSE, NOW, null));
        assertThrows(IllegalArgumentException.class, () -> Complaint.fromRefusedLineRequest(null, f.telecom,
                TODAY, NOT_NEEDED, f.r13, f.r2, OPERATOR, CAUSE, NOW, "k"));
        assertThrows(IllegalArgumentException.class, () -> Complaint.fromRefusedLineRequest(f.office, null,
                TODAY, NOT_NEEDED, f.r13, f.r2, OPERATOR, CAUSE, NOW, "k"));
        BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                () -> open(OPERATOR, "کوتاه", f.r13, f.r2, CAUSE));
        assertEquals("complaint.description.invalid", e.getMessageKey());
        Complaint c = open(OPERATOR, "  " + NOT_NEEDED + "  ", f.r13, f.r2, CAUSE);
        assertEquals(NOT_NEEDED, c.getDescription());
        assertEquals(CAUSE, EscalationRecord.of(c.timeline(EnumSet.allOf(Visibility.class)).get(0)).orElseThrow());
    }
}
