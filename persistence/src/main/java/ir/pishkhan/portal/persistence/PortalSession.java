package ir.pishkhan.portal.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence unit's session customizer (persistence.xml): the compliance figures' tallies
 * ({@link ComplaintTallies}), how a read meets a broken connection, and the profiler that counts a request's time in
 * the database ({@link SqlClock}).
 * <p>
 * EclipseLink retries a read outside a transaction that failed on a broken connection, by default three times five
 * seconds apart: with the database down, every page then waited ten seconds and more before it could say so. The pool
 * validates a connection before it hands it out (DataSourceConfig), so one retry at once is enough for a connection
 * that broke since; a database that is down is told to the user at once (503).
 */
public class PortalSession implements SessionCustomizer {

    static final int QUERY_RETRIES = 1;

    @Override
    public void customize(Session session) throws Exception {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(QUERY_RETRIES);
            login.setDelayBetweenConnectionAttempts(0);
        }
        new ComplaintTallies().customize(session);
        session.setProfiler(new SqlClock.Profiler());
    }
}
