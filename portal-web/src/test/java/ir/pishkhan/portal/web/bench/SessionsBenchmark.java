package ir.pishkhan.portal.web.bench;

import ir.pishkhan.portal.web.browser.PF;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a signed-in user's session costs the server's heap (issue 14: ≤ 100 KB each with 200 users): on the running
 * portal (its process id given), a number of users sign in, each with its own session, and open their role's pages
 * over and over, as a person does through a working day; the heap in use after a full collection is read with jcmd
 * before they sign in, while all are signed in, and after they have signed out. A session's cost is the difference
 * between the last two, divided by the users: what signing out gave back. The classes that grew the most are listed.
 * Not a test: it asserts nothing but that each page answered.
 *
 * <p>Arguments: base URL, the portal's process id, output file, users, rounds (how many times each opens its pages).
 */
public final class SessionsBenchmark {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Each role's working pages: the accounts of the demo data, the pages their menus lead to. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("dabir", List.of("/secretariat/home.xhtml", "/complaints/list.xhtml", "/meetings/view.xhtml?number=14",
                "/obligations/list.xhtml", "/lines/list.xhtml", "/offices/list.xhtml"));
        PAGES.put("office.hera", List.of("/office/home.xhtml", "/office/complaints/new.xhtml", "/complaints/list.xhtml",
                "/office/services.xhtml", "/lines/list.xhtml"));
        PAGES.put("liaison.postbank", List.of("/agency/home.xhtml", "/complaints/list.xhtml", "/obligations/list.xhtml",
                "/services/coverage.xhtml", "/contracts/list.xhtml"));
        PAGES.put("anjoman", List.of("/guild/home.xhtml", "/complaints/list.xhtml", "/reports/compliance.xhtml",
                "/meetings/list.xhtml"));
    }

    private SessionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // one page's cost alone: -Dbench.pages="dabir=/offices/list.xhtml" (an account, then its pages, comma-separated)
        String only = System.getProperty("bench.pages", "");
        if (!only.isBlank()) {
            String[] accountAndPages = only.split("=", 2);
            PAGES.clear();
            PAGES.put(accountAndPages[0], List.of(accountAndPages[1].split(",")));
        }
        String base = args[0];
        String pid = args[1];
        Path out = Path.of(args[2]);
        int users = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        String password = System.getProperty("bench.password", "pishkhan-demo-1391");
        List<String> accounts = List.copyOf(PAGES.keySet());

        // warm-up: every page compiled and its caches filled before anything is measured, then those sessions ended
        for (int i = 0; i < 2 * accounts.size(); i++) {
            HttpClient c = client();
            work(c, base, accounts.get(i % accounts.size()), password, rounds);
            signOut(c, base, accounts.get(i % accounts.size()));
        }
        long before = usedAfterGc(pid);
        Map<String, long[]> histogramBefore = histogram(pid);

        List<HttpClient> signedIn = new ArrayList<>();
        int views = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < users; i++) {
            HttpClient c = client();
            views += work(c, base, accounts.get(i % accounts.size()), password, rounds);
            signedIn.add(c);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long during = usedAfterGc(pid);
        Map<String, long[]> histogramDuring = histogram(pid);

        for (int i = 0; i < signedIn.size(); i++) {
            signOut(signedIn.get(i), base, accounts.get(i % accounts.size()));
        }
        long after = usedAfterGc(pid);

        StringBuilder md = new StringBuilder("# A signed-in user's session on the server's heap: benchmark\n\n")
                .append("Written by `scripts/benchmark-sessions.sh` (the Java main `SessionsBenchmark` in portal-web's test")
                .append(" classes) on ").append(ZonedDateTime.now()).append(". The built WAR on Payara Micro with its demo")
                .append(" data on a fresh H2 database, sessions in memory (one instance, as shipped).\n\n")
                .append("## How\n\n")
                .append(String.format(Locale.ROOT, "- %d users signed in one after another, each in its own session,"
                        + " taking turns among the accounts %s; each opened its role's pages %d times over (%d pages in"
                        + " all, %.0f s).%n", users, accounts, rounds, views, seconds))
                .append("- The heap in use after a full collection (`jcmd <pid> GC.run`, then `GC.heap_info`), read before")
                .append(" they signed in, while all were signed in, and after all had signed out. Goal: ≤ 100 KB a session")
                .append(" with 200 users.\n\n## Figures\n\n| | heap in use |\n|---|---:|\n")
                .append(String.format(Locale.ROOT, "| before (the warm-up's sessions ended) | %,d KB |%n", before))
                .append(String.format(Locale.ROOT, "| %d users signed in | %,d KB |%n", users, during))
                .append(String.format(Locale.ROOT, "| after they signed out | %,d KB |%n", after))
                .append(String.format(Locale.ROOT, "%n**A session: %.1f KB** (what signing out gave back, per user); "
                                + "%.1f KB counted from before they signed in (that includes what the portal kept"
                                + " meanwhile for everyone).%n", (during - after) / (double) users,
                        (during - before) / (double) users))
                .append("\n## The classes that grew the most while they were signed in\n\n")
                .append("| class | instances | bytes |\n|---|---:|---:|\n");
        histogramDuring.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - histogramBefore.getOrDefault(e.getKey(),
                        new long[2])[0], e.getValue()[1] - histogramBefore.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(15)
                .forEach(e -> md.append(String.format(Locale.ROOT, "| `%s` | %,d | %,d |%n", e.getKey(),
                        e.getValue()[0], e.getValue()[1])));
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in and opens the account's pages {@code rounds} times; answers how many pages were opened. */
    private static int work(HttpClient client, String base, String account, String password, int rounds) {
        FrontDoor.login(client, base, account, password);
        int opened = 0;
        for (int r = 0; r < rounds; r++) {
            for (String page : PAGES.get(account)) {
                HttpResponse<String> response = FrontDoor.get(client, base + page);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(account + ": HTTP " + response.statusCode() + " for " + page);
                }
                opened++;
            }
        }
        return opened;
    }

    /** Signs out by the menu's form on the account's home page, as a person does. */
    private static void signOut(HttpClient client, String base, String account) {
        String homePage = base + PAGES.get(account).get(0);
        String home = FrontDoor.get(client, homePage).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logout-form", "logout-form");
        form.put("logout-form:logout", "logout-form:logout");
        form.put(PF.NONCE, PF.nonce(home));
        form.put("jakarta.faces.ViewState", FrontDoor.viewState(home));
        HttpResponse<String> r = FrontDoor.post(client, homePage, form);
        if (r.statusCode() != 302 && r.statusCode() != 303) {
            throw new IllegalStateException("sign-out: HTTP " + r.statusCode());
        }
    }

    private static long usedAfterGc(String pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher m = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("no heap figure from jcmd");
        }
        return Long.parseLong(m.group(1));
    }

    /** Live classes (a full collection first): name → instances, bytes. */
    private static Map<String, long[]> histogram(String pid) throws IOException, InterruptedException {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
            Matcher m = HISTOGRAM_LINE.matcher(line);
            if (m.find()) {
                classes.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return classes;
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + ": " + text);
        }
        return text;
    }
}
