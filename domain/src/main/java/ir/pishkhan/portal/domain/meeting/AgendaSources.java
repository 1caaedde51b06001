package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.meeting.AgendaProposals.AgencyFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.ComplaintFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.LineRequestFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.ObligationFact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The records {@link AgendaProposals} reads, each list limited in the database to {@code max} rows (never all the
 * complaints), and the agenda items that came from a record.
 */
public interface AgendaSources {

    /**
     * Obligations not met whose deadline fell before the day, or that the escalation ladder took to its "for the
     * meeting" rung, earliest deadline first.
     */
    List<ObligationFact> overdueObligations(LocalDate deadlineBefore, int max);

    /** Complaints the ladder took to its "for the meeting" rung and still with their agency, oldest first. */
    List<ComplaintFact> complaintsForMeeting(int max);

    /** Agencies with at least {@code atLeast} upheld complaints filed since the instant, most first. */
    List<AgencyFact> agenciesWithUpheld(Instant since, long atLeast, int max);

    /** Line requests the ladder escalated (any rung) and still with their provider, oldest first. */
    List<LineRequestFact> escalatedLineRequests(int max);

    /** The items a record (kind and id) became on meetings' agendas and was taken up on, by meeting number. */
    List<AgendaItem> acceptedFor(String sourceKind, long sourceId);
}
