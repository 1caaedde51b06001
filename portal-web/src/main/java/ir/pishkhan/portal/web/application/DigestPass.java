package ir.pishkhan.portal.web.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily digest's pass (issue 10): early each morning in Tehran ({@code portal.mail.digest-at}, 06:30 by default,
 * after the escalation pass so that the day's reminders are in it), each user who takes a digest and has
 * notifications waiting gets one mail listing them, through the outbox and its worker. Each instance runs it (a
 * non-persistent timer); a notification is carried by one digest only, whichever instance writes it
 * ({@link DigestSteps#send}), so a second pass, here or elsewhere, finds nothing left.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DigestPass {

    private static final Logger LOG = Logger.getLogger(DigestPass.class.getName());
    private static final int BATCH = 200;

    @Resource
    private TimerService timers;

    @Inject
    private DigestSteps steps;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    /** A pass still running is not overlapped by another on this instance (a test's and the timer's). */
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        LocalTime at = settings.digestAt();
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute())
                .second(at.getSecond()).timezone("Asia/Tehran"), new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        try {
            pass(clock.instant());
        } catch (RuntimeException e) {
            // tomorrow's pass tries again; a timer that threw could be cancelled by the container
            LOG.log(Level.WARNING, "digest pass failed", e);
        }
    }

    /**
     * One pass as of {@code now}: the digests of what waited up to then; a test moves the clock by passing an instant.
     * How many digests this instance wrote (0 when a pass is running here already).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int pass(Instant now) {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int written = 0;
            String after = null;
            while (true) {
                List<String> batch = steps.waiting(now, after, BATCH);
                for (String recipient : batch) {
                    if (steps.send(recipient, now).isPresent()) {
                        written++;
                    }
                }
                if (batch.size() < BATCH) {
                    break;
                }
                after = batch.get(batch.size() - 1);
            }
            if (written > 0) {
                int n = written;
                LOG.info(() -> "digest pass: " + n + " digests written");
            }
            return written;
        } finally {
            running.set(false);
        }
    }
}
