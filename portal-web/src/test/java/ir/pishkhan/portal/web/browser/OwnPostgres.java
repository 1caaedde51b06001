package ir.pishkhan.portal.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own — its own data directory and port, never the shared one — that the test can
 * stop and start again (a fault test). Made with the machine's PostgreSQL programs ({@code initdb}, {@code pg_ctl}:
 * {@code /usr/lib/postgresql/<version>/bin}, Debian's package {@code postgresql}, which the test command installs
 * where it is missing). PostgreSQL refuses to run as root: as root, its programs run as the user {@code postgres}.
 */
final class OwnPostgres implements AutoCloseable {

    private static final String USER = "postgres";

    private final Path bin;
    private final Path dir;
    private final int port;

    private OwnPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** A new server, initialised and started, with an empty database {@code portal}. */
    static OwnPostgres start() throws IOException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("pishkhan-own-pg-");
        OwnPostgres pg = new OwnPostgres(bin, dir, PortalServer.freePort());
        try {
            if (isRoot()) {
                pg.run(List.of("chown", USER, dir.toString()), false);
            }
            pg.run(List.of(bin.resolve("initdb").toString(), "-D", pg.data().toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--no-sync"), true);
            pg.startServer();
            try (Connection c = pg.connect("postgres")) {
                c.createStatement().execute("CREATE DATABASE portal ENCODING 'UTF8'");
            }
        } catch (IOException | SQLException | RuntimeException e) {
            pg.close();
            throw e instanceof IOException io ? io : new IOException("Could not start a PostgreSQL of the test's own", e);
        }
        return pg;
    }

    /** The JDBC URL of the portal's database on this server. */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/portal";
    }

    String user() {
        return USER;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?connectTimeout=5", USER, "");
    }

    /** Stops the server at once (fast shutdown: open connections are ended, nothing committed is lost). */
    void stopServer() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"), true);
    }

    /** Starts the server on its data directory and port, and waits until it accepts connections. */
    void startServer() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-w", "-t", "60", "-l",
                dir.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off -c full_page_writes=off",
                "start"), true);
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop"), true);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the directory goes in any case
        }
        PortalServer.deleteTree(dir);
    }

    private Path data() {
        return dir.resolve("data");
    }

    /** Runs a program (as the user postgres when {@code asPostgres} and this is root), failing on a non-zero exit. */
    private void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres && isRoot()) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        Path out = Files.createTempFile("pishkhan-own-pg-", ".out");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile())
                    .directory(dir.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("Timed out: " + full);
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " exited with " + p.exitValue() + ":\n"
                        + Files.readString(out, StandardCharsets.UTF_8) + serverLogTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private String serverLogTail() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("server.log"), StandardCharsets.UTF_8);
            return "\nserver log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest PostgreSQL's programs on this machine. */
    private static Path binaries() {
        Path versions = Paths.get("/usr/lib/postgresql");
        try (Stream<Path> list = Files.isDirectory(versions) ? Files.list(versions) : Stream.empty()) {
            return list.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL programs (initdb, pg_ctl) under "
                            + versions + ": install Debian's package postgresql (the test command does)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer versionOf(String name) {
        try {
            return Integer.valueOf(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
