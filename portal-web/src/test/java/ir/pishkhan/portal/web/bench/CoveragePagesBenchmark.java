package ir.pishkhan.portal.web.bench;

import ir.pishkhan.portal.web.browser.PF;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the delegation coverage report (issue 11) through the front door, as the secretariat opens it: every agency
 * (resolution 5), an agency's first page, and its next pages by the page's own button (an Ajax post with the view
 * state), on the portal running over the coverage benchmark's database (scripts/benchmark-coverage-pages.sh); beside
 * the bare SQL of one page. Not a test: it asserts nothing but that each page answered.
 *
 * <p>Arguments: base URL, JDBC URL, database user, password, output file, warm-up requests, measured requests.
 */
public final class CoveragePagesBenchmark {

    private static final int SERVICES_PER_PAGE = 5;

    private CoveragePagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[4]);
        int warmup = Integer.parseInt(args[5]);
        int runs = Integer.parseInt(args[6]);
        List<FrontDoor.Result> results = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3])) {
            // the benchmark's agencies: those with a whole catalogue of 40 services (the demo's have a few)
            List<Long> agencies = ids(c, "SELECT agency_id FROM agency_service GROUP BY agency_id HAVING COUNT(*) >= 40"
                    + " ORDER BY agency_id");
            if (agencies.isEmpty()) {
                throw new IllegalStateException("no agency with 40 services: run scripts/benchmark-coverage.sh first");
            }
            HttpClient dabir = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            FrontDoor.login(dabir, base, "dabir", System.getProperty("bench.password", "pishkhan-demo-1391"));

            String page = base + "/services/coverage.xhtml";
            results.add(FrontDoor.http("Every agency with its services and those delegated (resolution 5)", dabir, warmup,
                    runs, i -> page, agencies.size() + " agencies of the benchmark and the demo's"));
            results.add(FrontDoor.http("An agency's first page (5 services × their counties), each agency in turn", dabir,
                    warmup, runs, i -> page + "?agency=" + agencies.get(i % agencies.size()),
                    "the rows of 5 services, the offices left out of each selective row (10 named)"));
            results.add(next(dabir, page, agencies, warmup, runs));

            long middle = agencies.get(agencies.size() / 2);
            List<Long> services = ids(c, "SELECT id FROM agency_service WHERE agency_id = " + middle
                    + " ORDER BY code, id LIMIT " + SERVICES_PER_PAGE);
            String in = String.join(", ", services.stream().map(String::valueOf).toList());
            results.add(FrontDoor.sql(c, "SQL: the GROUP BY of one page (its 5 services' ids known)", warmup, runs,
                    "SELECT s.id, o.county_fa, COUNT(*), COUNT(c.id) FROM agency_service s CROSS JOIN office o"
                            + " LEFT JOIN (SELECT x.id, x.service_id, x.office_id FROM authorisation x WHERE x.ended_key = 0"
                            + " AND x.service_id IN (" + in + ")) c ON c.service_id = s.id AND c.office_id = o.id"
                            + " WHERE s.id IN (" + in + ") AND o.status = 'ACTIVE' GROUP BY s.id, o.county_fa"));
            results.add(FrontDoor.sql(c, "SQL: the offices left out of one selective row (10, by name)", warmup, runs,
                    "SELECT o.id, o.name_fa, o.name_en FROM office o WHERE o.status = 'ACTIVE' AND o.county_fa ="
                            + " (SELECT MIN(county_fa) FROM office) AND NOT EXISTS (SELECT 1 FROM authorisation a"
                            + " WHERE a.service_id = " + services.get(0) + " AND a.office_id = o.id AND a.ended_key = 0)"
                            + " ORDER BY o.name_fa, o.id FETCH FIRST 10 ROWS ONLY"));
            write(out, results, c, base, warmup, runs);
        }
    }

    /**
     * The "next" button, pressed page after page: an agency's first page is opened (not timed), then each press is an
     * Ajax post of the form with its view state; after an agency's last page, the next agency.
     */
    private static FrontDoor.Result next(HttpClient client, String page, List<Long> agencies, int warmup, int runs) {
        List<Double> ms = new ArrayList<>();
        int pages = 40 / SERVICES_PER_PAGE;
        int agency = 0;
        while (ms.size() < runs) {
            HttpResponse<String> first = FrontDoor.get(client, page + "?agency=" + agencies.get(agency++ % agencies.size()));
            String viewState = FrontDoor.viewState(first.body());
            String nonce = PF.nonce(first.body());
            for (int p = 1; p < pages && ms.size() < runs; p++) {
                Map<String, String> form = new LinkedHashMap<>();
                form.put("jakarta.faces.partial.ajax", "true");
                form.put("jakarta.faces.source", "coverage-form:next");
                form.put("jakarta.faces.partial.execute", "coverage-form:next");
                form.put("jakarta.faces.partial.render", "coverage-form");
                form.put("coverage-form:next", "coverage-form:next");
                form.put("coverage-form", "coverage-form");
                form.put(PF.NONCE, nonce);
                form.put("jakarta.faces.ViewState", viewState);
                long t0 = System.nanoTime();
                HttpResponse<String> r = FrontDoor.post(client, page, form, "Faces-Request", "partial/ajax");
                double took = (System.nanoTime() - t0) / 1e6;
                if (r.statusCode() != 200 || !r.body().contains("coverage-service") || r.body().contains("<error>")) {
                    throw new IllegalStateException("the next page: HTTP " + r.statusCode() + " " + r.body()
                            .substring(0, Math.min(400, r.body().length())));
                }
                if (warmup-- <= 0) {
                    ms.add(took);
                }
            }
        }
        return new FrontDoor.Result("The next page (the page's own button, an Ajax post)", "HTTP POST", ms,
                "pages 2 to " + pages + " of agency after agency");
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static void write(Path out, List<FrontDoor.Result> results, Connection c, String base, int warmup, int runs)
            throws Exception {
        StringBuilder md = new StringBuilder("# The delegation coverage report through the front door: benchmark\n\n");
        md.append("Written by `scripts/benchmark-coverage-pages.sh` (the Java main `CoveragePagesBenchmark` in portal-web's")
                .append(" test classes) on ").append(ZonedDateTime.now()).append(".\n\n## Set-up\n\n")
                .append("- Data (made by `scripts/benchmark-coverage.sh`): ")
                .append(one(c, "SELECT COUNT(*) FROM agency")).append(" agencies, ")
                .append(one(c, "SELECT COUNT(*) FROM agency_service")).append(" services, ")
                .append(one(c, "SELECT COUNT(*) FROM office")).append(" offices, ")
                .append(one(c, "SELECT to_char(COUNT(*), 'FM9,999,999') FROM authorisation")).append(" authorisations.\n")
                .append("- The portal: the built WAR on Payara Micro (").append(base).append(") over PostgreSQL, signed in as")
                .append(" the secretariat, one client, requests one after another; ").append(warmup)
                .append(" warm-up requests, then ").append(runs).append(" measured. Goal: p95 ≤ 300 ms per page.\n")
                .append("- Load average before the run: ").append(Files.readString(Path.of("/proc/loadavg")).trim())
                .append("\n\n## Results (milliseconds)\n\n| What | How | p50 | p95 | max | note |\n|---|---|---:|---:|---:|---|\n");
        for (FrontDoor.Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %s |%n", r.what(), r.how(), r.p(0.5),
                    r.p(0.95), r.p(1.0), r.how().equals("JDBC") ? "`" + r.note() + "`" : r.note()));
        }
        Files.writeString(out, md.toString());
        System.out.print(md);
    }
}
