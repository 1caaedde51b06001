package ir.pishkhan.portal.web.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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


    private FiguresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String user = args[2];
        String password = args[3];
        Path out = Path.of(args[4]);
        int warmup = Integer.parseInt(args[5]);
        int runs = Integer.parseInt(args[6]);
        List<FrontDoor.Result> results = new ArrayList<>();

        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        // today's Jalali month, as the page writes spans: the scorecard's default span ends there
        String thisMonth = jalaliMonth(anonymous, base);
        results.add(FrontDoor.http("Public scorecard, kept (the default span: the last twelve months)", anonymous, warmup, runs,
                i -> base + "/scorecard.xhtml", "the first request counted; the rest read what was kept"));
        results.add(FrontDoor.http("Public scorecard, counted (each request a span not asked before)", anonymous, 0, runs,
                i -> base + "/scorecard.xhtml?to=" + thisMonth + "&from=" + monthsBefore(thisMonth, 13 + i),
                "spans of 13 to " + (12 + runs) + " months"));

        HttpClient guild = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        FrontDoor.login(guild, base, "anjoman", System.getProperty("bench.password", "pishkhan-demo-1391"));
        results.add(FrontDoor.http("Compliance dashboard (guild), counted afresh on each opening", guild, warmup, runs,
                i -> base + "/reports/compliance.xhtml", "twelve months; every agency, two charts and the table"));

        int reportRuns = Math.max(3, runs / 6);
        results.add(FrontDoor.http("Meeting report, PDF (meeting 159, since meeting 158)", guild, 1, reportRuns,
                i -> base + "/reports/export/meeting.pdf?number=159", "the resolutions in force and their obligations,"
                        + " complaints per agency and per agency × kind × outcome, the agenda"));
        results.add(FrontDoor.http("Meeting report, Excel (meeting 159)", guild, 1, reportRuns,
                i -> base + "/reports/export/meeting.xlsx?number=159", "the same sheets"));

        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            int to = Integer.parseInt(thisMonth.replace("-", ""));
            int from = monthKey(monthsBefore(thisMonth, 11));
            results.add(FrontDoor.sql(c, "SQL: complaints filed and forwarded per agency (complaint_tally)", warmup, runs,
                    "SELECT agency_id, SUM(n), SUM(CASE WHEN forwarded THEN n ELSE 0 END) FROM complaint_tally"
                            + " WHERE filed_month BETWEEN ? AND ? GROUP BY agency_id", from, to));
            results.add(FrontDoor.sql(c, "SQL: answer days per agency (answer_tally)", warmup, runs,
                    "SELECT agency_id, answer_days, SUM(n) FROM answer_tally WHERE filed_month BETWEEN ? AND ?"
                            + " GROUP BY agency_id, answer_days HAVING SUM(n) <> 0", from, to));
            results.add(FrontDoor.sql(c, "SQL: complaints per month and status (complaint_tally)", warmup, runs,
                    "SELECT filed_month, status, SUM(n) FROM complaint_tally WHERE filed_month BETWEEN ? AND ?"
                            + " GROUP BY filed_month, status HAVING SUM(n) <> 0", from, to));
            results.add(FrontDoor.sql(c, "SQL: open complaints past their deadline per agency (open_tally)", warmup, runs,
                    "SELECT agency_id, SUM(n) FROM open_tally WHERE due_sort < CURRENT_DATE GROUP BY agency_id"
                            + " HAVING SUM(n) <> 0"));
            results.add(FrontDoor.sql(c, "SQL: complaints per resolution linked (resolution_tally)", warmup, runs,
                    "SELECT t.resolution_id, m.number, r.number, SUM(t.n) FROM resolution_tally t JOIN resolution r"
                            + " ON r.id = t.resolution_id JOIN meeting m ON m.id = r.meeting_id WHERE t.filed_month"
                            + " BETWEEN ? AND ? GROUP BY t.resolution_id, m.number, r.number HAVING SUM(t.n) <> 0", from, to));
            results.add(FrontDoor.sql(c, "SQL before the tallies: open complaints past their deadline per agency", 1, 3,
                    "SELECT agency_id, COUNT(id) FROM complaint WHERE status IN ('SUBMITTED','INFO_REQUESTED',"
                            + "'TRIAGED','FORWARDED','ANSWERED','REFERRED') AND due_sort < CURRENT_DATE GROUP BY agency_id"));
            results.add(FrontDoor.sql(c, "SQL before the tallies: filed, forwarded, answered per agency over the complaints", 1, 3,
                    "SELECT agency_id, COUNT(id), COUNT(forwarded_at), COUNT(answer_days) FROM complaint"
                            + " WHERE filed_month BETWEEN ? AND ? GROUP BY agency_id", from, to));
            write(out, results, c, base, warmup, runs);
        }
    }

    /** The scorecard's own "to" choice, selected by default: the current Jalali month, e.g. 1405-09. */
    private static String jalaliMonth(HttpClient client, String base) {
        Matcher m = Pattern.compile("<option value=\"(\\d{4}-\\d{2})\" selected").matcher(FrontDoor.get(client, base + "/scorecard.xhtml").body());
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

    private static void write(Path out, List<FrontDoor.Result> results, Connection c, String base, int warmup, int runs)
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
        for (FrontDoor.Result r : results) {
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
