package ir.pishkhan.portal.persistence;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * A data source that, while {@link #record recording}, notes every prepared statement run through it with the
 * values bound to it, so that the benchmark can run the very SQL that EclipseLink and the repository ran, again,
 * with plain JDBC ({@link Statement#prepare}). Only for the benchmark.
 */
final class RecordingDataSource implements DataSource {

    /** A setter called on a prepared statement: {@code setLong(1, 42L)} and the like. */
    record Binding(Method method, Object[] args) {
        @Override
        public String toString() {
            return method.getName() + "(" + args[0] + ", " + (args.length > 1 ? args[1] : "") + ")";
        }
    }

    /** One statement run: its SQL and the values bound to it. */
    record Statement(String sql, List<Binding> bindings) {

        /** The statement prepared again on another connection, with the same values bound. */
        PreparedStatement prepare(Connection c, String prefix) throws SQLException {
            PreparedStatement ps = c.prepareStatement(prefix + sql);
            for (Binding b : bindings) {
                try {
                    b.method().invoke(ps, b.args());
                } catch (ReflectiveOperationException e) {
                    throw new SQLException("could not bind " + b, e);
                }
            }
            return ps;
        }

        /** The SQL with the bound values written in, for reading (not for running). */
        String readable() {
            String out = sql;
            for (Binding b : bindings) {
                Object v = b.args()[1];
                String literal = v instanceof Number ? v.toString() : "'" + v + "'";
                out = out.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(literal));
            }
            return out;
        }
    }

    private final DataSource target;
    private volatile List<Statement> recorded;

    RecordingDataSource(DataSource target) {
        this.target = target;
    }

    /** Starts noting statements; returns the list they are added to. */
    List<Statement> record() {
        List<Statement> list = new ArrayList<>();
        recorded = list;
        return list;
    }

    void stop() {
        recorded = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = target.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(c, method, args);
                    if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
                        return statement(ps, (String) args[0]);
                    }
                    return result;
                });
    }

    private PreparedStatement statement(PreparedStatement ps, String sql) {
        List<Binding> bindings = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                        bindings.add(new Binding(method, args.clone()));
                    } else if (name.equals("clearParameters")) {
                        bindings.clear();
                    } else if (name.startsWith("execute") && (args == null || args.length == 0)) {
                        List<Statement> list = recorded;
                        if (list != null) {
                            list.add(new Statement(sql, List.copyOf(bindings)));
                        }
                    }
                    return invoke(ps, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
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
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
