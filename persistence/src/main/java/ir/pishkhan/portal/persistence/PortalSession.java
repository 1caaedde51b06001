package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.obligation.Obligation;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence unit's session customizer (persistence.xml): the compliance figures' tallies
 * ({@link ComplaintTallies}), how a read meets a broken connection, and the profiler that counts a request's time in
 * the database ({@link SqlClock}).
 * <p>
 * Some relations are read for a whole list at once ({@link #BATCHED}): a resolution's kinds, effects, earlier
 * wordings and meeting, an agency's party, an obligation's resolution. Each was one query per row: a page with the
 * resolutions' and agencies' menus ran some 30 statements for them, the complaint page 60, a meeting's page 40, the
 * obligations' list 30 (measured with scripts/benchmark-server-time.sh).
 * <p>
 * EclipseLink retries a read outside a transaction that failed on a broken connection, by default three times five
 * seconds apart: with the database down, every page then waited ten seconds and more before it could say so. The pool
 * validates a connection before it hands it out (DataSourceConfig), so one retry at once is enough for a connection
 * that broke since; a database that is down is told to the user at once (503).
 */
public class PortalSession implements SessionCustomizer {

    static final int QUERY_RETRIES = 1;

    /** Relations read for all the rows of a query in one more (IN): with the rows if eager, when first used if lazy. */
    static final Object[][] BATCHED = {{Resolution.class, "kinds"}, {Resolution.class, "effects"},
        {Resolution.class, "versions"}, {Resolution.class, "meeting"}, {Agency.class, "party"},
        {Obligation.class, "resolution"}};

    @Override
    public void customize(Session session) throws Exception {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(QUERY_RETRIES);
            login.setDelayBetweenConnectionAttempts(0);
        }
        new ComplaintTallies().customize(session);
        session.setProfiler(new SqlClock.Profiler());
        for (Object[] relation : BATCHED) {
            ForeignReferenceMapping mapping = (ForeignReferenceMapping) session.getDescriptor((Class<?>) relation[0])
                    .getMappingForAttributeName((String) relation[1]);
            mapping.setBatchFetchType(BatchFetchType.IN);
        }
    }
}
