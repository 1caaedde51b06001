package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.escalation.Ladder;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.workflow.Workflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The escalation ladder's daily pass (issue 10): the forwarded complaints, the line requests with their provider and
 * the obligations the agency has not reported on that are past their deadline, read in batches by key, each climbing the rungs the domain's {@link Ladder} says are
 * due on the working calendar in force. Each instance runs it (a non-persistent timer); the {@code escalation} table's
 * unique key keeps each rung once per record whichever instance takes it, and a record whose rungs are all taken
 * costs no transaction of its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EscalationPass {

    private static final Logger LOG = Logger.getLogger(EscalationPass.class.getName());
    private static final int BATCH = 500;

    /** What one pass did. */
    public record Result(int recordsRead, Map<Rung, Integer> taken, int lostToAnotherInstance) {
    }

    @Inject
    private EscalationSteps steps;

    @Inject
    private CalendarService calendars;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.escalation.letterAfterDays", defaultValue = "3")
    private int letterAfterDays;

    @Inject
    @ConfigProperty(name = "portal.escalation.meetingAfterDays", defaultValue = "7")
    private int meetingAfterDays;

    /** A pass still running is not overlapped by another on this instance (a test's and the timer's). */
    private final AtomicBoolean running = new AtomicBoolean();

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, JalaliDates.ZONE);
    }

    /** Early each morning in Tehran, before the offices open: the day's reminders are there when people come in. */
    @Schedule(hour = "6", minute = "15", timezone = "Asia/Tehran", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        try {
            pass(clock.instant());
        } catch (RuntimeException e) {
            // tomorrow's pass tries again; a timer that threw could be cancelled by the container
            LOG.log(Level.WARNING, "escalation pass failed", e);
        }
    }

    /** The administrator's pass, as of the clock's now (admin/escalation.xhtml): the daily pass, run at once. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result now() {
        return pass(clock.instant());
    }

    /** One pass as of {@code now}; a test moves the clock by passing a later instant. Empty when one is running. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result pass(Instant now) {
        if (!running.compareAndSet(false, true)) {
            return new Result(0, Map.of(), 0);
        }
        try {
            // a period of 0 is refused here, with the keys' names, not on each record
            Ladder ladder = new Ladder(letterAfterDays, meetingAfterDays);
            BusinessCalendar calendar = calendars.calendar();
            LocalDate today = today(now);
            Map<Rung, Integer> taken = new EnumMap<>(Rung.class);
            int[] read = {0};
            int lost = 0;
            List<Enum<?>> statuses = Stream.of(Ladder.CHASED_COMPLAINTS, Ladder.CHASED_LINE_REQUESTS,
                    Ladder.CHASED_OBLIGATIONS).<Enum<?>>flatMap(Set::stream).toList();
            for (Enum<?> status : statuses) {
                lost += walk(status, today, now, ladder, calendar, taken, read);
            }
            if (!taken.isEmpty() || lost > 0) {
                LOG.info(() -> "escalation pass of " + today + ": " + taken + " over " + read[0] + " late records");
            }
            return new Result(read[0], taken, lost);
        } finally {
            running.set(false);
        }
    }

    private int walk(Enum<?> status, LocalDate today, Instant now, Ladder ladder, BusinessCalendar calendar,
                     Map<Rung, Integer> taken, int[] read) {
        int lost = 0;
        LocalDate afterDeadline = null;
        long afterId = 0;
        while (true) {
            List<? extends Workflow<?, ?, ?>> batch = steps.late(status, today, afterDeadline, afterId, BATCH);
            if (batch.isEmpty()) {
                return lost;
            }
            read[0] += batch.size();
            String workflow = batch.get(0).workflowName();
            List<Long> ids = new ArrayList<>(batch.size());
            batch.forEach(r -> ids.add(r.getId()));
            Map<Long, Set<Rung>> before = steps.taken(workflow, ids);
            for (Workflow<?, ?, ?> record : batch) {
                if (ladder.dueFor(record, today, calendar, before.getOrDefault(record.getId(), Set.of())).isEmpty()) {
                    continue;
                }
                try {
                    for (Rung rung : steps.climb(workflow, record.getId(), ladder, calendar, now)) {
                        taken.merge(rung, 1, Integer::sum);
                    }
                } catch (EJBException e) {
                    // another instance took the rung first (the unique key): it told everybody; this one did nothing
                    lost++;
                    LOG.log(Level.FINE, "a rung of " + workflow + " " + record.getId() + " was taken elsewhere", e);
                }
            }
            if (batch.size() < BATCH) {
                return lost;
            }
            Workflow<?, ?, ?> last = batch.get(batch.size() - 1);
            afterDeadline = last.getDeadline();
            afterId = last.getId();
        }
    }
}
