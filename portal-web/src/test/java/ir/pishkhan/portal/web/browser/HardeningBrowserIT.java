package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web front as an attacker tries it (issue 13): a role crossing by a crafted post, texts over their limit, an
 * upload over the container's bound, requests the container refuses, the language switch's redirect, the headers of
 * every response, and the server's own health and metrics endpoints.
 */
@Isolated("counts every complaint before and after")
@BrowserTest
class HardeningBrowserIT {

    static final String HERA_TEXT = "پست بانک از دفتر حرا ضمانت‌نامه خواست (آزمون سخت‌سازی).";

    static String yesterday() {
        return PersianText.toPersianDigits(JalaliDates.toJalali(LocalDate.now(JalaliDates.ZONE).minusDays(1)));
    }

    @Test
    void anActionTheRoleIsNotShownPostedByHandIsRefused403AndChangesNothing(Browser browser, PortalServer.Instance server)
            throws SQLException {
        signIn(browser, Accounts.HERA);
        ComplaintPage heras = ComplaintAccessBrowserIT.file(browser, "پست بانک", "OTHER", yesterday(), HERA_TEXT);
        long id = heras.id();
        String page = ComplaintPage.PATH + "?id=" + id;
        long refusedBefore = refusals(server);

        // the guild reads the complaint; it is shown its follow-up note, never the triage: it posts the triage form
        signIn(browser, Accounts.ANJOMAN);
        ComplaintPage guilds = ComplaintPage.open(browser, id);
        assertFalse(browser.exists(By.id("triage-form")), "the guild is not shown the triage");
        String viewState = browser.find(By.cssSelector("input[name='jakarta.faces.ViewState']")).getAttribute("value");
        HttpResponse<String> triage = browser.post(page, "application/x-www-form-urlencoded", form(Map.of(
                "triage-form", "triage-form", "triage-form:priority_input", "URGENT", "triage-form:triage", "",
                "jakarta.faces.ViewState", viewState, PF.NONCE, PF.nonce(browser))));
        assertRefused403(triage, "the guild's crafted triage");

        // the office posts "resolve" on its own complaint, from the withdraw form it is shown
        signIn(browser, Accounts.HERA);
        heras = ComplaintPage.open(browser, id);
        assertTrue(heras.offers("WITHDRAW"));
        assertFalse(heras.offers("RESOLVE"));
        Multipart resolve = new Multipart().field("form-RESOLVE", "form-RESOLVE")
                .field("form-RESOLVE:text", "حل شد، با درخواستی که دفتر خودش ساخت.")
                .field("form-RESOLVE:submit", "")
                .field("jakarta.faces.ViewState", browser.find(By.cssSelector(
                        "[id='form-WITHDRAW'] input[name='jakarta.faces.ViewState']")).getAttribute("value"))
                .field(PF.NONCE, PF.nonce(browser));
        assertRefused403(browser.post(page, resolve.contentType(), resolve.bytes()), "the office's crafted resolve");

        // nothing changed, and both refusals are in the audit log
        heras = ComplaintPage.open(browser, id);
        assertEquals(fa("enum.ComplaintStatus.SUBMITTED"), heras.status());
        assertEquals(List.of(fa("enum.ComplaintAction.FILE")), heras.timelineActions());
        assertEquals(fa("enum.Priority.NORMAL"), heras.text(By.id("complaint-priority")));
        assertEquals(refusedBefore + 2, refusals(server), "each refusal audited");
    }

