package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.AgencyFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.ComplaintFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.Kind;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.LineRequestFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.ObligationFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.Proposal;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.Source;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AgendaProposalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Agency POST_BANK = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);
    private static final Agency TELECOM = new Agency("telecom", "شرکت مخابرات", "Telecom", AgencyKind.TELECOM, null);

    private final AgendaProposals rules = new AgendaProposals(30, 3);

    private List<Proposal> propose(List<ObligationFact> o, List<ComplaintFact> c, List<AgencyFact> a,
                                   List<LineRequestFact> l, List<Source> onAgenda) {
        return rules.propose(TODAY, o, c, a, l, onAgenda);
    }

    @Test
    void an_obligation_is_proposed_only_when_overdue_by_more_than_the_set_days_and_not_met() {
        List<ObligationFact> obligations = List.of(
                new ObligationFact(1, "14/1", TELECOM, TODAY.minusDays(31), false),
                new ObligationFact(2, "14/2", TELECOM, TODAY.minusDays(30), false),
                new ObligationFact(3, "14/3", TELECOM, TODAY.minusDays(400), true),
                new ObligationFact(4, "14/7", TELECOM, null, false),
                new ObligationFact(5, "15/1", POST_BANK, TODAY.plusDays(5), false));
        List<Proposal> p = propose(obligations, List.of(), List.of(), List.of(), List.of());
        assertEquals(1, p.size());
        assertEquals(new Proposal(Kind.OBLIGATION, 1, "14/1", TELECOM, 31), p.get(0));
        assertEquals("agenda.proposal.obligation", p.get(0).titleKey());
        assertEquals("obligation", p.get(0).sourceKind());

        // with 0 days set, a day late is enough, the deadline's own day not
        List<Proposal> zero = new AgendaProposals(0, 3).propose(TODAY, List.of(
                new ObligationFact(6, "15/2", POST_BANK, TODAY.minusDays(1), false),
                new ObligationFact(7, "15/3", POST_BANK, TODAY, false)), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of(6L), zero.stream().map(Proposal::recordId).toList());
        assertEquals(TODAY.minusDays(30), rules.overdueDeadlineBefore(TODAY));
    }

    @Test
    void an_obligation_on_the_ladders_meeting_rung_is_proposed_before_the_set_days_while_not_met() {
        List<Proposal> p = propose(List.of(
                new ObligationFact(20, "14/5", POST_BANK, TODAY.minusDays(12), false, true),
                new ObligationFact(21, "14/9", POST_BANK, TODAY.minusDays(12), false, false),
                new ObligationFact(22, "14/1", TELECOM, TODAY.minusDays(12), true, true)), List.of(), List.of(), List.of(),
                List.of());
        assertEquals(List.of(new Proposal(Kind.OBLIGATION, 20, "14/5", POST_BANK, 12)), p,
                "the meeting rung, not yet 30 days: proposed; verified since: not");
    }

    @Test
    void a_complaint_on_the_meeting_rung_is_proposed_while_the_agency_owes_the_answer() {
        List<Proposal> p = propose(List.of(), List.of(new ComplaintFact(10, "1405-10", POST_BANK, true),
                new ComplaintFact(11, "1405-11", POST_BANK, false)), List.of(), List.of(), List.of());
        assertEquals(List.of(new Proposal(Kind.COMPLAINT, 10, "1405-10", POST_BANK, 0)), p);
    }

    @Test
    void an_agency_is_proposed_from_the_set_number_of_upheld_complaints() {
        List<Proposal> p = propose(List.of(), List.of(), List.of(new AgencyFact(20, POST_BANK, 3),
                new AgencyFact(21, TELECOM, 2)), List.of(), List.of());
        assertEquals(List.of(new Proposal(Kind.AGENCY, 20, null, POST_BANK, 3)), p);
        assertEquals(LocalDate.of(2025, 12, 1), AgendaProposals.upheldSince(TODAY));
    }

    @Test
    void an_escalated_line_request_is_proposed_while_with_its_provider() {
        List<Proposal> p = propose(List.of(), List.of(), List.of(), List.of(new LineRequestFact(30, "L1405-30", TELECOM, true),
                new LineRequestFact(31, "L1405-31", TELECOM, false)), List.of());
        assertEquals(List.of(new Proposal(Kind.LINE_REQUEST, 30, "L1405-30", TELECOM, 0)), p);
    }

    @Test
    void a_record_already_on_the_agenda_accepted_or_dropped_is_not_proposed_again_and_kinds_do_not_mix() {
        List<ObligationFact> obligations = List.of(new ObligationFact(1, "14/1", TELECOM, TODAY.minusDays(99), false),
                new ObligationFact(2, "14/2", TELECOM, TODAY.minusDays(99), false));
        List<ComplaintFact> complaints = List.of(new ComplaintFact(1, "1405-1", POST_BANK, true));
        List<Proposal> p = propose(obligations, complaints, List.of(), List.of(),
                List.of(new Source("obligation", 1), new Source("agency", 2)));
        assertEquals(List.of("obligation:2", "complaint:1"),
                p.stream().map(x -> x.sourceKind() + ":" + x.recordId()).toList());
        // the same record twice in the facts is proposed once
        assertEquals(1, propose(List.of(obligations.get(0), obligations.get(0)), List.of(), List.of(), List.of(), List.of()).size());
    }

    @Test
    void settings_out_of_range_are_refused_and_kinds_read_back() {
        assertThrows(IllegalArgumentException.class, () -> new AgendaProposals(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new AgendaProposals(30, 0));
        for (Kind k : Kind.values()) {
            assertEquals(k, Kind.of(k.sourceKind()));
        }
        assertThrows(IllegalArgumentException.class, () -> Kind.of("meeting"));
    }
}
