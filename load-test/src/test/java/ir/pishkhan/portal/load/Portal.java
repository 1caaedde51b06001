package ir.pishkhan.portal.load;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What the simulations share: the portal's front door as a browser uses it. Each virtual user signs in with the login
 * form and keeps its own session (its cookie) and the view state and script nonce of the page it is on, which every
 * post carries back, as the page's own forms do. Posts that change something are the forms' full posts (multipart
 * where the form is), paging and searching the queue are PrimeFaces' Ajax posts. Pages are checked for what a person
 * would see (the page's own heading or form), never only for a 200: an error page answered with 200 is a failure.
 *
 * <p>Settings (system properties): {@code portal.base} (the portal's address), {@code load.password} (the demo
 * accounts' password).
 */
public final class Portal {

    public static final String BASE = System.getProperty("portal.base", "http://127.0.0.1:8080");
    public static final String PASSWORD = System.getProperty("load.password", "pishkhan-demo-1391");
    /** Marks this run's complaints in their description: the script finds each one in the database by it. */
    public static final String RUN = System.getProperty("load.run", UUID.randomUUID().toString().substring(0, 8));

    /** Words an office writes in a complaint, and one no complaint holds (the search that finds nothing). */
    public static final List<String> WORDS = List.of("کارمزد", "قطعی", "واگذاری", "پیگیری", "سامانه", "پست بانک",
            "تأخیر", "زرافه‌نشان");

    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String NONCE = "<script[^>]* nonce=\"([^\"]+)\"";
    private static final String COMPLAINT_LINK = "/complaints/view\\.xhtml\\?id=(\\d+)";
    private static final byte[] PDF = resource("receipt.pdf");
    private static final AtomicLong FILINGS = new AtomicLong();

    private Portal() {
    }

    public static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("fa-IR,fa;q=0.9,en;q=0.5")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Pishkhan load test (Gatling)")
                .shareConnections()
                .maxConnectionsPerHost(6);
    }

    /** The view state of the page just read: what its forms post back. */
    private static CheckBuilder viewState() {
        return regex(VIEW_STATE).saveAs("viewState");
    }

    /** The script nonce of the page just read: what its forms post back beside the view state. */
    private static CheckBuilder nonce() {
        return regex(NONCE).saveAs("nonce");
    }

    /** Signs in the account in the session's "account" with the login form; lands on the account's home page. */
    public static ChainBuilder signIn() {
        return exec(http("login page").get("/login.xhtml").check(status().is(200), viewState()))
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", "#{account}")
                        .formParam("login:password", PASSWORD)
                        .formParam("login:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), currentLocation().not(BASE + "/login.xhtml"),
                                substring("logout-form").exists()));
    }

    /** A page of the signed-in user's menu: 200, the page itself (its menu's sign-out form), not an error page. */
    public static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200), substring("logout-form").exists(),
                currentLocation().transform(l -> !l.contains("/errors/") && !l.contains("/login.xhtml")).is(true));
    }

    // ---- an office ------------------------------------------------------------------------------------------------

    /**
     * Files a complaint with a PDF through the form, as an office does: the form, then its post. The filing is
     * acknowledged when the post sends the browser to the complaint's page ({@code filed} holds its id); the
     * description carries {@link #RUN} and a number of its own, by which the script finds it in the database.
     * With {@code thenShow}, the browser follows to the complaint's page and the page must show its tracking number.
     */
    public static ChainBuilder fileComplaint(boolean thenShow) {
        HttpRequestActionBuilder post = http("file a complaint (post, with a PDF)").post("/office/complaints/new.xhtml")
                .bodyPart(StringBodyPart("complaint", "complaint"))
                .bodyPart(StringBodyPart("complaint:agency_input", "#{agency}"))
                .bodyPart(StringBodyPart("complaint:kind_input", "OTHER"))
                .bodyPart(StringBodyPart("complaint:occurred", "#{occurred}"))
                .bodyPart(StringBodyPart("complaint:official", ""))
                .bodyPart(StringBodyPart("complaint:description", "#{description}").charset("UTF-8"))
                .bodyPart(ByteArrayBodyPart("complaint:files", PDF).fileName("receipt.pdf").contentType("application/pdf"))
                .bodyPart(StringBodyPart("complaint:submit", ""))
                .bodyPart(StringBodyPart("jakarta.faces.ViewState", "#{viewState}"))
                .bodyPart(StringBodyPart("primefaces.nonce", "#{nonce}"));
        post = thenShow
                ? post.check(status().is(200), currentLocation().transform(l -> l.matches(".*" + COMPLAINT_LINK)).is(true),
                        currentLocation().transform(l -> l.replaceAll(".*=", "")).saveAs("filed"),
                        css("#tracking").exists())
                : post.disableFollowRedirect().check(status().is(302),
                        header("Location").transform(l -> l.matches(".*" + COMPLAINT_LINK) ? l.replaceAll(".*=", "") : "")
                                .saveAs("filed"),
                        // a Location elsewhere fails with it in Gatling's message
                        header("Location").transform(l -> l.matches(".*" + COMPLAINT_LINK) ? "the complaint's page" : l)
                                .is("the complaint's page"));
        return exec(http("complaint form").get("/office/complaints/new.xhtml")
                        .check(status().is(200), substring("complaint:submit").exists(), viewState(), nonce(),
                                regex("<option value=\"(\\d+)\"").findRandom().saveAs("agency")))
                .exec(session -> session.set("occurred", yesterdayJalali())
                        .set("description", "شکایت آزمون بار load/" + RUN + "/" + FILINGS.incrementAndGet()
                                + " : کارمزد خدمات پست بانک به دفتر پرداخت نشده و سامانه دستگاه چند روز قطع بوده است."))
                .exec(session -> session.remove("filed"))
                .exec(post)
                // acknowledged: sent to the complaint's page (a post answered otherwise saved no id)
                .doIf(session -> session.contains("filed") && !session.getString("filed").isEmpty()).then(exec(session -> {
                    Ledger.record("filed", session.getString("description"), session.getString("filed"));
                    return session;
                }));
    }

    // ---- the triage queue -----------------------------------------------------------------------------------------

    /** The queue's first page: its form's state, and a complaint of the page chosen at random ({@code complaintId}). */
    public static ChainBuilder queue() {
        return queue("queue: first page", "/complaints/list.xhtml");
    }

    /** The queue opened with filters in its address (a link of a home page: {@code ?status=FORWARDED}). */
    public static ChainBuilder queue(String name, String path) {
        return exec(page(name, path)
                .check(viewState(), nonce(), substring("complaints-form:complaints").exists(),
                        regex(COMPLAINT_LINK).findRandom().optional().saveAs("complaintId")))
                .exec(session -> {
                    Ledger.record("queue", null, null);
                    return session;
                });
    }

    /** The queue's next page (the paginator's Ajax post); {@code first} is the first row's index. */
    public static ChainBuilder queuePage(String first) {
        return exec(ajax("queue: next page (Ajax)", "complaints-form:complaints", "complaints-form:complaints",
                "complaints-form:complaints")
                .formParam("jakarta.faces.behavior.event", "page")
                .formParam("jakarta.faces.partial.event", "page")
                .formParam("complaints-form:complaints_pagination", "true")
                .formParam("complaints-form:complaints_first", first)
                .formParam("complaints-form:complaints_rows", "20")
                .formParam("complaints-form:complaints_skipChildren", "true")
                .formParam("complaints-form:complaints_encodeFeature", "true")
                .check(regex(COMPLAINT_LINK).findRandom().optional().saveAs("complaintId")))
                .exec(session -> {
                    Ledger.record("queue", null, null);
                    return session;
                });
    }

    /** Searches the queue for a word (the search button's Ajax post, the whole filter form processed). */
    public static ChainBuilder search() {
        return exec(session -> session.set("word", WORDS.get((int) (Math.random() * WORDS.size()))))
                .exec(ajax("queue: search a word (Ajax)", "complaints-form:search", "complaints-form",
                        "complaints-form:complaints complaints-form:count messages complaints-form")
                        .formParam("complaints-form:search", "complaints-form:search")
                        .formParam("complaints-form:text", "#{word}")
                        .check(substring("count-line").exists()));
    }

    private static HttpRequestActionBuilder ajax(String name, String source, String execute, String render) {
        return http(name).post("/complaints/list.xhtml")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam("complaints-form", "complaints-form")
                .formParam("primefaces.nonce", "#{nonce}")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(status().is(200), substring("<partial-response").exists(), substring("<error>").notExists(),
                        substring("<redirect").notExists());
    }

    // ---- a complaint ----------------------------------------------------------------------------------------------

    /** The complaint {@code complaintId} chosen from the queue: its page, and which of the steps it offers. */
    public static ChainBuilder complaint() {
        return exec(page("a complaint", "/complaints/view.xhtml?id=#{complaintId}")
                .check(viewState(), nonce(), css("#tracking").exists(),
                        substring("id=\"triage-form\"").count().saveAs("canTriage"),
                        regex("name=\"triage-form:resolutions\" type=\"checkbox\" value=\"(\\d+)\"").findRandom()
                                .optional().saveAs("resolution"),
                        substring("id=\"form-FORWARD\"").count().saveAs("canForward"),
                        substring("id=\"form-ANSWER\"").count().saveAs("canAnswer")));
    }

    /**
     * The secretariat triages the complaint (one of the resolutions offered, the priority and deadline proposed), then
     * forwards it to its agency.
     */
    public static ChainBuilder triageAndForward() {
        return doIf(session -> session.getInt("canTriage") > 0).then(
                        exec(step("triage a complaint")
                                .formParam("triage-form", "triage-form")
                                .formParam("triage-form:resolutions", "#{resolution}")
                                .formParam("triage-form:priority_input", "NORMAL")
                                .formParam("triage-form:deadline", "")
                                .formParam("triage-form:triage", "")
                                .formParam("jakarta.faces.ViewState", "#{viewState}")
                                .formParam("primefaces.nonce", "#{nonce}")
                                .check(viewState(), nonce(),
                                        substring("id=\"form-FORWARD\"").count().saveAs("canForward"))))
                .doIf(session -> session.getInt("canForward") > 0).then(
                        exec(step("forward a complaint")
                                .bodyPart(StringBodyPart("form-FORWARD", "form-FORWARD"))
                                .bodyPart(StringBodyPart("form-FORWARD:text", "لطفاً تا پایان مهلت پاسخ دهید.").charset("UTF-8"))
                                .bodyPart(StringBodyPart("form-FORWARD:submit", ""))
                                .bodyPart(StringBodyPart("jakarta.faces.ViewState", "#{viewState}"))
                                .bodyPart(StringBodyPart("primefaces.nonce", "#{nonce}"))));
    }

    /** The agency's liaison answers the complaint with a PDF, when the complaint waits for its answer. */
    public static ChainBuilder answer() {
        return doIf(session -> session.getInt("canAnswer") > 0).then(exec(step("answer a complaint (with a PDF)")
                .bodyPart(StringBodyPart("form-ANSWER", "form-ANSWER"))
                .bodyPart(StringBodyPart("form-ANSWER:text", "موضوع بررسی شد و کارمزد دفتر پرداخت گردید.").charset("UTF-8"))
                .bodyPart(ByteArrayBodyPart("form-ANSWER:files", PDF).fileName("answer.pdf").contentType("application/pdf"))
                .bodyPart(StringBodyPart("form-ANSWER:submit", ""))
                .bodyPart(StringBodyPart("jakarta.faces.ViewState", "#{viewState}"))
                .bodyPart(StringBodyPart("primefaces.nonce", "#{nonce}"))));
    }

    /**
     * A step's full post on the complaint's page; the browser follows to the complaint's page again. Another user may
     * have taken a step on it meanwhile (the page then says so, as it does to a person): not a failure.
     */
    private static HttpRequestActionBuilder step(String name) {
        return http(name).post("/complaints/view.xhtml")
                .check(status().is(200), css("#tracking").exists(),
                        currentLocation().transform(l -> !l.contains("/errors/")).is(true));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** Yesterday on the Jalali calendar in Tehran, as the date field takes it (yyyy/mm/dd). */
    static String yesterdayJalali() {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tehran"), new ULocale("fa_IR@calendar=persian"));
        c.add(Calendar.DATE, -1);
        return String.format(Locale.ROOT, "%04d/%02d/%02d", c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1,
                c.get(Calendar.DAY_OF_MONTH));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Portal.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
