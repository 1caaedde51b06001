package ir.pishkhan.portal.web.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the portal over plain HTTP, as their browser does: their own cookies (the session), the forms'
 * view state and script nonce posted back, redirects not followed (a test reads where they lead). HTTP/1.1 as
 * browsers and nginx speak to the portal (the JDK's default upgrade to h2c meets a known race in Grizzly: README).
 * For tests where many requests at once matter more than what a page looks like (faults, load); a page's looks
 * are the browser tests'.
 */
final class HttpUser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final HttpClient http;

    HttpUser(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    private HttpUser(String baseUrl, HttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    /** The same person — their cookies, so their session — asking another instance of the portal (a cluster). */
    HttpUser at(String otherBaseUrl) {
        return new HttpUser(otherBaseUrl, http);
    }

    /** Signs in with the demo password; fails unless the portal leads to the account's home page. */
    static HttpUser signedIn(String baseUrl, Accounts.Account account) throws IOException, InterruptedException {
        HttpUser user = new HttpUser(baseUrl);
        HttpResponse<String> login = user.postForm("/login.xhtml", user.get("/login.xhtml").body(), "login", Map.of(
                "login:username", account.username(), "login:password", Accounts.PASSWORD, "login:submit", ""));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || !location.endsWith(account.home())) {
            throw new AssertionError(account + " could not sign in: " + login.statusCode() + " " + location);
        }
        return user;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Posts the form {@code formId} of {@code page} (its view state and nonce taken from the page) with
     * {@code fields}, url-encoded, as a browser submits a form without files.
     */
    HttpResponse<String> postForm(String path, String page, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put(PF.NONCE, PF.nonce(page));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a multipart form (a form with files) built by the caller, view state and nonce included. */
    HttpResponse<String> post(String path, Multipart body) throws IOException, InterruptedException {
        return post(path, body.contentType(), body.bytes());
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The first view state on a page (every form of a page carries the same one). */
    static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state on the page");
        }
        return m.group(1);
    }

    /** Where a redirect leads: its path and query. */
    static String location(HttpResponse<?> response) {
        URI uri = URI.create(response.headers().firstValue("Location").orElse(""));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
