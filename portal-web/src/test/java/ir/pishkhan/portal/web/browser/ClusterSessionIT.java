package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal scaled out: two Payara Micro instances, started at once over one PostgreSQL database, sharing
 * sessions through Payara's Hazelcast data grid (the WAR is distributable). A user signs in on one instance,
 * goes on using the other, and stays signed in when the first one dies.
 */
@Isolated("starts two more Payara Micro instances: two cores are theirs while they start")
@Tag("browser")
class ClusterSessionIT {

    private static final String DATABASE = System.getProperty("test.pg.dbprefix", "pishkhan") + "_cluster_it";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final List<Node> nodes = new ArrayList<>();

    /** One instance: its process, HTTP port, log and root directory. */
    private record Node(Process process, int port, Path log, Path root) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    @BeforeAll
    static void startTwoInstances() throws IOException {
        PortalServer.Pg.recreateDatabase(DATABASE);
        Path jar = PortalServer.requiredFile("payara.microJar");
        Path war = PortalServer.requiredFile("portal.war");
        int hzA = PortalServer.freePort();
        int hzB = PortalServer.freePort();
        String members = "tcpip:127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
        String cluster = "pishkhan-it-" + UUID.randomUUID();
        // the shipped pre-boot commands without the one-instance line, as README's "Scaling out" says
        Path preBoot = Files.createTempFile("pishkhan-cluster-it-pre-boot-", ".txt");
        Files.write(preBoot, Files.readAllLines(PortalServer.requiredFile("payara.preBootCommands")).stream()
                .filter(line -> !line.contains("availability-enabled")).toList());
        for (int hz : new int[] {hzA, hzB}) {
            int port = PortalServer.freePort();
            Path root = Files.createTempDirectory("pishkhan-cluster-it-");
            Path log = Paths.get("target", "cluster-it-" + port + ".log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(PortalServer.javaExecutable(),
                    PortalServer.SERIAL_GC, PortalServer.SHORT_LIVED, "-jar", jar.toString(),
                    "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
                    "--clustermode", members, "--startport", String.valueOf(hz), "--clustername", cluster,
                    "--interfaces", "127.0.0.1", "--rootDir", root.toString(),
                    "--prebootcommandfile", preBoot.toString(),
                    "--postbootcommandfile", PortalServer.requiredFile("payara.postBootCommands").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of(
                    "PORTAL_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                    "PORTAL_DB_URL", PortalServer.Pg.url(DATABASE),
                    "PORTAL_DB_USER", PortalServer.Pg.user(),
                    "PORTAL_DB_PASSWORD", PortalServer.Pg.password()));
            nodes.add(new Node(builder.start(), port, log, root));
        }
        for (Node node : nodes) {
            awaitLoginPage(node);
        }
    }

    @AfterAll
    static void stop() {
        for (Node node : nodes) {
            kill(node);
            PortalServer.deleteTree(node.root());
        }
    }

    @Test
    void a_session_opened_on_one_instance_lives_on_in_the_other_after_the_first_dies() throws Exception {
        Node a = nodes.get(0);
        Node b = nodes.get(1);
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        // sign in on A
        String loginPage = get(http, a.url("/login.xhtml")).body();
        Matcher vs = VIEW_STATE.matcher(loginPage);
        assertTrue(vs.find(), "no view state on the login page");
        HttpResponse<String> login = post(http, a.url("/login.xhtml"), Map.of(
                "login", "login", "login:username", "dabir", "login:password", "pishkhan-demo-1391",
                "login:submit", "", "jakarta.faces.ViewState", vs.group(1), PF.NONCE, PF.nonce(loginPage)));
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/secretariat/home.xhtml"));
        assertSignedIn(get(http, a.url("/secretariat/home.xhtml")));

        // the same session on B
        assertSignedIn(get(http, b.url("/secretariat/home.xhtml")));

        // A dies; B still knows the user, pages with view state work
        kill(a);
        assertSignedIn(get(http, b.url("/secretariat/home.xhtml")));
        HttpResponse<String> queue = get(http, b.url("/complaints/list.xhtml"));
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("complaints-form"));
    }

    private static void assertSignedIn(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), "expected the secretariat's home, got " + page.statusCode()
                + " " + page.headers().firstValue("Location").orElse(""));
        assertTrue(page.body().contains("id=\"home-title\""), "not the home page");
        assertTrue(page.body().contains("کارشناس دبیرخانه کارگروه"), "the user's name is not on the page");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void awaitLoginPage(Node node) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException("Payara Micro on port " + node.port() + " exited: " + tail(node.log()));
            }
            try {
                if (get(http, node.url("/login.xhtml")).statusCode() == 200) {
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
        throw new IllegalStateException("Payara Micro on port " + node.port() + " did not answer in time: " + tail(node.log()));
    }

    private static void kill(Node node) {
        List<ProcessHandle> tree = new ArrayList<>();
        node.process().toHandle().descendants().forEach(tree::add);
        tree.add(node.process().toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        try {
            node.process().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
