package ir.pishkhan.portal.web.bench;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the pages people open most, over HTTP on a running portal, one user, one request after another: the
 * secretariat's home, the triage queue, a complaint, the 14th meeting, the offices and the agencies (signed in), the
 * login page and the public scorecard (not). scripts/benchmark-pages.sh starts the portal once per way of keeping
 * sessions and calls this once per portal: each call appends a section to the output file. Not a test.
 * <p>
 * Arguments: base URL, output file, the section's title, warm-up requests, measured requests.
 */
public final class PagesBenchmark {

    private PagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        String title = args[2];
        int warmup = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        List<FrontDoor.Result> results = new ArrayList<>();

        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        results.add(FrontDoor.http("Login page (no session)", anonymous, warmup, runs, i -> base + "/login.xhtml", ""));
        results.add(FrontDoor.http("Public scorecard (no session, kept)", anonymous, warmup, runs,
                i -> base + "/scorecard.xhtml", ""));

        HttpClient dabir = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        FrontDoor.login(dabir, base, "dabir", System.getProperty("bench.password", "pishkhan-demo-1391"));
        String queue = FrontDoor.get(dabir, base + "/complaints/list.xhtml").body();
        List<String[]> pages = new ArrayList<>(List.of(
                new String[] {"Secretariat's home", "/secretariat/home.xhtml"},
                new String[] {"Triage queue, first page", "/complaints/list.xhtml"},
                new String[] {"The 14th meeting", "/meetings/view.xhtml?number=14"},
                new String[] {"Offices, first page", "/offices/list.xhtml"},
                new String[] {"Agencies", "/agencies/list.xhtml"}));
        // the newest complaint in the queue, when there is one (the demo data may hold none)
        Matcher complaint = Pattern.compile("/complaints/view\\.xhtml\\?[^\"]*?id=(\\d+)").matcher(queue);
        if (complaint.find()) {
            pages.add(2, new String[] {"A complaint (" + complaint.group(1) + ")", "/complaints/view.xhtml?id=" + complaint.group(1)});
        }
        for (String[] page : pages) {
            results.add(FrontDoor.http(page[0] + " (signed in)", dabir, warmup, runs, i -> base + page[1], ""));
        }

        StringBuilder md = new StringBuilder("\n## ").append(title).append("\n\n")
                .append("Load average before: ").append(Files.readString(Path.of("/proc/loadavg")).trim())
                .append("; ").append(warmup).append(" warm-up requests, then ").append(runs).append(" measured.\n\n")
                .append("| Page | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n");
        for (FrontDoor.Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", r.what(), r.p(0.5), r.p(0.95), r.p(1.0)));
        }
        Files.writeString(out, md, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(md);
    }
}
