package ir.pishkhan.portal.persistence;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;

/**
 * A minimal connection pool over a data source, as the application server gives the portal: closing a connection
 * hands it back (rolled back and in auto-commit mode) instead of ending the session. Without it, EclipseLink
 * outside a container opens a new database session for every query it reads with, and on PostgreSQL that costs
 * more than the query (a TCP connection, start-up and authentication each time). Used by every contract on
 * PostgreSQL ({@link TestDatabase}) and by the benchmarks; never by main code.
 */
final class PooledDataSource implements DataSource, AutoCloseable {

    private final DataSource target;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> opened = new ArrayList<>();

    PooledDataSource(DataSource target) {
        this.target = target;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        Connection physical = idle.pollFirst();
        if (physical == null || physical.isClosed()) {
            physical = target.getConnection();
            opened.add(physical);
        }
        return lend(physical);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private synchronized void giveBack(Connection physical) throws SQLException {
        if (physical.isClosed()) {
            opened.remove(physical);
            return;
        }
        if (!physical.getAutoCommit()) {
            physical.rollback();
            physical.setAutoCommit(true);
        }
        idle.addFirst(physical);
    }

    private Connection lend(Connection physical) {
        boolean[] closed = {false};
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "close":
                    if (!closed[0]) {
                        closed[0] = true;
                        giveBack(physical);
                    }
                    return null;
                case "isClosed":
                    return closed[0] || physical.isClosed();
                case "unwrap":
                    return ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
                case "isWrapperFor":
                    return ((Class<?>) args[0]).isInstance(proxy) || physical.isWrapperFor((Class<?>) args[0]);
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "pooled " + physical;
                default:
                    if (closed[0]) {
                        throw new SQLException("The connection was closed");
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        };
        return (Connection) Proxy.newProxyInstance(PooledDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    /** Closes every connection the pool opened. */
    @Override
    public synchronized void close() {
        for (Connection c : opened) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        opened.clear();
        idle.clear();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
