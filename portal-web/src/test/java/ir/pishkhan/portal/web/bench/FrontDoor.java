package ir.pishkhan.portal.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmarks that time pages over HTTP share: signing in with the login form, timing GETs, percentiles. */
public final class FrontDoor {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private FrontDoor() {
    }

    /** One timed thing: what, how (HTTP GET, JDBC), the times in milliseconds, a note. */
    public record Result(String what, String how, List<Double> ms, String note) {
        public double p(double q) {
            List<Double> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            int i = (int) Math.ceil(q * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }
    }


    /** Times {@code runs} GETs (after {@code warmup} untimed), one after another; anything but a 200 stops the run. */
    public static Result http(String what, HttpClient client, int warmup, int runs, IntFunction<String> url, String note)
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


    public static HttpResponse<String> get(HttpClient client, String url) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    /** The view state of a page read over HTTP (the one its forms post back). */
    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        return m.group(1);
    }

    /** Posts a form, url-encoded; answers whatever came back (the caller checks it). */
    public static HttpResponse<String> post(HttpClient client, String url, Map<String, String> form, String... headers) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(client, request.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Times {@code runs} executions of one SQL query over JDBC (after {@code warmup} untimed), every row read. */
    public static Result sql(Connection c, String what, int warmup, int runs, String sql, Object... params)
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

    /** Signs in through the login form (its view state posted back); the client keeps the session cookie. */
    public static void login(HttpClient client, String base, String username, String password) {
        HttpResponse<String> page = get(client, base + "/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        HttpResponse<String> r = post(client, base + "/login.xhtml", form);
        if (r.statusCode() != 302 && r.statusCode() != 303) {
            throw new IllegalStateException("login as " + username + " failed: HTTP " + r.statusCode());
        }
    }

}
