package ir.pishkhan.portal.domain.complaint;

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

    private static ComplaintEvent event(ComplaintAction action, String text) {
        return new ComplaintEvent(null, Instant.parse("2026-11-28T10:00:00Z"), new Actor("dabir", Role.SECRETARIAT),
                action, ComplaintStatus.SUBMITTED, ComplaintStatus.TRIAGED, text, Visibility.PUBLIC);
    }

    @Test
    void what_a_triage_writes_reads_back() {
        TriageRecord written = new TriageRecord(List.of("14/11", "14/12"), Priority.HIGH, LocalDate.of(2026, 12, 5));
        assertEquals("resolutions=14/11,14/12 priority=HIGH deadline=2026-12-05", written.text());
        assertEquals(written, TriageRecord.of(event(ComplaintAction.TRIAGE, written.text())).orElseThrow());
    }

    @Test
    void other_entries_are_no_triage_record() {
        String text = new TriageRecord(List.of("14/3"), Priority.LOW, LocalDate.of(2026, 12, 5)).text();
        assertTrue(TriageRecord.of(event(ComplaintAction.REPLY, text)).isEmpty(), "a reply that happens to look like one");
        assertTrue(TriageRecord.of(event(ComplaintAction.TRIAGE, "free text")).isEmpty());
        assertTrue(TriageRecord.of(event(ComplaintAction.TRIAGE, null)).isEmpty());
    }
}
