package ir.pishkhan.portal.web.faces;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The database cannot be reached for a moment (stopped, restarting, its network gone, the pool unable to hand out a
 * connection). Whatever was asked is not done — its transaction never began or was rolled back — and the user is
 * told, in their language, that the service is briefly unavailable (503, with a Retry-After), never a stack trace and
 * never an empty answer. The pool validates its connections, so the portal serves again by itself when the database
 * returns.
 */
public final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    /** Seconds after which a client may ask again. */
    public static final String RETRY_AFTER = "5";
    private static final int DEPTH = 32;

    private DatabaseOutage() {
    }

    /** The failure, however wrapped, is the database (or the pool in front of it) not answering. */
    public static boolean isOutage(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < DEPTH; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // SQLSTATE class 08: connection exception (refused, broken, could not be established)
                // and class 57P: the server shutting down, crashed, or not yet accepting connections
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                // Payara's pool: "Error in allocating a connection" (the server refused, or no connection came in time)
                String message = sql.getMessage();
                if (message != null && message.startsWith("Error in allocating a connection")) {
                    return true;
                }
            }
            String name = t.getClass().getName();
            if (name.equals("jakarta.resource.spi.ResourceAllocationException")
                    || name.equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
        }
        return false;
    }

    /** The answer to a request that met an outage: 503, shown by the portal's own error page (web.xml). */
    public static void answer(HttpServletResponse response, Throwable thrown) throws IOException {
        LOG.log(Level.WARNING, "The database is unavailable: {0}", String.valueOf(rootMessage(thrown)));
        response.setHeader("Retry-After", RETRY_AFTER);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    private static String rootMessage(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < DEPTH; depth++) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
