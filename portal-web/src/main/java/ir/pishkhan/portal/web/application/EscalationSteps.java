package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.complaint.ComplaintRepository;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.escalation.Escalation;
import ir.pishkhan.portal.domain.escalation.EscalationRepository;
import ir.pishkhan.portal.domain.escalation.Ladder;
import ir.pishkhan.portal.domain.escalation.LetterNumber;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.escalation.RungRecord;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.obligation.ObligationRepository;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.Workflow;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The escalation pass's steps, each in a transaction of its own: reading a batch of late records, and climbing one
 * record's due rungs — its {@code escalation} rows, its timeline entries and the notifications of each committed
 * together, or, when another instance took a rung first (the unique key), none of them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EscalationSteps {

    /** The actor of a rung: no account is named so (parentheses), so nobody is left untold as "the one who acted". */
    public static final String ACTOR = "(portal)";

    /** Who takes a rung on the record's timeline: the portal, in the secretariat's name, as it opens the seed's obligations. */
    static final Actor PORTAL = SeedService.SEED;

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private LineRequestRepository lineRequests;

    @Inject
    private ObligationRepository obligations;

    @Inject
    private EscalationRepository escalations;

    @Inject
    private Commands commands;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Notifier notifier;

    /** A batch of the records of a status past their deadline (see the repositories' {@code pastDeadline}). */
    public List<? extends Workflow<?, ?, ?>> late(Enum<?> status, LocalDate today, LocalDate afterDeadline, long afterId,
                                                  int max) {
        if (status instanceof ComplaintStatus s) {
            return complaints.pastDeadline(s, today, afterDeadline, afterId, max);
        }
        if (status instanceof ObligationStatus s) {
            return obligations.pastDeadline(s, today, afterDeadline, afterId, max);
        }
        return lineRequests.pastDeadline((LineRequestStatus) status, today, afterDeadline, afterId, max);
    }

    public Map<Long, Set<Rung>> taken(String workflow, Collection<Long> ids) {
        return escalations.taken(workflow, ids);
    }

    /**
     * Takes the rungs due today for the record, as it stands now (read again: it may have been answered since the
     * batch was read): each an {@code escalation} row and an entry of the record's timeline (the workflow's {@code
     * ESCALATE} step, by the portal), and tells of each.
     *
     * @return the rungs taken; none when nothing was due any more
     * @throws jakarta.ejb.EJBException when another instance took one of them first: this transaction rolled back
     */
    public Set<Rung> climb(String workflow, long id, Ladder ladder, BusinessCalendar calendar, Instant now) {
        Optional<? extends Workflow<?, ?, ?>> found = switch (workflow) {
            case "complaint" -> complaints.byId(id);
            case "obligation" -> obligations.byId(id);
            default -> lineRequests.byId(id);
        };
        if (found.isEmpty()) {
            return Set.of();
        }
        Workflow<?, ?, ?> record = found.get();
        LocalDate today = EscalationPass.today(now);
        List<Rung> taken = escalations.of(workflow, id).stream().map(Escalation::getRung).toList();
        Set<Rung> due = ladder.dueFor(record, today, calendar, taken);
        for (Rung rung : due) {
            Escalation row;
            if (rung == Rung.LETTER) {
                // the year's next number; two instances giving it at once: the unique key fails the second
                int year = LetterNumber.yearOf(today);
                LetterNumber number = LetterNumber.after(year, escalations.lastLetterNumber(year));
                row = Escalation.letter(workflow, id, record.getDeadline(), now, number);
            } else {
                row = new Escalation(workflow, id, rung, record.getDeadline(), now);
            }
            escalations.take(row);
            record.escalate(PORTAL, new RungRecord(rung, record.getDeadline(),
                    row.letterNumber().map(LetterNumber::text).orElse(null)), now);
            // no state changes: the record is where it was, from and to; told as the rung (the entry tells nobody)
            notifier.tell(record, rung, record.getStatus(), record.getStatus(), Visibility.PUBLIC, ACTOR, now);
        }
        if (!due.isEmpty()) {
            em.flush();
            commands.published(record);
        }
        return due;
    }
}
