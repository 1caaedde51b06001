package ir.pishkhan.portal.domain.complaint;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.workflow.Visibility;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.NOW;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.OPERATOR;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.SECRETARY;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolution 3: no agency may cut off an office's systems on its own. An office reporting a cut-off files an urgent
 * complaint, already linked to resolutions 3 and 8; the secretariat's triage still sets its deadline.
 */
class ComplaintCutOffTest {

    private final ComplaintFixtures f = new ComplaintFixtures();
    private final Resolution r3 = f.meeting14.addResolution(3, "هیچ دستگاهی حق ندارد … سیستمهای … دفاتر را قطع نماید.", null, null);
    private final Resolution r8 = f.meeting14.addResolution(8, "… بدون مصوبه کارگروه …", null, null);
    private final Map<Integer, Resolution> byNumber = f.meeting14.getResolutions().stream()
            .collect(Collectors.toMap(Resolution::getNumber, r -> r));
    private final IntFunction<Resolution> resolutionOf = byNumber::get;

    private Complaint cutOff() {
        return Complaint.file(f.office, f.postBank, ComplaintKind.SYSTEMS_CUT_OFF, TODAY, null,
                "سامانهٔ پست بانک دفتر از امروز صبح بدون مصوبهٔ کارگروه قطع شده است.", List.of(), OPERATOR, NOW,
                "form-1", resolutionOf);
    }

    @Test
    void aCutOffIsUrgentAndUnderResolutions3And8FromTheMomentItIsFiled() {
        Complaint c = cutOff();
        assertEquals(ComplaintStatus.SUBMITTED, c.getStatus(), "it waits for the secretariat like any complaint");
        assertEquals(Priority.URGENT, c.getPriority());
        assertEquals(Set.of(3, 8), c.getResolutions().stream().map(Resolution::getNumber).collect(Collectors.toSet()));
        assertNull(c.getDeadline(), "the triage sets the deadline");
        assertEquals(1, c.timeline(Set.of(Visibility.values())).size(), "one entry: filed");
    }

    @Test
    void theTriageConfirmsItAndTheUrgentPeriodApplies() {
        Complaint c = cutOff();
        c.triage(SECRETARY, List.of(r3, r8), Priority.URGENT, null, EVERY_DAY, NOW.plusSeconds(60));
        assertEquals(TODAY.plus(Priority.URGENT.responsePeriod()), c.getDeadline());
        assertEquals(ComplaintStatus.TRIAGED, c.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintKind.class, names = "SYSTEMS_CUT_OFF", mode = EnumSource.Mode.EXCLUDE)
    void otherKindsAreLinkedAndPrioritisedAtTriage(ComplaintKind kind) {
        assertFalse(kind.isUrgent());
        Complaint c = Complaint.file(f.office, f.postBank, kind, TODAY, null, ComplaintFixtures.DESCRIPTION, List.of(),
                OPERATOR, NOW, "form-1", resolutionOf);
        assertEquals(Priority.NORMAL, c.getPriority());
        assertTrue(c.getResolutions().isEmpty());
    }

    @Test
    void aCutOffNeedsItsResolutions() {
        assertTrue(ComplaintKind.SYSTEMS_CUT_OFF.isUrgent());
        assertThrows(IllegalArgumentException.class, () -> Complaint.file(f.office, f.postBank,
                ComplaintKind.SYSTEMS_CUT_OFF, TODAY, null, ComplaintFixtures.DESCRIPTION, List.of(), OPERATOR, NOW, "form-1"),
                "the form without resolutions is for the other kinds");
        assertThrows(IllegalArgumentException.class, () -> Complaint.file(f.office, f.postBank,
                ComplaintKind.SYSTEMS_CUT_OFF, TODAY, null, ComplaintFixtures.DESCRIPTION, List.of(), OPERATOR, NOW,
                "form-1", n -> n == 8 ? null : byNumber.get(n)), "resolution 8 missing");
        Meeting other = Meeting.withMinutes(13, LocalDate.of(2012, 6, 1), "10:00", "استانداری");
        Resolution wrong = other.addResolution(3, "…", null, null);
        other.addResolution(8, "…", null, null);
        assertThrows(IllegalArgumentException.class, () -> Complaint.file(f.office, f.postBank,
                ComplaintKind.SYSTEMS_CUT_OFF, TODAY, null, ComplaintFixtures.DESCRIPTION, List.of(), OPERATOR, NOW,
                "form-1", n -> n == 3 ? wrong : byNumber.get(n)), "another meeting's resolution 3");
        assertThrows(IllegalArgumentException.class, () -> Complaint.file(f.office, f.postBank,
                ComplaintKind.SYSTEMS_CUT_OFF, TODAY, null, ComplaintFixtures.DESCRIPTION, List.of(), OPERATOR, NOW,
                "form-1", n -> byNumber.get(11)), "another resolution");
    }
}
