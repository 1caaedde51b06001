package ir.pishkhan.portal.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the compliance figures through the front door, over HTTP on a running portal (scripts/benchmark-figures.sh
 * starts it on the benchmark database): the public scorecard as kept (cached), the scorecard of a span not yet kept
 * (each request another span, so each one counts), and the guild's dashboard (a fresh count on every opening); then
 * the bare SQL those pages need, with plain JDBC. Writes p50 and p95 of each to a Markdown file. Not a test.
 * <p>
 * Arguments: base URL, JDBC URL, user, password, output file, warm-up runs, measured runs.
 */
public final class FiguresBenchmark {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private FiguresBenchmark() {
    }

    record Result(String what, String how, List<Double> ms, String note) {
        double p(double q) {
            List<Double> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            int i = (int) Math.ceil(q * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String user = args[2];
        String password = args[3];
        Path out = Path.of(args[4]);
        int warmup = Integer.parseInt(args[5]);
        int runs = Integer.parseInt(args[6]);
        List<Result> results = new ArrayList<>();

        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        // today's Jalali month, as the page writes spans: the scorecard's default span ends there
        String thisMonth = jalaliMonth(anonymous, base);
        results.add(http("Public scorecard, kept (the default span: the last twelve months)", anonymous, warmup, runs,
                i -> base + "/scorecard.xhtml", "the first request counted; the rest read what was kept"));
        results.add(http("Public scorecard, counted (each request a span not asked before)", anonymous, 0, runs,
                i -> base + "/scorecard.xhtml?to=" + thisMonth + "&from=" + monthsBefore(thisMonth, 13 + i),
                "spans of 13 to " + (12 + runs) + " months"));

        HttpClient guild = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        login(guild, base, "anjoman", System.getProperty("bench.password", "pishkhan-demo-1391"));
        results.add(http("Compliance dashboard (guild), counted afresh on each opening", guild, warmup, runs,
                i -> base + "/reports/compliance.xhtml", "twelve months; every agency, two charts and the table"));

        int reportRuns = Math.max(3, runs / 6);
        results.add(http("Meeting report, PDF (meeting 159, since meeting 158)", guild, 1, reportRuns,
                i -> base + "/reports/export/meeting.pdf?number=159", "the resolutions in force and their obligations,"
                        + " complaints per agency and per agency × kind × outcome, the agenda"));
        results.add(http("Meeting report, Excel (meeting 159)", guild, 1, reportRuns,
                i -> base + "/reports/export/meeting.xlsx?number=159", "the same sheets"));

        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            int to = Integer.parseInt(thisMonth.replace("-", ""));
            int from = monthKey(monthsBefore(thisMonth, 11));
            results.add(sql(c, "SQL: complaints filed and forwarded per agency (complaint_tally)", warmup, runs,
                    "SELECT agency_id, SUM(n), SUM(CASE WHEN forwarded THEN n ELSE 0 END) FROM complaint_tally"
                            + " WHERE filed_month BETWEEN ? AND ? GROUP BY agency_id", from, to));
            results.add(sql(c, "SQL: answer days per agency (answer_tally)", warmup, runs,
                    "SELECT agency_id, answer_days, SUM(n) FROM answer_tally WHERE filed_month BETWEEN ? AND ?"
                            + " GROUP BY agency_id, answer_days HAVING SUM(n) <> 0", from, to));
            results.add(sql(c, "SQL: complaints per month and status (complaint_tally)", warmup, runs,
                    "SELECT filed_month, status, SUM(n) FROM complaint_tally WHERE filed_month BETWEEN ? AND ?"
                            + " GROUP BY filed_month, status HAVING SUM(n) <> 0", from, to));
            results.add(sql(c, "SQL: open complaints past their deadline per agency (open_tally)", warmup, runs,
                    "SELECT agency_id, SUM(n) FROM open_tally WHERE due_sort < CURRENT_DATE GROUP BY agency_id"
                            + " HAVING SUM(n) <> 0"));
            results.add(sql(c, "SQL: complaints per resolution linked (resolution_tally)", warmup, runs,
                    "SELECT t.resolution_id, m.number, r.number, SUM(t.n) FROM resolution_tally t JOIN resolution r"
                            + " ON r.id = t.resolution_id JOIN meeting m ON m.id = r.meeting_id WHERE t.filed_month"
                            + " BETWEEN ? AND ? GROUP BY t.resolution_id, m.number, r.number HAVING SUM(t.n) <> 0", from, to));
            results.add(sql(c, "SQL before the tallies: open complaints past their deadline per agency", 1, 3,
                    "SELECT agency_id, COUNT(id) FROM complaint WHERE status IN ('SUBMITTED','INFO_REQUESTED',"
                            + "'TRIAGED','FORWARDED','ANSWERED','REFERRED') AND due_sort < CURRENT_DATE GROUP BY agency_id"));
            results.add(sql(c, "SQL before the tallies: filed, forwarded, answered per agency over the complaints", 1, 3,
                    "SELECT agency_id, COUNT(id), COUNT(forwarded_at), COUNT(answer_days) FROM complaint"
                            + " WHERE filed_month BETWEEN ? AND ? GROUP BY agency_id", from, to));
            write(out, results, c, base, warmup, runs);
        }
    }

