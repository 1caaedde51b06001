package ir.pishkhan.portal.web.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ir.pishkhan.portal.domain.escalation.Ladder;
import ir.pishkhan.portal.web.browser.PF;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the portal chases people at scale (issue 10), through the front door of a running portal on the benchmark
 * database (a million complaints): the escalation ladder's pass over every record past its deadline, run by the
 * administrator's button as the daily timer runs it, and the mail worker draining a backlog of pending mails into a
 * real SMTP server (GreenMail, started here on the port the portal was given); meanwhile one signed-in user keeps
 * opening the triage queue and the secretariat's home, whose times are set beside the same pages' times before.
 * Not a test: it asserts nothing. Started by scripts/benchmark-chase.sh.
 */
public final class ChaseBenchmark {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = System.getProperty("bench.password", "pishkhan-demo-1391");
    /** The backlog's rows are given ids far above any the portal's sequences hand out. */
    private static final long FIRST_ID = 4_000_000_000L;

    private ChaseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String user = args[2];
        String password = args[3];
        int smtpPort = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        int mails = Integer.parseInt(args[6]);
        int runs = Integer.parseInt(args[7]);
        // each run is waited for this long at most; one cut short is reported with its rate so far
        Duration limit = Duration.ofMinutes(Long.parseLong(args[8]));
        String load = Files.readString(Path.of("/proc/loadavg")).trim();

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        StringBuilder md = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            HttpClient reader = client();
            FrontDoor.login(reader, base, "dabir", PASSWORD);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("Triage queue, first page", base + "/complaints/list.xhtml");
            pages.put("Secretariat's home", base + "/secretariat/home.xhtml");
            Map<String, FrontDoor.Result> before = new LinkedHashMap<>();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                before.put(page.getKey(), FrontDoor.http(page.getKey(), reader, 10, runs, i -> page.getValue(), ""));
            }

            // the worker: a backlog of pending mails, due now
            smtp.purgeEmailFromAllMailboxes();
            long pendingBefore = count(c, "SELECT COUNT(*) FROM outbox_mail WHERE state IN ('PENDING', 'SENDING')");
            Instant inserted = insertBacklog(c, mails);
            AtomicBoolean draining = new AtomicBoolean(true);
            Thread purger = new Thread(() -> {
                while (draining.get()) {
                    sleep(2000);
                    try {
                        // what arrived is counted in the outbox; the server need not keep 100,000 mails in memory
                        smtp.purgeEmailFromAllMailboxes();
                    } catch (com.icegreen.greenmail.store.FolderException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            purger.start();
            List<String> progress = new ArrayList<>();
            String backlogSent = "SELECT COUNT(*) FROM outbox_mail WHERE id > " + FIRST_ID + " AND state = 'SENT'";
            Timed drain = whileRunning(reader, pages, () -> {
                long minutes = 0;
                while (true) {
                    long pending = count(c, "SELECT COUNT(*) FROM outbox_mail WHERE id > " + FIRST_ID
                            + " AND state IN ('PENDING', 'SENDING')");
                    if (pending == 0) {
                        return "all sent";
                    }
                    Duration since = Duration.between(inserted, Instant.now());
                    if (since.toMinutes() > minutes) {
                        minutes = since.toMinutes();
                        progress.add(minutes + " min: " + fmt(count(c, backlogSent)) + " sent");
                    }
                    if (since.compareTo(limit) >= 0) {
                        return "cut short after " + limit.toMinutes() + " min, " + fmt(pending) + " still pending";
                    }
                    sleep(500);
                }
            });
            draining.set(false);
            purger.join();
            long sent = count(c, backlogSent);
            long failed = count(c, "SELECT COUNT(*) FROM outbox_mail WHERE id > " + FIRST_ID + " AND state = 'FAILED'");
            long attempts = count(c, "SELECT COALESCE(SUM(attempts), 0) FROM outbox_mail WHERE id > " + FIRST_ID);

            // the ladder: every record past its deadline, as the daily pass reads it
            Map<String, Long> late = late(c);
            Map<String, Long> rungsBefore = rungs(c);
            long recordsBefore = count(c, "SELECT COUNT(DISTINCT workflow || record_id) FROM escalation");
            long outboxBefore = count(c, "SELECT COUNT(*) FROM outbox_mail");
            HttpClient admin = client();
            FrontDoor.login(admin, base, "admin", PASSWORD);
            boolean ladder = args.length < 10 || Boolean.parseBoolean(args[9]);
            Timed first = !ladder ? new Timed("not run this time (BENCH_LADDER=false)", 0, Map.of())
                    : whileRunning(reader, pages, () -> within(limit, () -> pressRunPass(admin, base)));
            Map<String, Long> rungsAfter = rungs(c);
            long recordsAfter = count(c, "SELECT COUNT(DISTINCT workflow || record_id) FROM escalation");
            long outboxAfter = count(c, "SELECT COUNT(*) FROM outbox_mail");
            Timed second = null;
            Map<String, Long> rungsAgain = rungsAfter;
            if (ladder && !first.what.startsWith("cut short")) {
                second = whileRunning(reader, pages, () -> within(limit, () -> pressRunPass(admin, base)));
                rungsAgain = rungs(c);
            }

            md.append("# Benchmark: the ladder and the mail worker at scale\n\n");
            md.append("Written by `scripts/benchmark-chase.sh` (the Java main `ChaseBenchmark` in portal-web's test classes) on ")
                    .append(Instant.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores (load average before: ").append(load).append(")")
                    .append(". The built WAR on Payara Micro over the benchmark database (`scripts/generate-data.sh`: ")
                    .append(fmt(count(c, "SELECT COUNT(*) FROM complaint"))).append(" complaints, ")
                    .append(fmt(count(c, "SELECT COUNT(*) FROM line_request"))).append(" line requests, ")
                    .append(fmt(count(c, "SELECT COUNT(*) FROM obligation"))).append(" obligations), PostgreSQL on the same"
                            + " machine; GreenMail as the SMTP server, in the benchmark's JVM. While each run below goes on,"
                            + " the secretariat's user opens the triage queue and the secretariat's home one after the other;"
                            + " their times are set beside the same pages' times before (" + runs + " runs each, after 10"
                            + " warm-up). Each run is waited for " + limit.toMinutes() + " minutes at most; one cut short"
                            + " is given with what it did in that time.\n\n");
            md.append("## The mail worker over a backlog\n\n");
            md.append(fmt(mails)).append(" pending mails (Persian, HTML and plain text, about ")
                    .append(fmt(BODY.length() * 2L / 1024)).append(" KB each) were written to the outbox at once, beside ")
                    .append(fmt(pendingBefore)).append(" already pending; the portal's worker (every ")
                    .append(System.getProperty("bench.interval", "5")).append(" s, one instance): ")
                    .append(drain.what).append(".\n\n");
            md.append("| mails sent | time | mails/s | failed | attempts |\n|---:|---:|---:|---:|---:|\n");
            md.append("| ").append(fmt(sent)).append(" | ").append(seconds(drain.ms)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", sent / (drain.ms / 1000.0))).append(" | ")
                    .append(fmt(failed)).append(" | ").append(fmt(attempts)).append(" |\n\n");
            if (!progress.isEmpty()) {
                md.append("Sent, minute by minute: ").append(String.join("; ", progress)).append(".\n\n");
            }
            md.append("## The escalation ladder's daily pass (the administrator's button: admin/escalation.xhtml)\n\n");
            md.append("Records past their deadline in the states the ladder chases: ").append(late.entrySet().stream()
                    .map(e -> e.getKey() + " " + fmt(e.getValue())).collect(Collectors.joining(", "))).append("; ")
                    .append(fmt(recordsBefore)).append(" of them had climbed before this run.\n\n");
            md.append("| pass | time | records that climbed | records/s | rungs taken | mails written |\n"
                    + "|---|---:|---:|---:|---|---:|\n");
            md.append("| first (").append(first.what).append(") | ").append(seconds(first.ms)).append(" | ")
                    .append(fmt(recordsAfter - recordsBefore)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", (recordsAfter - recordsBefore) / (first.ms / 1000.0)))
                    .append(" | ").append(diff(rungsBefore, rungsAfter)).append(" | ")
                    .append(fmt(outboxAfter - outboxBefore)).append(" |\n");
            if (second != null) {
                md.append("| second, the same day (run twice, act once) | ").append(seconds(second.ms)).append(" | — | — | ")
                        .append(diff(rungsAfter, rungsAgain)).append(" | ")
                        .append(fmt(count(c, "SELECT COUNT(*) FROM outbox_mail") - outboxAfter)).append(" |\n");
            }
            md.append("\n## The pages meanwhile (the secretariat, signed in; ms, p50 / p95, and how many)\n\n");
            md.append("| page | before | during the mails | during the first pass | during the second pass |\n"
                    + "|---|---:|---:|---:|---:|\n");
            for (String page : pages.keySet()) {
                md.append("| ").append(page).append(" | ").append(both(before.get(page).ms())).append(" | ")
                        .append(both(drain.pages.get(page))).append(" | ").append(both(first.pages.get(page)))
                        .append(" | ").append(second == null ? "—" : both(second.pages.get(page))).append(" |\n");
            }
            md.append('\n');
        } finally {
            smtp.stop();
        }
        Files.writeString(out, md.toString());
        System.out.println(md);
        // a pass cut short still holds its request: the script stops the portal
        System.exit(0);
    }

    /** What ran, how long it took, and the pages' times meanwhile. */
    private record Timed(String what, double ms, Map<String, List<Double>> pages) {
    }

    @FunctionalInterface
    private interface Work {
        String run() throws Exception;
    }

    /** Runs the work while the reader opens the pages one after another; the pages' times while it ran. */
    private static Timed whileRunning(HttpClient reader, Map<String, String> pages, Work work) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        pages.keySet().forEach(p -> times.put(p, new ArrayList<>()));
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = FrontDoor.get(reader, page.getValue());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(page.getKey() + ": HTTP " + r.statusCode());
                    }
                    synchronized (times) {
                        times.get(page.getKey()).add(ms);
                    }
                }
                sleep(200);
            }
        });
        sampler.start();
        long t0 = System.nanoTime();
        String what;
        try {
            what = work.run();
        } finally {
            running.set(false);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        sampler.join();
        return new Timed(what, ms, times);
    }

    /** The work, waited for as long as the limit; after that, "cut short" (the work goes on, unwaited for). */
    private static String within(Duration limit, Work work) throws Exception {
        java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        try {
            return one.submit(work::run).get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return "cut short after " + limit.toMinutes() + " min";
        } finally {
            one.shutdownNow();
        }
    }

    /** The administrator presses "run the pass now": the page answers when the pass has run. */
    private static String pressRunPass(HttpClient admin, String base) throws Exception {
        HttpResponse<String> page = FrontDoor.get(admin, base + "/admin/escalation.xhtml");
        Matcher m = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("the escalation page: HTTP " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("escalation-form", "escalation-form");
        form.put("escalation-form:run-pass", "");
        form.put(PF.NONCE, PF.nonce(page.body()));
        form.put("jakarta.faces.ViewState", m.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = admin.send(HttpRequest.newBuilder(URI.create(base + "/admin/escalation.xhtml"))
                .timeout(Duration.ofHours(3)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && r.statusCode() != 302 && r.statusCode() != 303) {
            throw new IllegalStateException("the pass: HTTP " + r.statusCode());
        }
        return "HTTP " + r.statusCode();
    }

    /** The records past their deadline in the states the ladder chases, per table. */
    private static Map<String, Long> late(Connection c) throws SQLException {
        Map<String, Long> late = new LinkedHashMap<>();
        late.put("complaints", count(c, "SELECT COUNT(*) FROM complaint WHERE status IN " + in(Ladder.CHASED_COMPLAINTS)
                + " AND deadline < CURRENT_DATE"));
        late.put("line requests", count(c, "SELECT COUNT(*) FROM line_request WHERE status IN "
                + in(Ladder.CHASED_LINE_REQUESTS) + " AND deadline < CURRENT_DATE"));
        late.put("obligations", count(c, "SELECT COUNT(*) FROM obligation WHERE status IN "
                + in(Ladder.CHASED_OBLIGATIONS) + " AND deadline < CURRENT_DATE"));
        return late;
    }

    private static String in(Collection<? extends Enum<?>> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private static Map<String, Long> rungs(Connection c) throws SQLException {
        Map<String, Long> rungs = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT rung, COUNT(*) FROM escalation GROUP BY rung ORDER BY rung")) {
            while (r.next()) {
                rungs.put(r.getString(1), r.getLong(2));
            }
        }
        return rungs;
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        String d = after.entrySet().stream().filter(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L) != 0)
                .map(e -> e.getKey() + " " + fmt(e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .collect(Collectors.joining(", "));
        return d.isEmpty() ? "none" : d;
    }

    static final String BODY = ("سلام،\nشکایت شماره ۱۴۰۵-۰۰۰۱۲۳ به پست بانک ارجاع شد و مهلت پاسخ آن به پایان رسیده است."
            + " لطفاً از طریق پیشخوان پاسخ دهید.\n").repeat(8);

    /** The backlog, written with one INSERT as steps would have written it over a day: due now, oldest first. */
    private static Instant insertBacklog(Connection c, int mails) throws SQLException {
        String html = "<html dir=\"rtl\" lang=\"fa\"><body><p>" + BODY.replace("\n", "</p><p>") + "</p></body></html>";
        try (Statement s = c.createStatement()) {
            // an earlier run's backlog, sent or not: the benchmark's own rows
            s.executeUpdate("DELETE FROM outbox_mail WHERE id > " + FIRST_ID);
        }
        try (var s = c.prepareStatement("INSERT INTO outbox_mail (id, recipient, address, language, tracking_number,"
                + " subject, text_body, html_body, state, attempts, created_at, next_attempt_at, version)"
                + " SELECT " + FIRST_ID + " + g, 'bench', 'bench' || (g % 1000) || '@pishkhan.invalid', 'fa',"
                + " '1405-' || g, 'یادآوری: مهلت شکایت ' || g, ?, ?, 'PENDING', 0,"
                + " CURRENT_TIMESTAMP - INTERVAL '1 hour', CURRENT_TIMESTAMP - INTERVAL '1 hour', 0"
                + " FROM generate_series(1, ?) g")) {
            s.setString(1, BODY);
            s.setString(2, html);
            s.setInt(3, mails);
            s.executeUpdate();
        }
        return Instant.now();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static String both(List<Double> ms) {
        if (ms == null || ms.isEmpty()) {
            return "—";
        }
        FrontDoor.Result r = new FrontDoor.Result("", "", ms, "");
        return ms(r.p(0.5)) + " / " + ms(r.p(0.95)) + " (" + ms.size() + ")";
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
