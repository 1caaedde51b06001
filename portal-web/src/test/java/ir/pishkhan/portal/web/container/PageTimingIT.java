package ir.pishkhan.portal.web.container;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a page's time goes, as an operator reads it: while a JDK Flight Recorder recording asks for the portal's page
 * event ({@code ir.pishkhan.Page}), each request served over HTTP is one event, its duration the server's time and
 * its SQL time and statements those EclipseLink ran for it (web/timing/PageTiming, persistence/SqlClock).
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class PageTimingIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** The request that runs this test in the container: its port is the portal's. */
    @Inject
    private HttpServletRequest runner;

    @Test
    void each_request_is_timed_on_the_server_with_the_sql_it_ran_while_a_recording_asks() throws Exception {
        String base = "http://127.0.0.1:" + runner.getLocalPort() + runner.getContextPath();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        List<RecordedEvent> events;
        try (Recording recording = new Recording()) {
            recording.enable("ir.pishkhan.Page").withThreshold(Duration.ZERO);
            recording.start();
            String login = get(http, base + "/login.xhtml").body();
            Matcher viewState = VIEW_STATE.matcher(login);
            assertTrue(viewState.find(), "the login form's view state");
            String form = "login=login&login%3Ausername=dabir&login%3Apassword=pishkhan-demo-1391&login%3Asubmit="
                    + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(signIn.statusCode() == 302 || signIn.statusCode() == 303, "signed in: " + signIn.statusCode());
            assertEquals(200, get(http, base + "/agencies/list.xhtml").statusCode());
            recording.stop();
            Path file = Files.createTempFile("pages", ".jfr");
            try {
                recording.dump(file);
                events = RecordingFile.readAllEvents(file);
            } finally {
                Files.delete(file);
            }
        }

        List<RecordedEvent> loginPage = events.stream().filter(e -> "/login.xhtml".equals(e.getString("path"))
                && "GET".equals(e.getString("method"))).toList();
        List<RecordedEvent> agencies = events.stream().filter(e -> "/agencies/list.xhtml".equals(e.getString("path"))).toList();
        assertEquals(1, loginPage.size(), "one event a request");
        assertEquals(1, agencies.size(), "one event a request");
        RecordedEvent anonymous = loginPage.get(0);
        assertEquals(200, anonymous.getInt("status"));
        assertEquals(0, anonymous.getInt("statements"), "the login page reads nothing from the database");
        assertEquals(Duration.ZERO, anonymous.getDuration("sql"));
        RecordedEvent page = agencies.get(0);
        assertEquals(200, page.getInt("status"));
        assertFalse(page.getBoolean("ajax"));
        assertTrue(page.getInt("statements") >= 2, "the agencies' count and page, at least: " + page.getInt("statements"));
        assertTrue(page.getDuration("sql").toNanos() > 0, "its SQL took time");
        assertTrue(page.getDuration("sql").compareTo(page.getDuration()) < 0,
                "a part of the server's time: " + page.getDuration("sql") + " of " + page.getDuration());
        assertTrue(events.stream().anyMatch(e -> "/login.xhtml".equals(e.getString("path"))
                && "POST".equals(e.getString("method")) && e.getInt("status") == 302), "the sign-in's post, redirected");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