    private static Result http(String what, HttpClient client, int warmup, int runs, IntFunction<String> url, String note)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            get(client, url.apply(i));
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(client, url.apply(i));
            ms.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " for " + url.apply(i));
            }
        }
        return new Result(what, "HTTP GET", ms, note);
    }

    private static Result sql(Connection c, String what, int warmup, int runs, String sql, Object... params)
            throws SQLException {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int p = 0; p < params.length; p++) {
                    s.setObject(p + 1, params[p]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        r.getObject(1);
                    }
                }
            }
            if (i >= warmup) {
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return new Result(what, "JDBC", ms, sql);
    }

    private static HttpResponse<String> get(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void login(HttpClient client, String base, String username, String password) throws Exception {
        HttpResponse<String> page = get(client, base + "/login.xhtml");
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 && r.statusCode() != 303) {
            throw new IllegalStateException("login as " + username + " failed: HTTP " + r.statusCode());
        }
    }

    /** The scorecard's own "to" choice, selected by default: the current Jalali month, e.g. 1405-09. */
    private static String jalaliMonth(HttpClient client, String base) {
        Matcher m = Pattern.compile("<option value=\"(\\d{4}-\\d{2})\" selected").matcher(get(client, base + "/scorecard.xhtml").body());
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            throw new IllegalStateException("the scorecard offers no selected month");
        }
        return last;
    }

    private static int monthKey(String month) {
        return Integer.parseInt(month.replace("-", ""));
    }

    private static String monthsBefore(String month, int back) {
        int key = monthKey(month);
        int index = (key / 100) * 12 + (key % 100 - 1) - back;
        return String.format(Locale.ROOT, "%d-%02d", index / 12, index % 12 + 1);
    }

    private static void write(Path out, List<Result> results, Connection c, String base, int warmup, int runs)
            throws SQLException, IOException {
        StringBuilder md = new StringBuilder("# Compliance figures through the front door: benchmark\n\n");
        md.append("Written by `scripts/benchmark-figures.sh` (the Java main `FiguresBenchmark` in portal-web's test classes) on ")
                .append(ZonedDateTime.now()).append(".\n\n## Set-up\n\n");
        try (Statement s = c.createStatement()) {
            md.append("- ").append(one(s, "SELECT version()")).append("\n");
            md.append("- Data: ").append(one(s, "SELECT to_char(COUNT(*), 'FM9,999,999') FROM complaint")).append(" complaints, ")
                    .append(one(s, "SELECT COUNT(*) FROM agency")).append(" agencies; database ")
                    .append(one(s, "SELECT pg_size_pretty(pg_database_size(current_database()))")).append(".\n");
        }
        md.append("- The portal: the built WAR on Payara Micro (").append(base).append("), one client, requests one after another; ")
                .append(warmup).append(" warm-up requests, then ").append(runs).append(" measured. Goal: p95 ≤ 300 ms, the kept scorecard ≤ 20 ms.\n");
        md.append("- Load average before the run: ").append(Files.readString(Path.of("/proc/loadavg")).trim()).append("\n\n");
        md.append("## Results (milliseconds)\n\n| What | How | p50 | p95 | max | note |\n|---|---|---:|---:|---:|---|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %s |%n", r.what(), r.how(), r.p(0.5),
                    r.p(0.95), r.p(1.0), r.how().equals("JDBC") ? "`" + r.note() + "`" : r.note()));
        }
        Files.writeString(out, md.toString());
        System.out.print(md);
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