    @Test
    void aPostFromAnotherSitesPageIsRefusedByItsOrigin(Browser browser, PortalServer.Instance server) throws SQLException {
        signIn(browser, Accounts.HERA);
        ComplaintPage heras = ComplaintAccessBrowserIT.file(browser, "پست بانک", "OTHER", yesterday(), HERA_TEXT);
        long id = heras.id();
        long refusedBefore = refusals(server);
        // the withdraw form as the page renders it, with its view state and nonce: only the Origin is another site's
        Multipart withdraw = new Multipart().field("form-WITHDRAW", "form-WITHDRAW")
                .field("form-WITHDRAW:text", "پس گرفته با فرمی از سایت دیگر.")
                .field("form-WITHDRAW:submit", "")
                .field("jakarta.faces.ViewState", browser.find(By.cssSelector(
                        "[id='form-WITHDRAW'] input[name='jakarta.faces.ViewState']")).getAttribute("value"))
                .field(PF.NONCE, PF.nonce(browser));
        HttpResponse<String> forged = send(browser, "POST", ComplaintPage.PATH + "?id=" + id,
                Map.of("Content-Type", withdraw.contentType(), "Origin", "http://evil.example"), withdraw.bytes());
        assertRefused403(forged, "a post with another site's Origin");
        assertEquals(refusedBefore + 1, refusals(server), "audited");
        assertEquals(fa("enum.ComplaintStatus.SUBMITTED"), ComplaintPage.open(browser, id).status());
    }

    @Test
    void textsOverTheirLimitAreRefusedWithTheLimitNeverCut(Browser browser, PortalServer.Instance server) throws SQLException {
        signIn(browser, Accounts.HERA);
        long before = count(server, "SELECT COUNT(*) FROM complaint");
        String occurred = yesterday();
        ComplaintForm form = ComplaintForm.open(browser).agency("پست بانک").kind(fa("enum.ComplaintKind.OTHER"))
                .occurredOn(occurred).description(HERA_TEXT);

        // the fields' maxlength stops typing; a script (or a crafted post) goes round it: the server refuses, whole
        browser.js("arguments[0].value = arguments[1];", browser.find(ComplaintForm.OFFICIAL), "ن".repeat(300));
        form.submit();
        Layout refused = new Layout(browser);
        assertEquals(List.of(fa("complaint.official.tooLong", 200)), refused.messages());
        assertTrue(refused.messages().get(0).contains("۲۰۰"), "the limit, in Persian digits");

        form = new ComplaintForm(browser);
        form.official("آقای رضایی");
        browser.js("arguments[0].value = arguments[1];", browser.find(ComplaintForm.DESCRIPTION), "ش".repeat(10_000));
        form.submit();
        refused = new Layout(browser);
        assertEquals(List.of(fa("complaint.description.invalid", 10, 4000)), refused.messages());
        assertTrue(refused.messages().get(0).contains("۴۰۰۰"), "the limit, in Persian digits");
        assertEquals(before, count(server, "SELECT COUNT(*) FROM complaint"), "nothing filed, not even cut");
        assertEquals(0, count(server, "SELECT COUNT(*) FROM complaint WHERE LENGTH(description) = 4000"));

        // a note: the office's own withdraw, 5,000 characters
        ComplaintPage heras = ComplaintAccessBrowserIT.file(browser, "پست بانک", "OTHER", occurred, HERA_TEXT);
        long id = heras.id();
        browser.js("arguments[0].value = arguments[1];", browser.byId("form-WITHDRAW:text"), "ی".repeat(5_000));
        browser.clickAndWaitForPage(browser.byId("form-WITHDRAW:submit"));
        assertEquals(List.of(fa("complaint.text.tooLong", 4000)), new Layout(browser).messages());
        heras = ComplaintPage.open(browser, id);
        assertEquals(fa("enum.ComplaintStatus.SUBMITTED"), heras.status(), "not withdrawn with a cut reason");
    }

    @Test
    void anUploadOverTheContainersBoundGetsTheSizeMessage(Browser browser, PortalServer.Instance server) throws SQLException {
        signIn(browser, Accounts.HERA);
        long before = count(server, "SELECT COUNT(*) FROM complaint");
        Path dir = Evidence.directory("HardeningBrowserIT");
        Path big = Evidence.write(dir, "اسکن-۵۱-مگابایت.pdf", Evidence.largePdf(51 * 1024 * 1024));
        ComplaintForm form = ComplaintForm.open(browser).agency("پست بانک").kind(fa("enum.ComplaintKind.OTHER"))
                .occurredOn(yesterday()).description(HERA_TEXT).attach(big);
        form.submit();
        browser.screenshot("HardeningBrowserIT.upload-too-large");
        assertEquals(ComplaintForm.PATH, browser.pathOnly(), "back on the form, not an error page");
        assertEquals(List.of(fa("upload.tooLarge", 5, 5)), new Layout(browser).messages());
        assertFalse(browser.exists(By.id("error-500")));
        assertEquals(before, count(server, "SELECT COUNT(*) FROM complaint"));
    }

