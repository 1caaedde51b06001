package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.apikey.ApiKey;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.en;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API for the agencies' own systems (issue 14), with a real HTTP client against the built WAR: a system lists,
 * reads and answers the complaints forwarded to its agency and updates the line requests sent to it, as its
 * liaison would on the screens (the same timeline); another agency's records do not exist for it; a request without
 * a valid key, over the rate or over the bound, not JSON, or without an idempotency key is refused with a clear JSON
 * error; a POST sent again acts once.
 */
@BrowserTest
class ApiBrowserIT {

    static final String TEXT = "پست بانک از دفتر حرا ضمانت‌نامه خواست (آزمون API).";
    static final String ANSWER = "پاسخ سامانه پست بانک: شعبه از ضمانت‌نامه گرفتن منع شد.";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    /** A key issued for the agency straight into the server's database (the admin page issues them the same way). */
    static String key(PortalServer.Instance server, String agencyCode, String name) throws SQLException {
        ApiKey.Issued issued;
        try (Connection c = server.database()) {
            long agency;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM agency WHERE code = ?")) {
                s.setString(1, agencyCode);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    agency = r.getLong(1);
                }
            }
            issued = ApiKey.issue(new ir.pishkhan.portal.domain.agency.Agency(agencyCode, name, name,
                    ir.pishkhan.portal.domain.agency.AgencyKind.BANK, null), name, "admin", java.time.Instant.now(), new SecureRandom());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO api_key (id, agency_id, name, prefix, key_hash,"
                    + " created_at, created_by, version) VALUES (nextval('api_key_seq'), ?, ?, ?, ?, now(), 'admin', 0)")) {
                s.setLong(1, agency);
                s.setString(2, name);
                s.setString(3, issued.key().getPrefix());
                s.setString(4, issued.key().getKeyHash());
                s.executeUpdate();
            }
        }
        return issued.secret();
    }

    static HttpResponse<String> get(PortalServer.Instance server, String key, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    static HttpResponse<String> post(PortalServer.Instance server, String key, String path, String idempotencyKey,
                                     byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    static HttpResponse<String> post(PortalServer.Instance server, String key, String path, String idempotencyKey, String json) {
        return post(server, key, path, idempotencyKey, json.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader r = Json.createReader(new StringReader(response.body()))) {
            return r.readObject();
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON object (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The response is the API's JSON error: this status, this code, this text. */
    static void assertError(HttpResponse<String> response, int status, String code, String message, String what) {
        assertAll(what,
                () -> assertEquals(status, response.statusCode(), response.body()),
                () -> assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                        "JSON: " + response.headers().map()),
                () -> assertEquals(code, json(response).getString("error")),
                () -> assertEquals(message, json(response).getString("message")),
                () -> AccessBrowserIT.assertNoStackTrace(response.body()),
                () -> assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no session, no cookie"));
    }

    static long count(PortalServer.Instance server, String sql, long id) throws SQLException {
        try (Connection c = server.database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static String yesterday() {
        return PersianText.toPersianDigits(JalaliDates.toJalali(LocalDate.now(JalaliDates.ZONE).minusDays(1)));
    }

    static List<Long> ids(JsonObject page) {
        List<Long> out = new ArrayList<>();
        page.getJsonArray("items").forEach(v -> out.add(v.asJsonObject().getJsonNumber("id").longValue()));
        return out;
    }

    @Test
    void anAgencysSystemListsReadsAndAnswersItsForwardedComplaintOnceAndAnotherAgencysDoesNotExistForIt(
            Browser browser, PortalServer.Instance server) throws Exception {
        Path dir = Evidence.directory("ApiBrowserIT");
        Path pdf = Evidence.write(dir, "مدرک-حرا.pdf", Evidence.pdf());
        signIn(browser, Accounts.HERA);
        long id = ComplaintAccessBrowserIT.file(browser, "پست بانک", "GUARANTEE_DEMANDED", yesterday(), TEXT, pdf).id();
        String postBank = key(server, "post-bank", "سامانه پست بانک");
        String telecom = key(server, "telecom", "سامانه مخابرات");
        String complaint = "/api/v1/complaints/" + id;

        // not forwarded yet: not the agency's
        assertError(get(server, postBank, complaint), 404, "not_found", fa("error.notFound"), "before it is forwarded");
        assertFalse(ids(json(get(server, postBank, "/api/v1/complaints?limit=100"))).contains(id));

        signIn(browser, Accounts.DABIR);
        ComplaintPage.open(browser, id).triage(fa("enum.Priority.NORMAL"), null).act("FORWARD", "");

        // --- the list: forwarded to post bank, filtered by state and day, key-paged ---
        JsonObject list = json(get(server, postBank, "/api/v1/complaints?state=FORWARDED&limit=100"));
        assertTrue(ids(list).contains(id), list.toString());
        assertFalse(ids(json(get(server, postBank, "/api/v1/complaints?state=ANSWERED"))).contains(id));
        String tomorrow = LocalDate.now(JalaliDates.ZONE).plusDays(1).toString();
        assertFalse(ids(json(get(server, postBank, "/api/v1/complaints?since=" + tomorrow))).contains(id));
        assertFalse(ids(json(get(server, telecom, "/api/v1/complaints?limit=100"))).contains(id), "not telecom's");
        JsonObject first = json(get(server, postBank, "/api/v1/complaints?limit=1"));
        assertEquals(1, first.getJsonArray("items").size());
        if (!first.isNull("next")) {
            JsonObject second = json(get(server, postBank, "/api/v1/complaints?limit=1&after=" + first.getString("next")));
            assertFalse(ids(second).contains(ids(first).get(0)), "the next page starts after the first");
        }
        assertError(get(server, postBank, "/api/v1/complaints?state=NONSENSE"), 400, "bad_request",
                fa("api.field.choice", "state", String.join(", ", Arrays.stream(
                        ir.pishkhan.portal.domain.complaint.ComplaintStatus.values()).map(Enum::name).toList())),
                "an unknown state");

        // --- one complaint, its file ---
        JsonObject read = json(get(server, postBank, complaint));
        long version = read.getJsonNumber("version").longValue();
        JsonArray files = read.getJsonArray("files");
        assertAll("read",
                () -> assertEquals("FORWARDED", read.getString("status")),
                () -> assertEquals(TEXT, read.getString("description")),
                () -> assertTrue(read.getJsonArray("actions").toString().contains("ANSWER")),
                () -> assertEquals(1, files.size()),
                () -> assertEquals("مدرک-حرا.pdf", files.getJsonObject(0).getString("name")));
        HttpResponse<byte[]> file = sendBytes(server, postBank, files.getJsonObject(0).getString("url"));
        assertEquals(200, file.statusCode());
        assertArrayEquals(Evidence.pdf(), file.body());

        // --- another agency's system: the complaint, its file and its answer do not exist for it ---
        assertError(get(server, telecom, complaint), 404, "not_found", fa("error.notFound"), "telecom reads post bank's");
        assertEquals(404, sendBytes(server, telecom, files.getJsonObject(0).getString("url")).statusCode());
        assertError(post(server, telecom, complaint + "/answer", UUID.randomUUID().toString(),
                        "{\"version\":" + version + ",\"text\":\"پاسخ دیگری که نباید ثبت شود.\"}"),
                404, "not_found", fa("error.notFound"), "telecom answers post bank's");

        // --- bad requests, each refused with a clear message, nothing saved ---
        String answer = "{\"version\":" + version + ",\"text\":\"" + ANSWER + "\",\"files\":[{\"name\":\"پاسخ.pdf\",\"content\":\""
                + Base64.getEncoder().encodeToString(Evidence.pdf()) + "\"}]}";
        assertError(post(server, postBank, complaint + "/answer", null, answer), 400, "invalid",
                fa("api.idempotency.missing"), "no idempotency key");
        assertError(post(server, postBank, complaint + "/answer", "bad-json", "{\"version\": 1, \"text\": "), 400,
                "bad_request", fa("api.json.invalid"), "not JSON");
        assertError(post(server, postBank, complaint + "/answer", "bad-json", "{\"version\": 1, \"text\": ".getBytes(StandardCharsets.UTF_8),
                        "Accept-Language", "en-US,en;q=0.9"), 400, "bad_request", en("api.json.invalid"), "in English");
        byte[] huge = new byte[9 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        assertError(post(server, postBank, complaint + "/answer", "huge", huge), 413, "payload_too_large",
                fa("api.body.tooLarge", "۸"), "over the bound");
        assertError(post(server, postBank, complaint + "/answer", "stale", "{\"version\":" + (version - 1) + ",\"text\":\"" + ANSWER + "\"}"),
                409, "conflict", fa("error.concurrentChange"), "a stale version");
        String exe = "{\"version\":" + version + ",\"text\":\"" + ANSWER + "\",\"files\":[{\"name\":\"a.pdf\",\"content\":\""
                + Base64.getEncoder().encodeToString(Evidence.executable()) + "\"}]}";
        HttpResponse<String> refusedFile = post(server, postBank, complaint + "/answer", "exe", exe);
        assertEquals(400, refusedFile.statusCode(), "a file the screens refuse: " + refusedFile.body());
        assertEquals("invalid", json(refusedFile).getString("error"));
        assertEquals(0, count(server, "SELECT count(*) FROM complaint_event WHERE complaint_id = ? AND action = 'ANSWER'", id),
                "nothing answered by a refused request");

        // --- the answer, sent by a system six times at once under one idempotency key (a retry racing the first
        // try), then once more: acted once, the same answer to each ---
        // (sent with a second key of the same system, named the same: its own rate, as six at once would use up
        // the burst that this test's other requests need)
        String retrying = key(server, "post-bank", "سامانه پست بانک");
        String once = UUID.randomUUID().toString();
        List<HttpResponse<String>> raced = atOnce(6, () -> post(server, retrying, complaint + "/answer", once, answer));
        for (HttpResponse<String> r : raced) {
            assertEquals(200, r.statusCode(), "each of the requests sent at once: " + r.body());
        }
        List<HttpResponse<String>> acted = raced.stream()
                .filter(r -> "false".equals(r.headers().firstValue("Idempotent-Replayed").orElse(""))).toList();
        assertEquals(1, acted.size(), "one request of those sent at once acted, the others were given its answer");
        HttpResponse<String> answered = acted.get(0);
        assertEquals("ANSWERED", json(answered).getString("status"));
        for (HttpResponse<String> r : raced) {
            assertEquals(answered.body(), r.body(), "the same answer to each");
        }
        HttpResponse<String> replayed = post(server, retrying, complaint + "/answer", once, answer);
        assertAll("replayed",
                () -> assertEquals(200, replayed.statusCode(), replayed.body()),
                () -> assertEquals(answered.body(), replayed.body()),
                () -> assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse("")));
        assertEquals(1, count(server, "SELECT count(*) FROM complaint_event WHERE complaint_id = ? AND action = 'ANSWER'", id),
                "one answer on the timeline");
        assertError(post(server, retrying, complaint + "/answer", once, answer.replace("پاسخ سامانه", "پاسخی دیگر از سامانه")),
                422, "idempotency_key_reused", fa("api.idempotency.reused"), "the same key, another body");
        assertError(post(server, postBank, complaint + "/answer", UUID.randomUUID().toString(), answer),
                409, "conflict", fa("error.concurrentChange"), "a new answer with the old version");

        // --- the secretariat reads the answer on the same timeline, by the key's name ---
        signIn(browser, Accounts.DABIR);
        ComplaintPage page = ComplaintPage.open(browser, id);
        assertEquals(fa("enum.ComplaintStatus.ANSWERED"), page.status());
        ComplaintPage.Event last = ComplaintPathBrowserIT.last(page.timeline());
        assertEquals(fa("enum.ComplaintAction.ANSWER"), last.action());
        assertTrue(browser.find(org.openqa.selenium.By.id("timeline")).getText().contains("سامانه پست بانک (کلید "),
                "the key's name on the timeline: " + browser.find(org.openqa.selenium.By.id("timeline")).getText());
        assertEquals(List.of("پاسخ.pdf"), last.files());
    }

    /** The same request sent by {@code n} threads released together; their answers. */
    static List<HttpResponse<String>> atOnce(int n, Supplier<HttpResponse<String>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier start = new java.util.concurrent.CyclicBarrier(n);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : sent) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static HttpResponse<byte[]> sendBytes(PortalServer.Instance server, String key, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Authorization", "Bearer " + key)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withoutAValidKeyNothingIsAnsweredAndAKeyIsHeldToItsRate(PortalServer.Instance server) throws SQLException {
        assertError(get(server, null, "/api/v1/complaints"), 401, "unauthorized", fa("api.key.missing"), "no key");
        assertError(get(server, "pk_abcdefghij_" + "A".repeat(43), "/api/v1/complaints"), 401, "unauthorized",
                fa("api.key.invalid"), "a made-up key");
        assertError(get(server, "not a key", "/api/v1/complaints", "Accept-Language", "en"), 401, "unauthorized",
                en("api.key.invalid"), "in English");
        // a session's cookie is no key
        HttpResponse<String> withCookie = send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/complaints")))
                .header("Cookie", "JSESSIONID=whatever").GET().build());
        assertEquals(401, withCookie.statusCode());

        String revoked = key(server, "post-bank", "سامانه باطل‌شده");
        assertEquals(200, get(server, revoked, "/api/v1/complaints").statusCode());
        try (Connection c = server.database(); PreparedStatement s = c.prepareStatement(
                "UPDATE api_key SET revoked_at = now(), revoked_by = 'admin' WHERE prefix = ?")) {
            s.setString(1, ApiKey.prefixOf(revoked).orElseThrow());
            s.executeUpdate();
        }
        assertError(get(server, revoked, "/api/v1/complaints"), 401, "unauthorized", fa("api.key.invalid"), "a revoked key");
        assertError(post(server, revoked, "/api/v1/complaints/1/answer", "r-1", "{\"version\":0}"), 401, "unauthorized",
                fa("api.key.invalid"), "a revoked key's POST");

        // the rate: a burst of 20, then (on the test server: PortalServer) 1 a second — forty requests at once
        String busy = key(server, "telecom", "سامانه پرکار");
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(server.url("/api/v1/obligations")))
                    .header("Authorization", "Bearer " + busy).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> limited = null;
        int ok = 0;
        for (var f : all) {
            HttpResponse<String> r = f.join();
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(200, r.statusCode(), r.body());
                ok++;
            }
        }
        assertNotNull(limited, "some of forty at once limited");
        assertTrue(ok >= 20 && ok < 40, "the burst let through, not all: " + ok);
        String retryAfter = limited.headers().firstValue("Retry-After").orElse("");
        assertTrue(retryAfter.matches("\\d+"), "Retry-After: " + retryAfter);
        assertError(limited, 429, "rate_limited", fa("api.rateLimited", Long.parseLong(retryAfter)), "over the rate");
        // other keys are not held by this one's rate
        assertEquals(200, get(server, key(server, "telecom", "سامانه دیگر"), "/api/v1/obligations").statusCode());
    }

    @Test
    void aProvidersSystemSchedulesAndInstallsALineRequestAndAnotherAgencyCannot(Browser browser, PortalServer.Instance server)
            throws SQLException {
        long id = LineRequestPathBrowserIT.request(browser).id();
        String telecom = key(server, "telecom", "سامانه مخابرات");
        String postBank = key(server, "post-bank", "سامانه پست بانک");
        String path = "/api/v1/line-requests/" + id;

        assertTrue(ids(json(get(server, telecom, "/api/v1/line-requests?state=SENT&limit=100"))).contains(id));
        assertFalse(ids(json(get(server, postBank, "/api/v1/line-requests?limit=100"))).contains(id));
        assertError(get(server, postBank, path), 404, "not_found", fa("error.notFound"), "post bank reads telecom's");

        JsonObject read = json(get(server, telecom, path));
        long version = read.getJsonNumber("version").longValue();
        assertEquals("[\"SCHEDULE\",\"INSTALL\",\"REFUSE\"]", read.getJsonArray("actions").toString());
        assertError(post(server, postBank, path + "/schedule", "s-pb", "{\"version\":" + version + ",\"date\":\"2099-01-01\"}"),
                404, "not_found", fa("error.notFound"), "post bank schedules telecom's");
        assertError(post(server, telecom, path + "/schedule", "s-bad", "{\"version\":" + version + ",\"date\":\"1405/01/01\"}"),
                400, "bad_request", fa("api.field.date", "date"), "a date not ISO");
        String date = LocalDate.now(JalaliDates.ZONE).plusDays(2).toString();
        HttpResponse<String> scheduled = post(server, telecom, path + "/schedule", "s-1",
                "{\"version\":" + version + ",\"date\":\"" + date + "\",\"comment\":\"کارشناس فنی هماهنگ می‌کند.\"}");
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        assertEquals("SCHEDULED", json(scheduled).getString("status"));
        HttpResponse<String> installed = post(server, telecom, path + "/install", "i-1",
                "{\"version\":" + json(scheduled).getJsonNumber("version").longValue() + "}");
        assertEquals(200, installed.statusCode(), installed.body());
        JsonObject after = json(get(server, telecom, path));
        assertEquals("INSTALLED", after.getString("status"));
        assertEquals(date, after.getString("scheduledFor"));
        assertError(post(server, telecom, path + "/refuse", "r-1", "{\"version\":" + after.getJsonNumber("version")
                        + ",\"reason\":\"SOMETHING\",\"text\":\"x\"}"), 400, "bad_request",
                fa("api.field.choice", "reason", String.join(", ", Arrays.stream(
                        ir.pishkhan.portal.domain.linerequest.RefusalReason.values()).map(Enum::name).toList())), "an unknown reason");
    }

    @Test
    void obligationsAreListedAndAnotherRecordIsNotFound(PortalServer.Instance server) throws SQLException {
        String postBank = key(server, "post-bank", "سامانه پست بانک");
        HttpResponse<String> list = get(server, postBank, "/api/v1/obligations?limit=5");
        assertEquals(200, list.statusCode(), list.body());
        for (long id : ids(json(list))) {
            assertEquals(200, get(server, postBank, "/api/v1/obligations/" + id).statusCode());
        }
        assertError(get(server, postBank, "/api/v1/obligations/987654321"), 404, "not_found", fa("error.notFound"), "none such");
        assertError(get(server, postBank, "/api/v1/nothing-here"), 404, "not_found", fa("error.notFound"), "no such path");
    }

    @Test
    void theAdministratorIssuesAKeyThatIsShownOnceAndRevokesIt(Browser browser, PortalServer.Instance server)
            throws SQLException {
        String name = "سامانه آزمون مدیر";
        signIn(browser, Accounts.ADMIN);
        ApiKeysPage page = ApiKeysPage.open(browser);
        Axe.assertAccessible(browser, "the API keys page");
        page = page.issue("پست بانک", name);
        String key = page.issuedKey();
        assertNotNull(key, "the key is shown");
        assertTrue(ApiKey.FORMAT.matcher(key).matches(), key);
        assertEquals(List.of(fa("apiKey.issued", name)), page.messages());
        browser.screenshot("ApiBrowserIT.01-key-issued");
        assertEquals(200, get(server, key, "/api/v1/complaints").statusCode(), "the key works");

        page = ApiKeysPage.open(browser);
        assertEquals(null, page.issuedKey(), "shown once");
        assertFalse(browser.html().contains(key.substring(14)), "never again");
        assertEquals(fa("apiKey.valid"), page.stateOf(name));
        page = page.revoke(name);
        assertEquals(List.of(fa("apiKey.revokedDone", name)), page.messages());
        assertTrue(page.stateOf(name).startsWith(fa("apiKey.revokedAt")), page.stateOf(name));
        assertError(get(server, key, "/api/v1/complaints"), 401, "unauthorized", fa("api.key.invalid"), "revoked on the page");

        long id;
        try (Connection c = server.database(); PreparedStatement s = c.prepareStatement("SELECT id FROM api_key WHERE prefix = ?")) {
            s.setString(1, ApiKey.prefixOf(key).orElseThrow());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        assertEquals(2, count(server, "SELECT count(*) FROM audit_entry WHERE entity_type = 'ApiKey' AND entity_id = ?"
                + " AND actor = 'admin' AND action IN ('ISSUE', 'REVOKE')", id), "issued and revoked, in the audit log");
    }

    @Test
    void theOpenApiDocumentAndItsPageListTheEndpoints(Browser browser, PortalServer.Instance server) {
        HttpResponse<String> doc = send(HttpRequest.newBuilder(URI.create(server.url("/openapi?format=JSON"))).GET().build());
        assertEquals(200, doc.statusCode());
        JsonObject paths = json(doc).getJsonObject("paths");
        for (String path : List.of("/api/v1/complaints", "/api/v1/complaints/{id}", "/api/v1/complaints/{id}/answer",
                "/api/v1/line-requests/{id}/schedule", "/api/v1/obligations/{id}/report")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        browser.open("/api-docs.html");
        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#api-paths .op")).isEmpty());
        String listed = browser.text(org.openqa.selenium.By.id("api-paths"));
        assertTrue(listed.contains("POST") && listed.contains("/api/v1/complaints/{id}/answer"), listed);
        Axe.assertAccessible(browser, "the API's page");
    }
}
