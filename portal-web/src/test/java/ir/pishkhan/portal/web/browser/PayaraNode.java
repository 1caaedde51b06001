package ir.pishkhan.portal.web.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro running the portal's WAR that a test starts for itself (a fault test: a database it stops, an
 * instance it kills), on the database it names, with the shipped pre- and post-boot commands; its log in target/.
 * Short-lived: the serial collector and C1 only (PortalServer).
 */
final class PayaraNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final Path root;

    private PayaraNode(String name, Process process, int port, Path log, Path root) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.root = root;
    }

    /**
     * Starts an instance on the database {@code jdbcUrl} with {@code options} after the usual ones (e.g. a cluster's),
     * the pre-boot commands {@code preBoot}; does not wait for it ({@link #awaitLoginPage}).
     */
    static PayaraNode launch(String name, String jdbcUrl, String user, String password, Path preBoot,
                             List<String> options) throws IOException {
        return launch(name, jdbcUrl, user, password, preBoot, options, Map.of());
    }

    /**
     * As {@link #launch(String, String, String, String, Path, List)}, with {@code environment} added to the instance's
     * environment variables: MicroProfile Config reads them as the portal's settings ({@code PORTAL_MAIL_HOST} is
     * {@code portal.mail.host}, …). The database's variables are the launch's own and cannot be overridden.
     */
    static PayaraNode launch(String name, String jdbcUrl, String user, String password, Path preBoot,
                             List<String> options, Map<String, String> environment) throws IOException {
        int port = PortalServer.freePort();
        Path root = Files.createTempDirectory("pishkhan-" + name + "-");
        Path log = Paths.get("target", "payara-" + name + "-" + port + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(PortalServer.javaExecutable(),
                PortalServer.SERIAL_GC, PortalServer.SHORT_LIVED, "-jar",
                PortalServer.requiredFile("payara.microJar").toString(),
                "--deploy", PortalServer.requiredFile("portal.war").toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--interfaces", "127.0.0.1", "--rootDir", root.toString(),
                "--prebootcommandfile", preBoot.toString(),
                "--postbootcommandfile", PortalServer.requiredFile("payara.postBootCommands").toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().putAll(Map.of(
                "PORTAL_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "PORTAL_DB_URL", jdbcUrl,
                "PORTAL_DB_USER", user,
                "PORTAL_DB_PASSWORD", password));
        return new PayaraNode(name, builder.start(), port, log, root);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + " (port " + port + ")";
    }

    /** Waits until the login page answers 200; fails with the log's end if the instance exits or takes too long. */
    void awaitLoginPage() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro on port " + port + " exited: " + tail());
            }
            try {
                HttpRequest get = HttpRequest.newBuilder(URI.create(url("/login.xhtml"))).timeout(Duration.ofSeconds(30)).build();
                if (http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            PortalServer.sleep(500);
        }
        throw new IllegalStateException("Payara Micro on port " + port + " did not answer in time: " + tail());
    }

    /** Kills the instance and its children at once (SIGKILL: no shutdown of any kind). */
    void kill() {
        List<ProcessHandle> tree = new ArrayList<>();
        process.toHandle().descendants().forEach(tree::add);
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        kill();
        PortalServer.deleteTree(root);
    }

    /** The last lines of the instance's log, for a failure's message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