    @Test
    void whatTheContainerRefusesIsShownOnThePortalsOwnPage(Browser browser) {
        signIn(browser, Accounts.HERA);
        ComplaintPage heras = ComplaintAccessBrowserIT.file(browser, "پست بانک", "OTHER", yesterday(), HERA_TEXT,
                Evidence.write(Evidence.directory("HardeningBrowserIT"), "مدرک.pdf", Evidence.pdf()));
        String file = heras.attachments().values().iterator().next();
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            for (String path : List.of(file, "/login.xhtml", "/resources/css/portal.css")) {
                HttpResponse<String> response = send(browser, method, path, Map.of());
                checks.add(() -> assertAll(method + " " + path,
                        () -> assertTrue(response.statusCode() >= 400 && response.statusCode() < 500
                                && response.statusCode() != 404, "refused: " + response.statusCode()),
                        () -> assertTrue(response.body().contains("class=\"card error-page\""),
                                "the portal's page: " + response.body()),
                        () -> assertFalse(response.body().contains("Payara"), "the container's page"),
                        () -> AccessBrowserIT.assertNoStackTrace(response.body())));
            }
        }
        assertAll(checks);
        HttpResponse<String> put = send(browser, "PUT", file, Map.of());
        assertEquals(405, put.statusCode());
        assertTrue(put.body().contains(fa("error.405.title")), "in Persian");
    }

    @Test
    void theLanguageSwitchGoesBackOnlyToAPageOfThePortal(Browser browser) {
        URI base = URI.create(browser.baseUrl());
        Map<String, String> referers = new LinkedHashMap<>();
        referers.put("http://evil.example/complaints/view.xhtml?id=1", null);
        referers.put("http://" + base.getHost() + ":1/index.xhtml", "/index.xhtml");
        referers.put("https://" + base.getHost() + ":" + base.getPort() + "/meetings/list.xhtml", "/meetings/list.xhtml");
        referers.put("//evil.example/x", null);
        referers.put("javascript:alert(1)", null);
        referers.put(browser.baseUrl() + "/login.xhtml?lang=x", "/login.xhtml?lang=x");
        for (Map.Entry<String, String> referer : referers.entrySet()) {
            browser.reset();
            browser.open("/login.xhtml");
            String viewState = browser.find(By.cssSelector("[id='lang-form'] input[name='jakarta.faces.ViewState']"))
                    .getAttribute("value");
            HttpResponse<String> response = send(browser, "POST", "/login.xhtml", Map.of(
                    "Content-Type", "application/x-www-form-urlencoded", "Referer", referer.getKey()),
                    form(Map.of("lang-form", "lang-form", "lang-form:lang-en", "lang-form:lang-en",
                            "jakarta.faces.ViewState", viewState, PF.NONCE, PF.nonce(browser))));
            String location = response.headers().firstValue("Location").orElse("");
            URI to = base.resolve(location);
            String expected = referer.getValue() == null ? "/login.xhtml" : referer.getValue();
            assertAll(referer.getKey(),
                    () -> assertEquals(302, response.statusCode()),
                    () -> assertEquals(base.getScheme() + "://" + base.getAuthority(), to.getScheme() + "://" + to.getAuthority(),
                            "the portal's own scheme, host and port: " + location),
                    () -> assertEquals(expected, to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery())));
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndSignedInPagesAreNotStored(Browser browser) {
        HttpResponse<String> login = browser.get("/login.xhtml");
        assertSecurityHeaders(login, "the login page");
        assertPageScriptsNonced(login);
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
        assertAll("the session cookie: " + session,
                () -> assertTrue(session.contains("HttpOnly")),
                () -> assertTrue(session.toLowerCase().contains("samesite=lax")));

        signIn(browser, Accounts.HERA);
        HttpResponse<String> home = browser.get("/office/home.xhtml");
        assertEquals(200, home.statusCode());
        assertSecurityHeaders(home, "a signed-in page");
        assertPageScriptsNonced(home);
        assertTrue(home.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                "a signed-in page is not stored: " + home.headers().map());
        HttpResponse<String> css = browser.get("/jakarta.faces.resource/css/portal.css.xhtml");
        assertEquals(200, css.statusCode());
        assertFalse(css.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                "a static resource may be cached");
        assertSecurityHeaders(browser.get("/nothing.xhtml"), "an error page");

        // the pages still work under the policy: PrimeFaces' scripts ran (its nonce'd init), a menu opens a page
        browser.open("/office/home.xhtml");
        assertEquals(Boolean.TRUE, browser.js("return !!(window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE);"));
        ComplaintForm form = ComplaintForm.open(browser).kind(fa("enum.ComplaintKind.SYSTEMS_CUT_OFF"));
        assertFalse(form.suggestedResolutions().isEmpty(), "the kind's ajax request answered under the policy");
    }

    @Test
    void theServersHealthAndMetricsAreForOperatorsOnly(Browser browser) {
        for (String path : List.of("/metrics", "/metrics/vendor", "/health", "/health/ready", "/health/live")) {
            HttpResponse<String> response = browser.get(path);
            assertAll(path,
                    () -> assertNotEquals(200, response.statusCode(), "answered anyone: " + response.body()),
                    () -> assertFalse(response.body().contains("connection_pool"), "pool figures"),
                    () -> assertFalse(response.body().contains("heap"), "heap figures"),
                    () -> assertFalse(response.body().contains("Payara"), "the container's page"));
        }
    }

    // --- helpers ---

    static void assertRefused403(HttpResponse<String> response, String what) {
        assertAll(what,
                () -> assertEquals(403, response.statusCode(), "status; Location " + response.headers().firstValue("Location")),
                () -> assertTrue(response.body().contains("id=\"error-403\""), "the portal's 403 page"),
                () -> AccessBrowserIT.assertNoStackTrace(response.body()));
    }

    static void assertSecurityHeaders(HttpResponse<String> response, String what) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        String scriptSrc = Pattern.compile("script-src([^;]*)").matcher(csp).results().map(m -> m.group(1))
                .findFirst().orElse("");
        assertAll(what + " " + response.headers().map(),
                () -> assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), "one policy"),
                () -> assertTrue(scriptSrc.contains("'nonce-"), "scripts by nonce: " + csp),
                () -> assertFalse(scriptSrc.contains("unsafe-inline") || scriptSrc.contains("unsafe-eval"), csp),
                () -> assertTrue(csp.contains("object-src 'none'"), csp),
                () -> assertTrue(csp.contains("frame-ancestors 'self'"), csp),
                () -> assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null)),
                () -> assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null)),
                () -> assertTrue(response.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()")),
                () -> assertTrue(response.headers().firstValue("Server").isEmpty(), "no server banner"),
                () -> assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), "no X-Powered-By"));
    }

    /** Every inline script of the page carries the policy's nonce. */
    static void assertPageScriptsNonced(HttpResponse<String> page) {
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher m = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertTrue(m.find(), csp);
        String nonce = m.group(1);
        List<String> inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page.body()).results()
                .map(r -> r.group()).toList();
        assertFalse(inline.isEmpty(), "the page has inline scripts (PrimeFaces' init)");
        assertAll(inline.stream().map(tag -> () -> assertTrue(tag.contains("nonce=\"" + nonce + "\""), tag)));
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(), "an inline event handler");
    }

    static byte[] form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Any method, with the browser's cookies and the headers given. */
    static HttpResponse<String> send(Browser browser, String method, String path, Map<String, String> headers, byte[]... body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.ofString("x")
                        : HttpRequest.BodyPublishers.ofByteArray(body[0]));
        headers.forEach(request::header);
        String cookies = browser.cookieHeader();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long refusals(PortalServer.Instance server) throws SQLException {
        return count(server, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'REQUEST' AND action = 'REFUSED'");
    }

    static long count(PortalServer.Instance server, String sql) throws SQLException {
        try (Connection c = server.database(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
