package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.figures.FiguresRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the compliance figures' tallies small: every {@code portal.figures.foldSeconds} (60 by default) it sums the
 * rows each complaint's change added into one row per key, a batch of {@value #BATCH} rows per transaction, until none
 * is left to fold. A non-persistent timer on every instance: of two folding the same rows, the second rolls back.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TallyFolding {

    private static final Logger LOG = Logger.getLogger(TallyFolding.class.getName());
    static final int BATCH = 5_000;

    @Resource
    private TimerService timers;

    @Inject
    private Folds folds;

    @Inject
    @ConfigProperty(name = "portal.figures.foldSeconds", defaultValue = "60")
    private long foldSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long every = Math.max(1, foldSeconds) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig(null, false));
    }

    @Timeout
    void onTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (folds.foldBatch() > 0) {
                // the next batch, each in its own transaction
            }
        } catch (RuntimeException e) {
            // another instance folded the same rows, or the database is away: the next pass tries again
            // (said, not hidden: a fold that keeps failing leaves the figures' tallies growing and their pages slower)
            LOG.log(Level.WARNING, "Tally fold stopped; the next pass in {0} s tries again: {1}", new Object[] {foldSeconds, e});
            LOG.log(Level.FINE, "Tally fold stopped", e);
        } finally {
            running.set(false);
        }
    }

    /** One batch, in its own transaction. */
    @Stateless
    public static class Folds {

        @Inject
        private FiguresRepository figures;

        @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
        public int foldBatch() {
            return figures.foldTallies(BATCH);
        }
    }
}
