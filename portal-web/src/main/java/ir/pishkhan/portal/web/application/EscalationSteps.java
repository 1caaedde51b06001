package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.complaint.ComplaintRepository;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.escalation.Escalation;
import ir.pishkhan.portal.domain.escalation.EscalationRepository;
import ir.pishkhan.portal.domain.escalation.Ladder;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.Workflow;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The escalation pass's steps, each in a transaction of its own: reading a batch of late records, and climbing one
 * record's due rungs — its {@code escalation} rows and the notifications of each committed together, or, when another
 * instance took a rung first (the unique key), none of them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EscalationSteps {

    /** The actor of a rung: no account is named so (parentheses), so nobody is left untold as "the one who acted". */
    public static final String ACTOR = "(portal)";

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private LineRequestRepository lineRequests;

    @Inject
    private EscalationRepository escalations;

    @Inject
    private Notifier notifier;

    /** A batch of the records of a status past their deadline (see the repositories' {@code pastDeadline}). */
    public List<? extends Workflow<?, ?, ?>> late(Enum<?> status, LocalDate today, LocalDate afterDeadline, long afterId,
                                                  int max) {
        if (status instanceof ComplaintStatus s) {
            return complaints.pastDeadline(s, today, afterDeadline, afterId, max);
        }
        return lineRequests.pastDeadline((LineRequestStatus) status, today, afterDeadline, afterId, max);
    }

    public Map<Long, Set<Rung>> taken(String workflow, Collection<Long> ids) {
        return escalations.taken(workflow, ids);
    }

    /**
     * Takes the rungs due today for the record, as it stands now (read again: it may have been answered since the
     * batch was read), and tells of each.
     *
     * @return the rungs taken; none when nothing was due any more
     * @throws jakarta.ejb.EJBException when another instance took one of them first: this transaction rolled back
     */
    public Set<Rung> climb(String workflow, long id, Ladder ladder, BusinessCalendar calendar, Instant now) {
        Optional<? extends Workflow<?, ?, ?>> found = "complaint".equals(workflow) ? complaints.byId(id) : lineRequests.byId(id);
        if (found.isEmpty()) {
            return Set.of();
        }
        Workflow<?, ?, ?> record = found.get();
        LocalDate today = EscalationPass.today(now);
        List<Rung> taken = escalations.of(workflow, id).stream().map(Escalation::getRung).toList();
        Set<Rung> due = ladder.dueFor(record, today, calendar, taken);
        for (Rung rung : due) {
            escalations.take(new Escalation(workflow, id, rung, record.getDeadline(), now));
            // no state changes: the record is where it was, from and to
            notifier.tell(record, rung, record.getStatus(), record.getStatus(), Visibility.PUBLIC, ACTOR, now);
        }
        return due;
    }
}
