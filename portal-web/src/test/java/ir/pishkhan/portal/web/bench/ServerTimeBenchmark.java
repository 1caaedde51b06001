package ir.pishkhan.portal.web.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's time on the server beside the SQL it ran (issue 14: within 30 ms at p95), over HTTP on a running portal
 * that records the portal's page events (JDK Flight Recorder, {@code ir.pishkhan.Page}, a recording named "pages"):
 * the login page; signed in as the secretariat its home, the triage queue's first page, the newest complaint, the
 * offices, the agencies and the referral proposals; signed in as an office its own list. One request after another. After the requests the
 * recording is dumped ({@code jcmd}) and each measured request's event read: its server time, its SQL time and
 * statements. scripts/benchmark-server-time.sh starts the portal and calls this. Not a test.
 * <p>
 * Arguments: base URL, the portal's process id, output file, warm-up requests, measured requests, the section's title.
 */
public final class ServerTimeBenchmark {

    private ServerTimeBenchmark() {
    }

    /** One page timed: its HTTP times and its events, in order. */
    private record Timed(String what, String path, FrontDoor.Result http, Instant from, Instant to) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String pid = args[1];
        Path out = Path.of(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        String title = args[5];
        String password = System.getProperty("bench.password", "pishkhan-demo-1391");
        List<Timed> timed = new ArrayList<>();

        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        timed.add(time("Login page (no session)", anonymous, base, "/login.xhtml", warmup, runs));

        HttpClient dabir = signedIn(base, "dabir", password);
        String queue = FrontDoor.get(dabir, base + "/complaints/list.xhtml").body();
        timed.add(time("Secretariat's home", dabir, base, "/secretariat/home.xhtml", warmup, runs));
        timed.add(time("Triage queue, first page", dabir, base, "/complaints/list.xhtml", warmup, runs));
        Matcher complaint = Pattern.compile("/complaints/view\\.xhtml\\?[^\"]*?id=(\\d+)").matcher(queue);
        if (complaint.find()) {
            timed.add(time("The newest complaint (" + complaint.group(1) + ")", dabir, base,
                    "/complaints/view.xhtml?id=" + complaint.group(1), warmup, runs));
        }
        timed.add(time("Offices, first page", dabir, base, "/offices/list.xhtml", warmup, runs));
        timed.add(time("Agencies", dabir, base, "/agencies/list.xhtml", warmup, runs));
        timed.add(time("Referral proposals", dabir, base, "/secretariat/referrals.xhtml", warmup, runs));
        HttpClient office = signedIn(base, "office.hera", password);
        timed.add(time("An office's own list (office.hera)", office, base, "/complaints/list.xhtml", warmup, runs));

        Path jfr = Files.createTempFile("pages", ".jfr");
        Process dump = new ProcessBuilder("jcmd", pid, "JFR.dump", "name=pages", "filename=" + jfr).inheritIO().start();
        if (dump.waitFor() != 0) {
            throw new IllegalStateException("jcmd JFR.dump failed: is the portal recording (name=pages)?");
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(jfr);
        Files.delete(jfr);

        StringBuilder md = new StringBuilder("\n## ").append(title).append("\n\n")
                .append("Load average before: ").append(Files.readString(Path.of("/proc/loadavg")).trim())
                .append("; ").append(warmup).append(" warm-up requests, then ").append(runs)
                .append(" measured, one after another. HTTP: the client's time; server: the page event's (first filter to"
                        + " last byte); SQL: the part of it in EclipseLink's statements (prepare, execute, fetch).\n\n")
                .append("| Page | HTTP p50 / p95 ms | server p50 / p95 ms | SQL p50 / p95 ms | statements | "
                        + "server − SQL, p95 ms | within 30 ms |\n|---|---:|---:|---:|---:|---:|---|\n");
        for (Timed t : timed) {
            String path = t.path().replaceFirst("\\?.*", "");
            List<RecordedEvent> mine = new ArrayList<>();
            for (RecordedEvent e : events) {
                Instant at = e.getStartTime();
                if (path.equals(e.getString("path")) && !at.isBefore(t.from()) && !at.isAfter(t.to())) {
                    mine.add(e);
                }
            }
            mine.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
            if (mine.size() < runs) {
                throw new IllegalStateException(t.what() + ": " + mine.size() + " page events, " + runs + " requests");
            }
            mine = mine.subList(mine.size() - runs, mine.size());
            List<Double> server = new ArrayList<>();
            List<Double> sql = new ArrayList<>();
            List<Double> rest = new ArrayList<>();
            List<Double> statements = new ArrayList<>();
            for (RecordedEvent e : mine) {
                double s = e.getDuration().toNanos() / 1e6;
                double q = e.getDuration("sql").toNanos() / 1e6;
                server.add(s);
                sql.add(q);
                rest.add(s - q);
                statements.add((double) e.getInt("statements"));
            }
            FrontDoor.Result sv = new FrontDoor.Result(t.what(), "server", server, "");
            FrontDoor.Result sq = new FrontDoor.Result(t.what(), "sql", sql, "");
            FrontDoor.Result rs = new FrontDoor.Result(t.what(), "rest", rest, "");
            FrontDoor.Result st = new FrontDoor.Result(t.what(), "statements", statements, "");
            md.append(String.format(Locale.ROOT, "| %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.0f | %.1f | %s |%n",
                    t.what(), t.http().p(0.5), t.http().p(0.95), sv.p(0.5), sv.p(0.95), sq.p(0.5), sq.p(0.95),
                    st.p(0.5), rs.p(0.95), rs.p(0.95) <= 30 ? "yes" : "no"));
        }
        Files.writeString(out, md, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(md);
    }

    private static HttpClient signedIn(String base, String username, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        FrontDoor.login(client, base, username, password);
        return client;
    }

    private static Timed time(String what, HttpClient client, String base, String path, int warmup, int runs)
            throws Exception {
        Instant from = Instant.now();
        FrontDoor.Result http = FrontDoor.http(what, client, warmup, runs, i -> base + path, "");
        return new Timed(what, path, http, from, Instant.now());
    }
}
