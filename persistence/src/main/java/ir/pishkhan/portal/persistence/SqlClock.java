package ir.pishkhan.portal.persistence;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * The time a thread spends in the database while something asked for it: what a page's SQL cost, beside what the
 * page cost in all (the web layer's page timing, issue 14: a page's server time within 30 ms of the SQL it needs).
 * <p>
 * EclipseLink tells its profiler ({@link Profiler}, set by {@link PortalSession}) when it prepares a statement,
 * executes it and fetches its rows. Those spans are added up for the thread that called {@link #start()}, nested ones
 * once, until {@link #stop()}. A thread that did not call {@code start()} pays one thread-local read per span.
 * Only what goes through EclipseLink is counted (the migrations and the identity store's own JDBC are not).
 */
public final class SqlClock {

    private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

    private SqlClock() {
    }

    /** What one thread's database work added up to since {@link #start()}. */
    public static final class Tally {
        private long nanos;
        private int statements;
        private int depth;
        private long since;

        /** The time in the database: statements prepared, executed and their rows fetched. */
        public long nanos() {
            return nanos;
        }

        /** The statements executed. */
        public int statements() {
            return statements;
        }

        void enter(boolean statement) {
            if (depth++ == 0) {
                since = System.nanoTime();
            }
            if (statement) {
                statements++;
            }
        }

        void leave() {
            if (depth > 0 && --depth == 0) {
                nanos += System.nanoTime() - since;
            }
        }
    }

    /** Starts counting this thread's database time afresh; answers the tally it adds to. */
    public static Tally start() {
        Tally tally = new Tally();
        CURRENT.set(tally);
        return tally;
    }

    /** Stops counting for this thread. */
    public static void stop() {
        CURRENT.remove();
    }

    /** The EclipseLink profiler that feeds the clock: SQL prepared, executed, rows fetched; nothing else. */
    public static class Profiler extends SessionProfilerAdapter {

        @Override
        public void startOperationProfile(String operation, DatabaseQuery query, int weight) {
            Tally tally = CURRENT.get();
            if (tally != null && isSql(operation)) {
                tally.enter(SessionProfiler.StatementExecute.equals(operation));
            }
        }

        @Override
        public void endOperationProfile(String operation, DatabaseQuery query, int weight) {
            Tally tally = CURRENT.get();
            if (tally != null && isSql(operation)) {
                tally.leave();
            }
        }

        private static boolean isSql(String operation) {
            return SessionProfiler.StatementExecute.equals(operation) || SessionProfiler.SqlPrepare.equals(operation)
                    || SessionProfiler.RowFetch.equals(operation);
        }
    }
}
