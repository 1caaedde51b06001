package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import ir.pishkhan.portal.domain.workflow.Visibility;

import ir.pishkhan.portal.domain.workflow.Actor;

import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriageRecordTest {

    private static ComplaintEvent event(ComplaintAction action, String text, StepRecord record) {
        return new ComplaintEvent(null, Instant.parse("2026-11-28T10:00:00Z"), new Actor("dabir", Role.SECRETARIAT),
                action, ComplaintStatus.SUBMITTED, ComplaintStatus.TRIAGED, text, record, Visibility.PUBLIC);
    }

    @Test
    void what_a_triage_writes_reads_back() {
        TriageRecord written = new TriageRecord(List.of("14/11", "14/12"), Priority.HIGH, LocalDate.of(2026, 12, 5));
        assertEquals("resolutions=14/11,14/12&priority=HIGH&deadline=2026-12-05", StepRecord.encode(written));
        assertEquals(written, TriageRecord.of(event(ComplaintAction.TRIAGE, null, written)).orElseThrow());
        assertEquals(new TriageRecord(List.of(), Priority.LOW, LocalDate.of(2026, 12, 5)), TriageRecord.of(event(
                ComplaintAction.TRIAGE, null, new TriageRecord(List.of(), Priority.LOW, LocalDate.of(2026, 12, 5)))).orElseThrow());
    }

    @Test
    void other_entries_are_no_triage_record() {
        TriageRecord record = new TriageRecord(List.of("14/3"), Priority.LOW, LocalDate.of(2026, 12, 5));
        assertTrue(TriageRecord.of(event(ComplaintAction.REPLY, StepRecord.encode(record), null)).isEmpty(),
                "a reply whose text looks like one");
        assertTrue(TriageRecord.of(event(ComplaintAction.REPLY, null, record)).isEmpty(), "a record read only on its action");
        assertTrue(TriageRecord.of(event(ComplaintAction.TRIAGE, "resolutions=14/3 priority=LOW deadline=2026-12-05", null))
                .isEmpty(), "a text is never read as the facts");
        assertTrue(TriageRecord.of(event(ComplaintAction.TRIAGE, null, null)).isEmpty());
    }

    @Test
    void resolutions_are_in_one_order_by_meeting_and_number_also_as_kept_before() {
        // kept sorted as text before: 1, 10, 11, 2 — read in the order the facts box shows
        TriageRecord kept = new TriageRecord(List.of("14/1", "14/10", "14/11", "14/2", "13/7"), Priority.HIGH, LocalDate.of(2026, 12, 5));
        assertEquals(List.of("13/7", "14/1", "14/2", "14/10", "14/11"), kept.resolutions());
    }
}
