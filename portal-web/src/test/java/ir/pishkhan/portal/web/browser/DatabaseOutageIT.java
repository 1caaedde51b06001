package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stopped for 30 s while two offices file complaints and the secretariat triages them, over HTTP as their
 * browsers do — on a PostgreSQL the test starts for itself (its own port and data directory), under a Payara Micro of
 * its own. Meanwhile every page says in Persian that the service is briefly unavailable (503, soon: no hanging), no
 * stack trace; within 10 s of PostgreSQL's return the portal serves again by itself; and every complaint and triage
 * acknowledged is in the database exactly once, whole, and nothing unacknowledged is.
 */
@Isolated("starts a PostgreSQL and a Payara Micro of its own and stops the database: two cores are theirs")
@Tag("browser")
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);
    /** What an outage's answer may take at most: it says so, it does not hang. */
    private static final Duration OUTAGE_ANSWER_LIMIT = Duration.ofSeconds(3);
    private static final Pattern FILED = Pattern.compile(Pattern.quote(ComplaintPage.PATH) + "\\?id=(\\d+)");
    private static final String POST_BANK = "پست بانک";
    private static final String UNAVAILABLE = Texts.fa("error.503.title");

    private static OwnPostgres pg;
    private static PayaraNode node;
    private static final Tally filings = new Tally();
    private static final Tally triages = new Tally();
    private static final List<Future<?>> work = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        pg = OwnPostgres.start();
        node = PayaraNode.launch("outage-it", pg.url(), pg.user(), "",
                PortalServer.requiredFile("payara.preBootCommands"), List.of("--nocluster"));
        node.awaitLoginPage();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    /** What one person's requests came to. */
    private static final class Tally {
        final Set<Long> acknowledged = Collections.synchronizedSet(new TreeSet<>());
        final List<String> unexpected = new CopyOnWriteArrayList<>();
        final List<Long> outageMillis = new CopyOnWriteArrayList<>();
        final ConcurrentLinkedQueue<Long> acknowledgedAfterReturn = new ConcurrentLinkedQueue<>();
    }

    @Test
    void whileTheDatabaseIsDownPagesSaySoInPersianAndAfterItNothingAcknowledgedIsLostOrDoubled() throws Exception {
        HttpUser hera = HttpUser.signedIn(node.url(""), Accounts.HERA);
        HttpUser aria = HttpUser.signedIn(node.url(""), Accounts.ARIA);
        HttpUser dabir = HttpUser.signedIn(node.url(""), Accounts.DABIR);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean returned = new AtomicBoolean(false);
        ConcurrentLinkedQueue<Long> toTriage = new ConcurrentLinkedQueue<>();
        ExecutorService people = Executors.newFixedThreadPool(3);
        try {
            for (HttpUser office : List.of(hera, aria)) {
                work.add(people.submit(() -> fileUntilStopped(office, running, returned, filings, toTriage)));
            }
            work.add(people.submit(() -> triageUntilStopped(dabir, running, returned, toTriage, triages)));

            // a trickle of work before the stop
            awaitCondition(Duration.ofSeconds(90), () -> filings.acknowledged.size() >= 6 && triages.acknowledged.size() >= 2,
                    "filings and triages before the stop");
            pg.stopServer();
            long stoppedAt = System.nanoTime();
            // (a filing in flight when the stop began has had its answer)
            PortalServer.sleep(2000);
            int filedBeforeStop = filings.acknowledged.size();

            // pages while it is down: the portal's 503 page in Persian, a signed-in one, the login, a servlet
            HttpUser signingIn = new HttpUser(node.url(""));
            HttpResponse<String> loginPage = signingIn.get("/login.xhtml");
            assertEquals(200, loginPage.statusCode(), "the login page needs no database");
            List<HttpResponse<String>> pages = List.of(dabir.get("/complaints/list.xhtml"), hera.get("/office/home.xhtml"),
                    signingIn.postForm("/login.xhtml", loginPage.body(), "login", Map.of(
                            "login:username", Accounts.ARIA.username(), "login:password", Accounts.PASSWORD, "login:submit", "")),
                    dabir.get("/meetings/minutes/1"));
            for (HttpResponse<String> page : pages) {
                assertUnavailablePage(page);
            }
            long left = OUTAGE.toNanos() - (System.nanoTime() - stoppedAt);
            PortalServer.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(left)));
            int filedDuringStop = filings.acknowledged.size() - filedBeforeStop;

            // it returns: the portal serves again by itself
            pg.startServer();
            long startedAt = System.nanoTime();
            awaitCondition(Duration.ofSeconds(60), () -> dabir.get("/complaints/list.xhtml").statusCode() == 200,
                    "the queue answering again");
            Duration recovery = Duration.ofNanos(System.nanoTime() - startedAt);
            returned.set(true);
            awaitCondition(Duration.ofSeconds(60), () -> filings.acknowledgedAfterReturn.size() >= 2
                    && !triages.acknowledgedAfterReturn.isEmpty(), "filings and a triage after the return");
            running.set(false);
            for (Future<?> f : work) {
                f.get(2, TimeUnit.MINUTES);
            }
            System.out.printf("[outage-it] %d complaints filed and %d triaged; %d answers during the outage, the "
                            + "slowest %d ms; the portal served again %d ms after PostgreSQL's return%n",
                    filings.acknowledged.size(), triages.acknowledged.size(),
                    filings.outageMillis.size() + triages.outageMillis.size(),
                    maxOf(filings.outageMillis, triages.outageMillis), recovery.toMillis());

            Map<Long, Integer> fileEvents = new HashMap<>();
            Map<Long, Integer> triageEvents = new HashMap<>();
            long complaints;
            try (Connection c = pg.connect("portal"); Statement s = c.createStatement()) {
                complaints = single(s, "SELECT COUNT(*) FROM complaint");
                try (ResultSet rs = s.executeQuery("SELECT complaint_id, action, COUNT(*) FROM complaint_event "
                        + "WHERE action IN ('FILE', 'TRIAGE') GROUP BY complaint_id, action")) {
                    while (rs.next()) {
                        ("FILE".equals(rs.getString(2)) ? fileEvents : triageEvents).put(rs.getLong(1), rs.getInt(3));
                    }
                }
            }
            assertAll("after the outage",
                    () -> assertEquals(List.of(), filings.unexpected, "filings answered other than done or 503"),
                    () -> assertEquals(List.of(), triages.unexpected, "triages answered other than done or 503"),
                    () -> assertFalse(filings.outageMillis.isEmpty(), "filings met the outage"),
                    () -> assertEquals(0, filedDuringStop, "nothing acknowledged while the database was down"),
                    () -> assertTrue(maxOf(filings.outageMillis, triages.outageMillis) <= OUTAGE_ANSWER_LIMIT.toMillis(),
                            "every answer during the outage within " + OUTAGE_ANSWER_LIMIT.toSeconds() + " s"),
                    () -> assertTrue(recovery.compareTo(RECOVERY_LIMIT) <= 0, "served again after " + recovery.toMillis() + " ms"),
                    () -> assertEquals(filings.acknowledged.size(), complaints, "complaints in the database: those acknowledged, no more"),
                    () -> assertTrue(fileEvents.keySet().containsAll(filings.acknowledged), "every acknowledged complaint is there"),
                    () -> assertTrue(fileEvents.values().stream().allMatch(n -> n == 1), "each filed once: " + fileEvents),
                    () -> assertEquals(triages.acknowledged, new TreeSet<>(triageEvents.keySet()), "triaged: those acknowledged"),
                    () -> assertTrue(triageEvents.values().stream().allMatch(n -> n == 1), "each triaged once: " + triageEvents));
        } finally {
            running.set(false);
            people.shutdownNow();
        }
    }

    /** An office files complaints one after another, each on a fresh form; records what each filing came to. */
    private static Void fileUntilStopped(HttpUser office, AtomicBoolean running, AtomicBoolean returned, Tally tally,
                                         ConcurrentLinkedQueue<Long> filed) throws Exception {
        String occurred = ComplaintInputBrowserIT.jalali(LocalDate.now(JalaliDates.ZONE).minusDays(3));
        int n = 0;
        while (running.get()) {
            long t0 = System.nanoTime();
            HttpResponse<String> form = office.get(ComplaintForm.PATH);
            if (counted(form, t0, tally, "the form")) {
                String page = form.body();
                Multipart body = new Multipart().field("complaint", "complaint")
                        .field("complaint:agency_input", optionValue(page, "complaint:agency_input", POST_BANK))
                        .field("complaint:kind_input", "OTHER")
                        .field("complaint:occurred", occurred)
                        .field("complaint:official", "")
                        .field("complaint:description", "شکایت شماره " + (++n) + " در آزمون قطع پایگاه داده.")
                        .file("complaint:files", "", "application/octet-stream", new byte[0])
                        .field("complaint:submit", "")
                        .field("jakarta.faces.ViewState", HttpUser.viewState(page))
                        .field(PF.NONCE, PF.nonce(page));
                t0 = System.nanoTime();
                HttpResponse<String> post = office.post(ComplaintForm.PATH, body);
                Matcher m = FILED.matcher(post.statusCode() == 302 ? HttpUser.location(post) : "");
                if (m.matches()) {
                    long id = Long.parseLong(m.group(1));
                    tally.acknowledged.add(id);
                    if (returned.get()) {
                        tally.acknowledgedAfterReturn.add(id);
                    }
                    filed.add(id);
                } else {
                    counted(post, t0, tally, "the filing");
                }
            }
            PortalServer.sleep(1000);
        }
        return null;
    }

    /** The secretariat triages the complaints filed, one by one (urgent); records what each triage came to. */
    private static Void triageUntilStopped(HttpUser dabir, AtomicBoolean running, AtomicBoolean returned,
                                           ConcurrentLinkedQueue<Long> filed, Tally tally) throws Exception {
        while (running.get()) {
            Long id = filed.peek();
            if (id == null) {
                PortalServer.sleep(200);
                continue;
            }
            String path = ComplaintPage.PATH + "?id=" + id;
            long t0 = System.nanoTime();
            HttpResponse<String> view = dabir.get(path);
            if (counted(view, t0, tally, "the complaint's page")) {
                t0 = System.nanoTime();
                HttpResponse<String> post = dabir.postForm(path, view.body(), "triage-form", Map.of(
                        "triage-form:resolutions", proposedResolution(view.body()),
                        "triage-form:priority_input", "URGENT", "triage-form:triage", ""));
                if (post.statusCode() == 302 && path.equals(HttpUser.location(post))) {
                    tally.acknowledged.add(id);
                    if (returned.get()) {
                        tally.acknowledgedAfterReturn.add(id);
                    }
                    filed.poll();
                } else {
                    counted(post, t0, tally, "the triage");
                }
            }
            PortalServer.sleep(300);
        }
        return null;
    }

    /**
     * A page that answered: true when it is the page asked for; a 503 is noted (with its time) and must be the
     * portal's page; anything else is unexpected.
     */
    private static boolean counted(HttpResponse<String> response, long t0, Tally tally, String what) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        if (response.statusCode() == 200) {
            return true;
        }
        if (response.statusCode() == 503) {
            tally.outageMillis.add(millis);
            try {
                assertUnavailablePage(response);
            } catch (AssertionError e) {
                tally.unexpected.add(what + ": " + e.getMessage());
            }
            return false;
        }
        tally.unexpected.add(what + ": " + response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
        return false;
    }

    private static void assertUnavailablePage(HttpResponse<String> page) {
        String body = page.body();
        String uri = page.request().method() + " " + page.uri().getPath();
        assertEquals(503, page.statusCode(), uri);
        assertTrue(page.headers().firstValue("Retry-After").isPresent(), uri + ": no Retry-After");
        assertTrue(body.contains("id=\"error-503\"") && body.contains(UNAVAILABLE), uri + ": not the portal's 503 page in Persian");
        assertTrue(body.contains("lang=\"fa\"") && body.contains("dir=\"rtl\""), uri + ": not right to left");
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("SQL"), uri + ": a trace");
    }

    /** The resolution the triage form proposes (ticked), else its first one: a triage links at least one. */
    static String proposedResolution(String page) {
        Matcher box = Pattern.compile("<input[^>]*name=\"triage-form:resolutions\"[^>]*>").matcher(page);
        String first = null;
        while (box.find()) {
            Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(box.group());
            if (value.find()) {
                if (box.group().contains("checked")) {
                    return value.group(1);
                }
                first = first == null ? value.group(1) : first;
            }
        }
        if (first == null) {
            throw new AssertionError("no resolution to tick in the triage form");
        }
        return first;
    }

    /** The value of the option labelled {@code label} in the select {@code name} of a page. */
    private static String optionValue(String page, String name, String label) {
        int select = page.indexOf("name=\"" + name + "\"");
        Matcher m = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>" + Pattern.quote(label) + "</option>").matcher(page);
        if (select < 0 || !m.find(select)) {
            throw new AssertionError("no option " + label + " in " + name);
        }
        return m.group(1);
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @SafeVarargs
    private static long maxOf(List<Long>... lists) {
        long max = 0;
        for (List<Long> list : lists) {
            for (long v : list) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitCondition(Duration limit, Check check, String what) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!check.holds()) {
            for (Future<?> f : work) {
                if (f.isDone()) {
                    f.get(); // a person's work that failed: its failure
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what + " (filed " + filings.acknowledged
                        + ", triaged " + triages.acknowledged + ", unexpected " + filings.unexpected + " " + triages.unexpected
                        + ")\n" + node.tail());
            }
            PortalServer.sleep(250);
        }
    }
}
