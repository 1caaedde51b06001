package ir.pishkhan.portal.persistence;

import org.eclipse.persistence.sessions.SessionProfiler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clock of a thread's time in SQL, as EclipseLink's profiler calls feed it. */
class SqlClockTest {

    private final SqlClock.Profiler profiler = new SqlClock.Profiler();

    @AfterEach
    void stop() {
        SqlClock.stop();
    }

    private void span(String operation, Runnable inside) {
        profiler.startOperationProfile(operation, null, SessionProfiler.ALL);
        inside.run();
        profiler.endOperationProfile(operation, null, SessionProfiler.ALL);
    }

    private static void busy(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    @Test
    void nestedSpansAreCountedOnceAndEachExecutedStatementOnce() {
        SqlClock.Tally tally = SqlClock.start();
        long t0 = System.nanoTime();
        span(SessionProfiler.SqlPrepare, () -> busy(1_000_000));
        span(SessionProfiler.StatementExecute, () -> span(SessionProfiler.RowFetch, () -> busy(2_000_000)));
        span(SessionProfiler.StatementExecute, () -> busy(1_000_000));
        long wall = System.nanoTime() - t0;
        assertEquals(2, tally.statements());
        assertTrue(tally.nanos() >= 4_000_000, "at least the 4 ms spent inside: " + tally.nanos());
        assertTrue(tally.nanos() <= wall, "never more than the time that passed, nested spans once: " + tally.nanos());
    }

    @Test
    void otherOperationsAndTheTimeBetweenStatementsAreNotSql() {
        SqlClock.Tally tally = SqlClock.start();
        span(SessionProfiler.ObjectBuilding, () -> busy(3_000_000));
        busy(3_000_000);
        span(SessionProfiler.StatementExecute, () -> { });
        assertEquals(1, tally.statements());
        assertTrue(tally.nanos() < 3_000_000, "only the empty statement: " + tally.nanos());
    }

    @Test
    void aThreadThatDidNotStartTheClockIsNotCounted() throws InterruptedException {
        SqlClock.Tally tally = SqlClock.start();
        Thread other = new Thread(() -> span(SessionProfiler.StatementExecute, () -> busy(1_000_000)));
        other.start();
        other.join();
        SqlClock.stop();
        span(SessionProfiler.StatementExecute, () -> busy(1_000_000));
        assertEquals(0, tally.statements());
        assertEquals(0, tally.nanos());
    }
}
