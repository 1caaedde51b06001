package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One Payara Micro with the portal's WAR, on a fresh PostgreSQL database, for all the browser tests of the
 * failsafe JVM: the first test class that needs it starts it, and it is kept in the root extension context's
 * store, which closes it (process tree destroyed, temp dir removed) when the test run ends.
 *
 * <p>System properties (failsafe passes them): {@code payara.microJar}, {@code portal.war},
 * {@code payara.preBootCommands} and {@code payara.postBootCommands} (the server's settings as deployed: src/main/payara), {@code test.pg.host},
 * {@code test.pg.port}, {@code test.pg.user}, {@code test.pg.password}, and optionally {@code test.pg.dbprefix}. PostgreSQL must be reachable: a run
 * without it fails, it is never skipped.
 */
public class PortalServer implements BeforeAllCallback, ParameterResolver {

    /** The test database; {@code -Dtest.pg.dbprefix} keeps two test runs on one PostgreSQL apart. */
    public static final String DATABASE = System.getProperty("test.pg.dbprefix", "pishkhan") + "_browser_it";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PortalServer.class);
    /** How long the portal may take to start: longer on a machine shared by several builds (-Dbrowser.startTimeoutSeconds). */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("browser.startTimeoutSeconds", 300));
    private static final Path LOG = Paths.get("target", "browser-it-server.log");

    @Override
    public void beforeAll(ExtensionContext context) {
        instance(context);
    }

    /** The running server, started on first use. */
    public static Instance instance(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Instance.class, k -> Instance.start(), Instance.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Instance.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return instance(context);
    }

    /** A started server. */
    @SuppressWarnings("deprecation") // CloseableResource: JUnit 5.13+ closes it as an AutoCloseable
    public static final class Instance implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final Process process;
        private final Path rootDir;
        private final String baseUrl;
        private final String jdbcUrl;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final Thread shutdownHook;

        private Instance(Process process, Path rootDir, String baseUrl, String jdbcUrl) {
            this.process = process;
            this.rootDir = rootDir;
            this.baseUrl = baseUrl;
            this.jdbcUrl = jdbcUrl;
            this.shutdownHook = new Thread(this::stop, "portal-server-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }

        /** http://127.0.0.1:PORT, without a trailing slash (the context root is "/"). */
        public String baseUrl() {
            return baseUrl;
        }

        public String url(String path) {
            return baseUrl + path;
        }

        /** A JDBC connection to the server's own database, for checks behind the UI's back. */
        public Connection database() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, Pg.user(), Pg.password());
        }

        static Instance start() {
            long t0 = System.nanoTime();
            Path jar = requiredFile("payara.microJar");
            Path war = requiredFile("portal.war");
            Pg.recreateDatabase(DATABASE);
            String jdbcUrl = Pg.url(DATABASE);
            int port = freePort();
            Path rootDir;
            try {
                rootDir = Files.createTempDirectory("pishkhan-browser-it-payara-");
                Files.createDirectories(LOG.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path preBoot = requiredFile("payara.preBootCommands");
            Path postBoot = requiredFile("payara.postBootCommands");
            List<String> command = List.of(javaExecutable(), SERIAL_GC, "-jar", jar.toString(),
                    "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
                    "--nocluster", "--interfaces", "127.0.0.1", "--rootDir", rootDir.toString(),
                    "--prebootcommandfile", preBoot.toString(), "--postbootcommandfile", postBoot.toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(LOG.toFile());
            Map<String, String> env = builder.environment();
            env.put("PORTAL_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
            env.put("PORTAL_DB_URL", jdbcUrl);
            env.put("PORTAL_DB_USER", Pg.user());
            env.put("PORTAL_DB_PASSWORD", Pg.password());
            // the API's rate per key, slowed so that a test reaches it however slow the machine (ApiBrowserIT)
            env.put("PORTAL_API_RATE_PERSECOND", "1");
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new IllegalStateException("Could not start Payara Micro: " + command, e);
            }
            Instance instance = new Instance(process, rootDir, "http://127.0.0.1:" + port, jdbcUrl);
            try {
                instance.awaitLoginPage();
                instance.checkDatabase();
            } catch (RuntimeException | Error e) {
                instance.close();
                throw e;
            }
            System.out.printf("[browser-it] Payara Micro on port %d, database %s, ready in %.1f s (log: %s)%n",
                    port, DATABASE, (System.nanoTime() - t0) / 1e9, LOG.toAbsolutePath());
            return instance;
        }

        private void awaitLoginPage() {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            String loginUrl = url("/login.xhtml");
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited with code " + process.exitValue()
                            + " before the portal answered. Log tail:\n" + logTail());
                }
                if (status(loginUrl) == 200) {
                    return;
                }
                sleep(500);
            }
            throw new IllegalStateException("The portal did not answer 200 on " + loginUrl + " within "
                    + START_TIMEOUT.toSeconds() + " s. Log tail:\n" + logTail());
        }

        /** The portal must have run on the fresh PostgreSQL database: its schema and demo accounts are there. */
        private void checkDatabase() {
            try (Connection c = database(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM user_account WHERE username = 'admin'")) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    throw new IllegalStateException("The portal started, but the demo account admin is not in "
                            + DATABASE + ": it does not run on the test database. Log tail:\n" + logTail());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The portal started, but " + DATABASE + " has no user_account table: "
                        + "it does not run on the test database (" + e.getMessage() + "). Log tail:\n" + logTail(), e);
            }
        }

        private static int status(String url) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(2000);
                c.setReadTimeout(10000);
                c.setInstanceFollowRedirects(false);
                try {
                    return c.getResponseCode();
                } finally {
                    c.disconnect();
                }
            } catch (IOException e) {
                return -1;
            }
        }

        public static String logTail() {
            try {
                List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException | UncheckedIOException e) {
                return "(no log at " + LOG.toAbsolutePath() + ": " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already
            }
        }

        private void stop() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            List<ProcessHandle> tree = new ArrayList<>();
            process.toHandle().descendants().forEach(tree::add);
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    tree.forEach(ProcessHandle::destroyForcibly);
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tree.forEach(ProcessHandle::destroyForcibly);
            }
            deleteTree(rootDir);
        }
    }

    /** The test PostgreSQL, from the test.pg.* system properties. */
    static final class Pg {

        private Pg() {
        }

        static String host() {
            return System.getProperty("test.pg.host", "127.0.0.1");
        }

        static String port() {
            return System.getProperty("test.pg.port", "5432");
        }

        static String user() {
            return System.getProperty("test.pg.user", "postgres");
        }

        static String password() {
            return System.getProperty("test.pg.password", "postgres");
        }

        static String url(String database) {
            return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
        }

        static void recreateDatabase(String name) {
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException(name);
            }
            try (Connection c = DriverManager.getConnection(url("postgres") + "?connectTimeout=10", user(), password());
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
            } catch (SQLException e) {
                throw new IllegalStateException("The browser tests need PostgreSQL at " + host() + ":" + port()
                        + " (user " + user() + "; set -Dtest.pg.host/-Dtest.pg.port/-Dtest.pg.user/-Dtest.pg.password)"
                        + " to create the database " + name + ", and could not use it: " + e.getMessage(), e);
            }
        }
    }

    static Path requiredFile(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (failsafe sets it; run "
                    + "the browser tests with mvn verify -pl portal-web)");
        }
        Path path = Paths.get(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(property + " names no file: " + path + " (run mvn package first)");
        }
        return path;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM options of a Payara Micro a test starts: on two cores, the serial collector leaves both to the server and
     * the browser (G1's concurrent threads cost a start ~15 % more CPU here); {@link #SHORT_LIVED} adds C1 only, for an
     * instance that serves a few requests (its start costs a third less CPU: 74 → 49 s here), not one a whole suite
     * of browser tests runs against.
     */
    static final String SERIAL_GC = "-XX:+UseSerialGC";
    static final String SHORT_LIVED = "-XX:TieredStopAtLevel=1";

    static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a temp dir
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }
}
