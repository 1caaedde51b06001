package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.escalation.Ladder;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.meeting.AgendaItem;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.AgencyFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.ComplaintFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.LineRequestFact;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.ObligationFact;
import ir.pishkhan.portal.domain.meeting.AgendaSources;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaAgendaSources implements AgendaSources {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaAgendaSources() {
    }

    public JpaAgendaSources(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ObligationFact> overdueObligations(LocalDate deadlineBefore, int max) {
        List<Obligation> found = em.createQuery("SELECT o FROM Obligation o JOIN FETCH o.agency JOIN FETCH o.resolution"
                        + " WHERE o.status <> :met AND (o.deadline < :before OR EXISTS (SELECT e FROM Escalation e"
                        + " WHERE e.workflow = :w AND e.recordId = o.id AND e.rung = :rung)) ORDER BY o.deadline, o.id",
                        Obligation.class)
                .setParameter("met", ObligationStatus.VERIFIED).setParameter("before", deadlineBefore)
                .setParameter("w", "obligation").setParameter("rung", Rung.FOR_MEETING)
                .setMaxResults(max).getResultList();
        Set<Long> forMeeting = found.isEmpty() ? Set.of() : Set.copyOf(em.createQuery("SELECT e.recordId FROM Escalation e"
                        + " WHERE e.workflow = :w AND e.rung = :rung AND e.recordId IN :ids", Long.class)
                .setParameter("w", "obligation").setParameter("rung", Rung.FOR_MEETING)
                .setParameter("ids", found.stream().map(Obligation::getId).toList()).getResultList());
        return found.stream().map(o -> new ObligationFact(o.getId(),
                o.getResolution().getMeeting().getNumber() + "/" + o.getResolution().getNumber(),
                o.getAgency(), o.getDeadline(), o.getStatus().isMet(), forMeeting.contains(o.getId()))).toList();
    }

    @Override
    public List<ComplaintFact> complaintsForMeeting(int max) {
        List<Complaint> found = em.createQuery("SELECT c FROM Complaint c JOIN FETCH c.agency WHERE c.status IN :chased"
                        + " AND EXISTS (SELECT e FROM Escalation e WHERE e.workflow = :w AND e.recordId = c.id"
                        + " AND e.rung = :rung) ORDER BY c.id", Complaint.class)
                .setParameter("chased", List.copyOf(Ladder.CHASED_COMPLAINTS)).setParameter("w", "complaint")
                .setParameter("rung", Rung.FOR_MEETING).setMaxResults(max).getResultList();
        return found.stream().map(c -> new ComplaintFact(c.getId(), c.getTrackingNumber(), c.getAgency(),
                Ladder.CHASED_COMPLAINTS.contains(c.getStatus()))).toList();
    }

    @Override
    public List<AgencyFact> agenciesWithUpheld(Instant since, long atLeast, int max) {
        List<Object[]> rows = em.createQuery("SELECT c.agency.id, COUNT(c) FROM Complaint c WHERE c.status = :upheld"
                        + " AND c.filedAt >= :since GROUP BY c.agency.id HAVING COUNT(c) >= :n"
                        + " ORDER BY COUNT(c) DESC, c.agency.id", Object[].class)
                .setParameter("upheld", ComplaintStatus.RESOLVED).setParameter("since", since)
                .setParameter("n", atLeast).setMaxResults(max).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Agency> agencies = em.createQuery("SELECT a FROM Agency a WHERE a.id IN :ids", Agency.class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultList().stream()
                .collect(Collectors.toMap(Agency::getId, Function.identity()));
        List<AgencyFact> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new AgencyFact((Long) r[0], agencies.get((Long) r[0]), ((Number) r[1]).longValue()));
        }
        return out;
    }

    @Override
    public List<LineRequestFact> escalatedLineRequests(int max) {
        List<LineRequest> found = em.createQuery("SELECT r FROM LineRequest r JOIN FETCH r.provider"
                        + " WHERE r.status IN :chased AND EXISTS (SELECT e FROM Escalation e WHERE e.workflow = :w"
                        + " AND e.recordId = r.id) ORDER BY r.id", LineRequest.class)
                .setParameter("chased", List.copyOf(Ladder.CHASED_LINE_REQUESTS)).setParameter("w", "lineRequest")
                .setMaxResults(max).getResultList();
        return found.stream().map(r -> new LineRequestFact(r.getId(), r.getTrackingNumber(), r.getProvider(),
                Ladder.CHASED_LINE_REQUESTS.contains(r.getStatus()))).toList();
    }

    @Override
    public List<AgendaItem> acceptedFor(String sourceKind, long sourceId) {
        return em.createQuery("SELECT i FROM AgendaItem i JOIN FETCH i.meeting WHERE i.sourceKind = :k AND i.sourceId = :id"
                        + " AND i.outcome = :accepted ORDER BY i.meeting.number, i.position", AgendaItem.class)
                .setParameter("k", sourceKind).setParameter("id", sourceId)
                .setParameter("accepted", AgendaItem.Outcome.ACCEPTED).getResultList();
    }
}
