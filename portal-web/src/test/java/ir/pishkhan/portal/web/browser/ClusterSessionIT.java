package ir.pishkhan.portal.web.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.workflow.TrackingNumber;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal scaled out: two Payara Micro instances, started at once over one PostgreSQL database, sharing
 * sessions through Payara's Hazelcast data grid (the WAR is distributable). One of them is killed ({@code kill -9})
 * while complaints are being filed through both, and this proves that
 * <ul>
 * <li><b>no acknowledged filing is lost or doubled:</b> every filing whose answer showed its tracking number exists
 * in the database exactly once, under that number; no filing (acknowledged or cut off by the kill) exists twice, no
 * two filings were shown one number, and no tracking number is borne by two complaints;</li>
 * <li><b>no session is lost:</b> the people signed in on the killed instance go on on the other with their same
 * cookie, without signing in again — the office operators file there, the secretariat reads its pages.</li>
 * </ul>
 * Before that, with both alive, that the escalation ladder and the mail outbox act once, not once per instance
 * ({@link #the_ladder_and_the_outbox_act_once_with_two_instances}). One pair of instances for all of it (starting
 * them is the expensive part), its tests in order: the kill last.
 */
@Isolated("starts two more Payara Micro instances: two cores are theirs while they start")
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSessionIT {

    private static final String DATABASE = System.getProperty("test.pg.dbprefix", "pishkhan") + "_cluster_it";

    /** Acknowledged filings wanted through each instance before one is killed, so that the test cannot pass empty. */
    private static final int FILED_BEFORE_THE_KILL = 5;
    /** Acknowledged filings wanted through the survivor, from each person who was on the killed instance. */
    private static final int FILED_AFTER_THE_KILL = 2;
    private static final Duration PHASE_TIMEOUT = Duration.ofSeconds(90);

    /** What each filing's description carries, to find it in the database: "cluster-it/office.hera@A-3-1f2e3d4c". */
    private static final Pattern MARKER = Pattern.compile("cluster-it/([A-Za-z.]+@[AB]-\\d+-[0-9a-f]{8})");
    /** The message shown once filed (complaint.filed): "… با شماره پیگیری ⁦۱۴۰۵-۵۰⁩ ثبت شد." */
    private static final Pattern FILED_MESSAGE = Pattern.compile("شماره پیگیری[^0-9۰-۹<]{0,12}([0-9۰-۹]{4}-[0-9۰-۹]{1,12})");
    private static final Pattern HEADING_NUMBER = Pattern.compile("id=\"tracking\">([^<]+)<");

    private static final List<PayaraNode> nodes = new ArrayList<>();

    /** The SMTP server both instances mail to. */
    private static GreenMail smtp;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        PortalServer.Pg.recreateDatabase(DATABASE);
        int hzA = PortalServer.freePort();
        int hzB = PortalServer.freePort();
        String members = "tcpip:127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
        String cluster = "pishkhan-it-" + UUID.randomUUID();
        // the shipped pre-boot commands without the one-instance line, as README's "Scaling out" says
        smtp = new GreenMail(new ServerSetup(PortalServer.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // both instances mail to it, in quick passes, retrying soon (as the container tests' arquillian.xml)
        Map<String, String> mail = Map.of("PORTAL_MAIL_HOST", "127.0.0.1",
                "PORTAL_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "PORTAL_MAIL_BASE_URL", "https://pishkhan.test",
                "PORTAL_MAIL_INTERVAL_SECONDS", "1",
                "PORTAL_MAIL_RETRY_FIRST_SECONDS", "1",
                "PORTAL_MAIL_RETRY_LONGEST_SECONDS", "2",
                "PORTAL_MAIL_ATTEMPTS", "50");
        Path preBoot = Files.createTempFile("pishkhan-cluster-it-pre-boot-", ".txt");
        Files.write(preBoot, Files.readAllLines(PortalServer.requiredFile("payara.preBootCommands")).stream()
                .filter(line -> !line.contains("availability-enabled")).toList());
        for (String name : List.of("A", "B")) {
            nodes.add(PayaraNode.launch(name, PortalServer.Pg.url(DATABASE), PortalServer.Pg.user(), PortalServer.Pg.password(),
                    preBoot, List.of("--clustermode", members, "--startport", String.valueOf(name.equals("A") ? hzA : hzB),
                            "--clustername", cluster), mail));
        }
        for (PayaraNode node : nodes) {
            node.awaitLoginPage();
        }
    }

    @AfterAll
    static void stop() {
        nodes.forEach(PayaraNode::close);
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** Complaints made late for the ladder, filed and forwarded through both instances. */
    private static final int LATE_COMPLAINTS = 4;
    /** Who take mail here (the secretariat; Post Bank's liaison, whom a complaint against Post Bank is forwarded to). */
    private static final Map<String, String> MAILED = Map.of(Accounts.DABIR.username(), "dabir@pishkhan.test",
            Accounts.POSTBANK.username(), "liaison.postbank@pishkhan.test");
    /** The rungs the late complaints are put at: the reminder and the letter are due, not yet the meeting. */
    private static final List<Rung> DUE = List.of(Rung.REMINDER, Rung.LETTER);
    /** A rung's entry on a timeline, its detail: "rung=LETTER&deadline=…&letter=1405/3". */
    private static final Pattern RUNG_DETAIL = Pattern.compile("(?:^|&)rung=([A-Z_]+)");
    private static final Pattern LETTER_DETAIL = Pattern.compile("(?:^|&)letter=([^&]+)");
    private static final Pattern INFO_MESSAGE = Pattern.compile("ui-messages-info-summary\">([^<]*)<");
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The escalation ladder and the mail outbox act once with two instances running, not once per instance. The
     * secretariat and Post Bank's liaison take mail; offices file complaints against Post Bank through both instances,
     * the secretariat triages and forwards each through the other, and their deadline is moved back in the database
     * (the clock moved, as EscalationBrowserIT does) so that the reminder and the letter are due. The administrator
     * then runs the day's pass on both instances at the same moment, twice (as two instances' 06:15 timers would,
     * and the second round takes what a pass lost to the other instance, if anything). This proves that:
     * <ul>
     * <li>every late record (those complaints, and the seed's overdue obligations) has each rung it took once: one
     * {@code escalation} row and one ESCALATE entry of its timeline per rung, the letter's entry naming the row's
     * number, no letter number given twice; each complaint the reminder and the letter; no one told twice of a rung;</li>
     * <li>the outbox, worked by both instances' mail workers at once, reached the SMTP server (GreenMail) exactly once
     * per mail: what GreenMail received is what the outbox holds, mail for mail (address and subject), all sent; and
     * each complaint's reminder and letter came once to each of the two.</li>
     * </ul>
     * A rung taken by both instances (no unique key, a pass that did not roll back) would be a second entry, a second
     * notification and a second mail; a mail sent by both workers (a claim that did not exclude) a second message.
     */
    @Test
    @Order(1)
    void the_ladder_and_the_outbox_act_once_with_two_instances() throws Exception {
        PayaraNode a = nodes.get(0);
        PayaraNode b = nodes.get(1);
        try (Connection c = database();
             PreparedStatement s = c.prepareStatement("UPDATE user_account SET email = ?, mail_enabled = TRUE WHERE username = ?")) {
            for (Map.Entry<String, String> person : MAILED.entrySet()) {
                s.setString(1, person.getValue());
                s.setString(2, person.getKey());
                assertEquals(1, s.executeUpdate(), person.getKey());
            }
        }

        // complaints filed through both instances, each triaged and forwarded through the other
        List<HttpUser> offices = List.of(HttpUser.signedIn(a.url(""), Accounts.HERA), HttpUser.signedIn(b.url(""), Accounts.ARIA));
        HttpUser dabir = HttpUser.signedIn(a.url(""), Accounts.DABIR);
        List<Long> late = new ArrayList<>();
        for (int i = 0; i < LATE_COMPLAINTS; i++) {
            long id = fileForTheLadder(offices.get(i % 2), i);
            triageAndForward(dabir.at(nodes.get((i + 1) % 2).url("")), id);
            late.add(id);
        }

        // the clock moved: their deadline fell so long ago that the letter is due, the meeting not yet (3 and 7 days)
        LocalDate deadline = EscalationBrowserIT.deadlineWithTheLetterDue();
        Map<Long, String> tracking = new TreeMap<>();
        try (Connection c = database();
             PreparedStatement s = c.prepareStatement("UPDATE complaint SET deadline = ?, due_sort = ? WHERE id = ? AND status = 'FORWARDED'");
             PreparedStatement filed = c.prepareStatement("SELECT filed_at FROM complaint WHERE id = ?")) {
            for (long id : late) {
                s.setDate(1, Date.valueOf(deadline));
                s.setDate(2, Date.valueOf(deadline));
                s.setLong(3, id);
                assertEquals(1, s.executeUpdate(), "complaint " + id + " forwarded");
                filed.setLong(1, id);
                try (ResultSet row = filed.executeQuery()) {
                    assertTrue(row.next());
                    tracking.put(id, TrackingNumber.of("", id, row.getTimestamp(1).toInstant()));
                }
            }
        }

        // the day's pass on both instances at once, twice
        List<HttpUser> admins = List.of(HttpUser.signedIn(a.url(""), Accounts.ADMIN), HttpUser.signedIn(b.url(""), Accounts.ADMIN));
        for (int round = 1; round <= 2; round++) {
            System.out.printf("ClusterSessionIT: escalation pass, round %d: %s%n", round, passesAtOnce(admins));
        }

        try {
            assertEachRungTakenOnce(tracking.keySet());
            assertEachMailSentOnce(tracking);
        } finally {
            // the next test as before: nobody takes mail
            try (Connection c = database(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE user_account SET email = NULL WHERE email LIKE '%@pishkhan.test'");
            }
        }
    }

    /** A complaint against Post Bank, filed by the office as the browser posts the form; its id. */
    private static long fileForTheLadder(HttpUser office, int n) throws IOException, InterruptedException {
        HttpResponse<String> form = office.get(ComplaintForm.PATH);
        assertEquals(200, form.statusCode(), "the filing form");
        HttpResponse<String> filed = office.post(ComplaintForm.PATH, complaintForm(form.body(), "شکایت آزمون نردبان پیگیری "
                + (n + 1) + ": پست بانک مهلت پاسخ را گذراند و دو نمونهٔ پرتال هر دو پیگیری می‌کنند."));
        String location = HttpUser.location(filed);
        assertTrue(filed.statusCode() == 302 && location.startsWith(ComplaintPage.PATH + "?id="),
                "filed: " + filed.statusCode() + " " + location);
        return Long.parseLong(location.substring((ComplaintPage.PATH + "?id=").length()));
    }

    /** The secretariat triages the complaint (normal priority, the resolution proposed) and forwards it to its agency. */
    private static void triageAndForward(HttpUser dabir, long id) throws IOException, InterruptedException {
        String path = ComplaintPage.PATH + "?id=" + id;
        HttpResponse<String> view = dabir.get(path);
        HttpResponse<String> triaged = dabir.postForm(path, view.body(), "triage-form", Map.of(
                "triage-form:resolutions", DatabaseOutageIT.proposedResolution(view.body()),
                "triage-form:priority_input", "NORMAL", "triage-form:triage", ""));
        assertEquals(302, triaged.statusCode(), "triaged " + id);
        view = dabir.get(path);
        assertTrue(view.body().contains("form-FORWARD"), "no forward form on " + path);
        HttpResponse<String> forwarded = dabir.post(path, new Multipart().field("form-FORWARD", "form-FORWARD")
                .field("form-FORWARD:text", "برای پاسخ در مهلت.")
                .field("form-FORWARD:submit", "")
                .field("jakarta.faces.ViewState", HttpUser.viewState(view.body()))
                .field(PF.NONCE, PF.nonce(view.body())));
        assertEquals(302, forwarded.statusCode(), "forwarded " + id);
    }

    /** Each administrator posts «run today's pass» on their instance at the same moment; what each was told. */
    private static List<String> passesAtOnce(List<HttpUser> admins) throws Exception {
        List<String> pages = new ArrayList<>();
        for (HttpUser admin : admins) {
            HttpResponse<String> page = admin.get("/admin/escalation.xhtml");
            assertEquals(200, page.statusCode(), "the pass's page");
            pages.add(page.body());
        }
        CountDownLatch ready = new CountDownLatch(admins.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(admins.size());
        try {
            List<Future<HttpResponse<String>>> runs = new ArrayList<>();
            for (int i = 0; i < admins.size(); i++) {
                HttpUser admin = admins.get(i);
                String page = pages.get(i);
                runs.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return admin.postForm("/admin/escalation.xhtml", page, "escalation-form", Map.of("escalation-form:run-pass", ""));
                }));
            }
            ready.await();
            go.countDown();
            List<String> told = new ArrayList<>();
            for (Future<HttpResponse<String>> run : runs) {
                HttpResponse<String> answer = run.get(120, TimeUnit.SECONDS);
                Matcher message = INFO_MESSAGE.matcher(answer.body());
                assertTrue(answer.statusCode() == 200 && message.find(), "the pass answered " + answer.statusCode());
                told.add(message.group(1));
            }
            return told;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The database after the passes: each late record's rungs each once, as rows and as timeline entries; each
     * complaint made late the reminder and the letter; letter numbers each once; nobody told twice of a rung.
     */
    private static void assertEachRungTakenOnce(Collection<Long> lateComplaints) throws SQLException {
        Map<String, List<String>> rows = new TreeMap<>();
        Map<String, List<String>> entries = new TreeMap<>();
        List<String> letterNumbers = new ArrayList<>();
        Map<String, Integer> told = new TreeMap<>();
        try (Connection c = database(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT workflow, record_id, rung, letter_year, letter_number FROM escalation")) {
                while (r.next()) {
                    String rung = r.getString("rung");
                    int year = r.getInt("letter_year");
                    String letter = r.wasNull() ? "" : " " + year + "/" + r.getInt("letter_number");
                    rows.computeIfAbsent(r.getString("workflow") + " " + r.getLong("record_id"), k -> new ArrayList<>()).add(rung + letter);
                    if (!letter.isEmpty()) {
                        letterNumbers.add(letter.trim());
                    }
                }
            }
            for (String[] timeline : List.of(new String[]{"complaint", "complaint_event", "complaint_id"},
                    new String[]{"lineRequest", "line_request_event", "line_request_id"},
                    new String[]{"obligation", "obligation_entry", "obligation_id"})) {
                try (ResultSet r = s.executeQuery("SELECT " + timeline[2] + ", detail FROM " + timeline[1] + " WHERE action = 'ESCALATE'")) {
                    while (r.next()) {
                        Matcher rung = RUNG_DETAIL.matcher(r.getString("detail"));
                        Matcher letter = LETTER_DETAIL.matcher(r.getString("detail"));
                        entries.computeIfAbsent(timeline[0] + " " + r.getLong(1), k -> new ArrayList<>())
                                .add((rung.find() ? rung.group(1) : "?") + (letter.find() ? " " + URLDecoder.decode(letter.group(1), StandardCharsets.UTF_8) : ""));
                    }
                }
            }
            try (ResultSet r = s.executeQuery("SELECT recipient, workflow, record_id, action, count(*) FROM notification"
                    + " WHERE action IN ('REMINDER', 'LETTER', 'FOR_MEETING') GROUP BY recipient, workflow, record_id, action")) {
                while (r.next()) {
                    told.put(r.getString(1) + " of " + r.getString(2) + " " + r.getLong(3) + " " + r.getString(4), r.getInt(5));
                }
            }
        }
        rows.values().forEach(Collections::sort);
        entries.values().forEach(Collections::sort);
        List<String> complaintsWithoutTheirRungs = lateComplaints.stream()
                .filter(id -> !rows.getOrDefault("complaint " + id, List.of()).stream().map(r -> r.split(" ")[0]).toList()
                        .equals(DUE.stream().map(Rung::name).sorted().toList()))
                .map(id -> "complaint " + id + ": " + rows.get("complaint " + id)).toList();
        Predicate<List<String>> aRungTwice = taken -> taken.stream().map(t -> t.split(" ")[0]).distinct().count() < taken.size();
        Map<String, List<String>> rungsTwice = new TreeMap<>(filterValues(rows, aRungTwice));
        rungsTwice.putAll(filterValues(entries, aRungTwice));
        List<String> toldOfTheirRungs = new ArrayList<>();
        for (long id : lateComplaints) {
            for (Rung rung : DUE) {
                for (String person : MAILED.keySet()) {
                    String key = person + " of complaint " + id + " " + rung.name();
                    if (told.getOrDefault(key, 0) != 1) {
                        toldOfTheirRungs.add(key + ": " + told.getOrDefault(key, 0));
                    }
                }
            }
        }
        System.out.printf("ClusterSessionIT: %d records escalated, %d rungs, letters %s%n", rows.size(),
                rows.values().stream().mapToInt(List::size).sum(), letterNumbers);
        assertAll("the rungs taken",
                () -> assertEquals(List.of(), complaintsWithoutTheirRungs, "late complaints without exactly the reminder and the letter"),
                () -> assertEquals(Map.of(), rungsTwice, "records with a rung twice (its rows or its timeline entries)"),
                () -> assertEquals(rows, entries, "the rungs' rows and the rungs' timeline entries, per record"),
                () -> assertEquals(letterNumbers.size(), new HashSet<>(letterNumbers).size(), "letter numbers given twice: " + letterNumbers),
                () -> assertEquals(Map.of(), filterValues(told, n -> n > 1), "told of one rung more than once"),
                () -> assertEquals(List.of(), toldOfTheirRungs, "each of the two told once of each complaint's rung"));
    }

    /**
     * The outbox once both workers have sent it: what GreenMail received is exactly the outbox's mails, each once
     * (address and subject, counted), all sent; each late complaint's reminder and letter came once to each of the two.
     */
    private static void assertEachMailSentOnce(Map<Long, String> lateComplaints) throws SQLException, MessagingException {
        long deadline = System.nanoTime() + MAIL_TIMEOUT.toNanos();
        Map<String, Integer> outbox = new TreeMap<>();
        Map<String, Integer> states = new TreeMap<>();
        while (true) {
            outbox.clear();
            states.clear();
            try (Connection c = database(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT address, subject, state FROM outbox_mail")) {
                while (r.next()) {
                    outbox.merge(r.getString(1) + " | " + r.getString(2), 1, Integer::sum);
                    states.merge(r.getString(3), 1, Integer::sum);
                }
            }
            int rows = outbox.values().stream().mapToInt(Integer::intValue).sum();
            if (states.getOrDefault("SENT", 0) == rows && smtp.getReceivedMessages().length >= rows || System.nanoTime() > deadline) {
                break;
            }
            PortalServer.sleep(250);
        }
        // a mail sent twice would have been sent before its row was marked sent; a moment more for the SMTP server
        PortalServer.sleep(1000);
        Map<String, Integer> received = new TreeMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            received.merge(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress() + " | " + m.getSubject(), 1, Integer::sum);
        }
        List<String> rungMails = new ArrayList<>();
        for (Map.Entry<Long, String> complaint : lateComplaints.entrySet()) {
            for (Rung rung : DUE) {
                for (String address : MAILED.values()) {
                    String what = Texts.fa("enum.Rung." + rung.name());
                    int n = received.entrySet().stream().filter(e -> e.getKey().startsWith(address + " | ")
                            && e.getKey().contains(what) && PersianText.toAsciiDigits(e.getKey()).contains(complaint.getValue()))
                            .mapToInt(Map.Entry::getValue).sum();
                    if (n != 1) {
                        rungMails.add(address + " got " + n + " of " + rung + " of " + complaint.getValue());
                    }
                }
            }
        }
        int rows = outbox.values().stream().mapToInt(Integer::intValue).sum();
        int receivedCount = smtp.getReceivedMessages().length;
        Map<String, String> notAsInTheOutbox = new TreeMap<>();
        Stream.concat(outbox.keySet().stream(), received.keySet().stream()).distinct()
                .filter(mail -> !Objects.equals(outbox.get(mail), received.get(mail)))
                .forEach(mail -> notAsInTheOutbox.put(mail, "in the outbox " + outbox.getOrDefault(mail, 0)
                        + ", received " + received.getOrDefault(mail, 0)));
        System.out.printf("ClusterSessionIT: %d mails in the outbox %s, %d received%n", rows, states, receivedCount);
        assertAll("the outbox",
                () -> assertEquals(Map.of("SENT", rows), states, "the outbox's states"),
                () -> assertEquals(rows, receivedCount, "mails received, against the outbox's"),
                () -> assertEquals(Map.of(), notAsInTheOutbox, "mails (address | subject) received other than once per outbox mail"),
                () -> assertEquals(List.of(), rungMails, "each complaint's reminder and letter once to each of the two"));
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(PortalServer.Pg.url(DATABASE), PortalServer.Pg.user(), PortalServer.Pg.password());
    }

    /** The instance killed, once it is (set just before it is). */
    private volatile PayaraNode killed;

    @Test
    @Order(2)
    void killing_one_instance_while_complaints_are_filed_through_both_loses_no_filing_and_no_session() throws Exception {
        PayaraNode a = nodes.get(0);
        PayaraNode b = nodes.get(1);

        // the secretariat signs in on A and goes on on B
        HttpUser dabir = HttpUser.signedIn(a.url(""), Accounts.DABIR);
        assertSignedIn(dabir.get("/secretariat/home.xhtml"));
        assertSignedIn(dabir.at(b.url("")).get("/secretariat/home.xhtml"));

        // both offices' operators signed in on each instance, each session its own
        List<Filer> filers = new ArrayList<>();
        for (PayaraNode node : List.of(a, b)) {
            for (Accounts.Account user : List.of(Accounts.HERA, Accounts.ARIA)) {
                filers.add(new Filer(user, node));
            }
        }
        List<Filer> onA = filers.stream().filter(f -> f.home == a).toList();
        List<Filer> onB = filers.stream().filter(f -> f.home == b).toList();

        ExecutorService pool = Executors.newFixedThreadPool(filers.size());
        filers.forEach(pool::execute);
        try {
            // filings flow through both
            await(() -> acknowledgedThrough(onA, a) >= FILED_BEFORE_THE_KILL && acknowledged(onB) >= FILED_BEFORE_THE_KILL
                    || anyProblem(filers), "filings through both instances");
            // kill -9 A while one of its filings is being posted
            await(() -> onA.stream().anyMatch(f -> f.posting) || anyProblem(filers), "a filing posted to A");
            int throughBBeforeTheKill = acknowledged(onB);
            killed = a;
            a.kill();
            Instant killedAt = Instant.now();
            // A's people go on on B
            await(() -> onA.stream().allMatch(f -> f.acknowledgedThrough(b) >= FILED_AFTER_THE_KILL)
                    && acknowledged(onB) >= throughBBeforeTheKill + FILED_AFTER_THE_KILL
                    || anyProblem(filers), "filings through B after the kill by those who were on A");
            filers.forEach(f -> f.stop = true);
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "the filers stopped");
            System.out.printf("ClusterSessionIT: A killed at %s; %s%n", killedAt,
                    filers.stream().map(Filer::toString).collect(Collectors.joining("; ")));

            assertAll("the filers",
                    () -> assertEquals(List.of(), filers.stream().flatMap(f -> f.problems.stream()).toList(), "problems"),
                    () -> assertTrue(acknowledgedThrough(onA, a) >= FILED_BEFORE_THE_KILL, "acknowledged through A: "
                            + acknowledgedThrough(onA, a)),
                    () -> assertTrue(throughBBeforeTheKill >= FILED_BEFORE_THE_KILL, "acknowledged through B before the kill: "
                            + throughBBeforeTheKill),
                    () -> onA.forEach(f -> assertTrue(f.acknowledgedThrough(b) >= 1,
                            f.user + " of A filed through B after the kill, on its session: " + f)));
        } finally {
            filers.forEach(f -> f.stop = true);
            pool.shutdownNow();
        }

        // the secretariat's session too lives on on B, pages with view state work
        assertSignedIn(dabir.at(b.url("")).get("/secretariat/home.xhtml"));
        HttpResponse<String> queue = dabir.at(b.url("")).get("/complaints/list.xhtml");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("complaints-form"));

        assertEveryAcknowledgedFilingStoredOnce(filers);
    }

    /**
     * The database after the filers: every acknowledged filing there once, under the number it was shown; no filing
     * twice; no number shown for two filings; no tracking number borne by two complaints.
     */
    private static void assertEveryAcknowledgedFilingStoredOnce(List<Filer> filers) throws SQLException {
        List<Stored> stored = new ArrayList<>();
        try (Connection c = database();
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, filed_at, filed_by, description FROM complaint")) {
            while (rows.next()) {
                Matcher marker = MARKER.matcher(rows.getString("description"));
                stored.add(new Stored(rows.getLong("id"),
                        TrackingNumber.of("", rows.getLong("id"), rows.getTimestamp("filed_at").toInstant()),
                        rows.getString("filed_by"), marker.find() ? marker.group(1) : null));
            }
        }
        Map<String, List<Stored>> byNumber = stored.stream().collect(Collectors.groupingBy(Stored::trackingNumber, TreeMap::new, Collectors.toList()));
        Map<String, List<Stored>> byFiling = stored.stream().filter(r -> r.marker() != null)
                .collect(Collectors.groupingBy(Stored::marker, TreeMap::new, Collectors.toList()));
        List<Filing> acknowledged = filers.stream().flatMap(f -> f.acknowledged.stream()).toList();
        Set<String> sent = filers.stream().flatMap(f -> f.sent.stream()).collect(Collectors.toSet());
        Map<String, Set<String>> filingsByNumberShown = acknowledged.stream().collect(Collectors.groupingBy(Filing::trackingNumber,
                TreeMap::new, Collectors.mapping(Filing::marker, Collectors.toSet())));

        List<String> notStoredOnce = new ArrayList<>();
        for (Filing f : acknowledged) {
            List<Stored> rows = byFiling.getOrDefault(f.marker(), List.of());
            if (rows.size() != 1 || !rows.get(0).trackingNumber().equals(f.trackingNumber()) || !rows.get(0).filedBy().equals(f.user())) {
                notStoredOnce.add(f + " → " + rows);
            }
        }
        assertAll("acknowledged " + acknowledged.size() + " filings of " + sent.size() + " sent; " + stored.size() + " complaints stored",
                () -> assertEquals(List.of(), notStoredOnce, "acknowledged filings not stored exactly once under the number shown"),
                () -> assertEquals(Map.of(), filterValues(byFiling, rows -> rows.size() > 1), "filings stored more than once"),
                () -> assertEquals(Map.of(), filterValues(filingsByNumberShown, markers -> markers.size() > 1),
                        "one tracking number shown for several filings"),
                () -> assertEquals(Map.of(), filterValues(byNumber, rows -> rows.size() > 1), "tracking numbers of several complaints"),
                () -> assertEquals(Set.of(), byFiling.keySet().stream().filter(m -> !sent.contains(m)).collect(Collectors.toSet()),
                        "complaints of filings never sent"));
    }

    private static <K, V> Map<K, V> filterValues(Map<K, V> map, Predicate<V> keep) {
        return map.entrySet().stream().filter(e -> keep.test(e.getValue())).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A complaint as stored: its id, the tracking number it bears, who filed it, and the test's filing it is (if any). */
    private record Stored(long id, String trackingNumber, String filedBy, String marker) {
    }

    /** A filing acknowledged: its answer showed this tracking number. */
    private record Filing(String user, String marker, String trackingNumber, PayaraNode through, boolean sentAgain) {
    }

    /** Something a filer met that must not happen (an error on the living instance, a session lost, …). */
    private static final class Unexpected extends RuntimeException {
        Unexpected(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * One office operator's session filing complaints one after another, as the browser posts the filing form
     * (office/complaints/new.xhtml), through its instance — through the other, with the same cookie, once its own is
     * dead. A post cut off by the kill is sent again to the other instance once, as a person who got no answer sends
     * the form again: the form's one-time key must file it once.
     */
    private final class Filer implements Runnable {

        final String user;
        final PayaraNode home;
        final HttpUser http;
        volatile PayaraNode through;
        volatile boolean stop;
        /** While a filing's form is being posted. */
        volatile boolean posting;
        final List<Filing> acknowledged = new CopyOnWriteArrayList<>();
        /** The filings posted (their markers), whatever came of them. */
        final List<String> sent = new CopyOnWriteArrayList<>();
        /** Posts that got no answer (the instance died under them). */
        final List<String> cutOff = new CopyOnWriteArrayList<>();
        /** Filings answered by no tracking number after a fail-over (not acknowledged, allowed). */
        final List<String> unacknowledged = new CopyOnWriteArrayList<>();
        /** Filings acknowledged on a page that showed their number but not the message saying they were filed. */
        final List<String> withoutMessage = new CopyOnWriteArrayList<>();
        final List<String> problems = new CopyOnWriteArrayList<>();
        private int count;

        Filer(Accounts.Account account, PayaraNode home) throws IOException, InterruptedException {
            this.user = account.username();
            this.home = home;
            this.through = home;
            this.http = HttpUser.signedIn(home.url(""), account);
        }

        @Override
        public void run() {
            try {
                while (!stop) {
                    fileOne();
                }
            } catch (Unexpected e) {
                problems.add(this + ": " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            } catch (Exception e) {
                problems.add(this + ": " + e);
            } finally {
                posting = false;
            }
        }

        private void fileOne() throws InterruptedException {
            PayaraNode node = through;
            String marker = user + "@" + home.name() + "-" + (++count) + "-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> form;
            try {
                form = http.at(node.url("")).get(ComplaintForm.PATH);
            } catch (IOException e) {
                failOver(node, e);
                return;
            }
            if (form.statusCode() != 200 || !form.body().contains("complaint:submit")) {
                throw new Unexpected("the filing form through " + node + " answered " + form.statusCode() + " "
                        + form.headers().firstValue("Location").orElse(""), null);
            }
            Multipart body = filingForm(form.body(), marker);
            sent.add(marker);
            send(node, body, marker, false);
        }

        /** Posts the form to the instance; the filing is acknowledged when the page it leads to shows its number. */
        private void send(PayaraNode node, Multipart body, String marker, boolean again) throws InterruptedException {
            HttpResponse<String> answer;
            posting = true;
            try {
                answer = http.at(node.url("")).post(ComplaintForm.PATH, body);
            } catch (IOException e) {
                failOver(node, e);
                cutOff.add(marker);
                if (!again) {
                    send(through, body, marker, true);
                }
                return;
            } finally {
                posting = false;
            }
            String location = answer.headers().firstValue("Location").orElse("");
            if (location.contains("/login.xhtml")) {
                throw new Unexpected("signed out: the post through " + node + " was sent to " + location, null);
            }
            if (answer.statusCode() != 302 || !location.contains("/complaints/view.xhtml?id=")) {
                if (again) {
                    unacknowledged.add(marker + " sent again: " + answer.statusCode() + " " + location);
                    return;
                }
                throw new Unexpected("the post of " + marker + " through " + node + " answered " + answer.statusCode() + " " + location, null);
            }
            URI target = URI.create(location);
            String page = target.getRawPath() + "?" + target.getRawQuery();
            PayaraNode shownBy = node;
            HttpResponse<String> shown;
            try {
                shown = http.at(node.url("")).get(page);
            } catch (IOException e) {
                failOver(node, e);
                shownBy = through;
                try {
                    shown = http.at(through.url("")).get(page);
                } catch (IOException again2) {
                    throw new Unexpected("the filed complaint's page through " + through, again2);
                }
            }
            // acknowledged: the complaint's page the post leads to shows its number (the heading), and so does the
            // message "filed with tracking number …" above it when there is one (the flash, which does not always
            // outlive the kill: seen missing on the survivor's page at that moment, its log saying JSF1094 "could not
            // decode flash data", also for a session that was never on the killed instance)
            Matcher heading = HEADING_NUMBER.matcher(shown.body());
            if (shown.statusCode() != 200 || !heading.find()) {
                if (again || shownBy != node) {
                    unacknowledged.add(marker + ": its page answered " + shown.statusCode() + " without its number");
                    return;
                }
                throw new Unexpected("the page of " + marker + " filed through " + node + " (" + page + ") answered "
                        + shown.statusCode() + " without the number filed", null);
            }
            String number = PersianText.toAsciiDigits(heading.group(1).trim());
            if (!number.endsWith("-" + target.getRawQuery().substring("id=".length()))) {
                throw new Unexpected(marker + " was sent to " + page + ", which shows the number " + number, null);
            }
            Matcher message = FILED_MESSAGE.matcher(shown.body());
            if (!message.find()) {
                withoutMessage.add(marker);
            } else if (!PersianText.toAsciiDigits(message.group(1)).equals(number)) {
                throw new Unexpected(marker + " was told " + message.group(1) + " on the page of " + number, null);
            }
            acknowledged.add(new Filing(user, marker, number, node, again));
        }

        /** A request to the instance failed: allowed once the instance is killed, then the filer goes on on the other. */
        private void failOver(PayaraNode node, IOException e) {
            if (node != killed) {
                throw new Unexpected("a request through " + node + ", which is alive, failed", e);
            }
            through = nodes.stream().filter(n -> n != node).findFirst().orElseThrow();
        }

        int acknowledgedThrough(PayaraNode node) {
            return (int) acknowledged.stream().filter(f -> f.through() == node).count();
        }

        @Override
        public String toString() {
            return user + " of " + home.name() + ": " + sent.size() + " posted, " + acknowledged.size() + " acknowledged ("
                    + nodes.stream().map(n -> acknowledgedThrough(n) + " through " + n.name()).collect(Collectors.joining(", "))
                    + (acknowledged.stream().anyMatch(Filing::sentAgain) ? ", " + acknowledged.stream().filter(Filing::sentAgain).count()
                    + " of them sent again" : "") + "), " + cutOff.size() + " cut off " + cutOff + ", unacknowledged " + unacknowledged
                    + (withoutMessage.isEmpty() ? "" : ", shown their page without the message " + withoutMessage);
        }
    }

    /** The filing form as the browser posts it: a complaint against Post Bank, its description carrying the marker. */
    private static Multipart filingForm(String page, String marker) {
        return complaintForm(page, "شکایت آزمون خوشه cluster-it/" + marker
                + " : شعبه پست بانک خدمات را به دفتر واگذار نکرد، در حالی که یکی از دو نمونه پرتال از کار می‌افتد.");
    }

    /** The filing form as the browser posts it: a complaint against Post Bank with this description. */
    private static Multipart complaintForm(String page, String description) {
        Matcher agency = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(ComplaintInputBrowserIT.POST_BANK) + "</option>").matcher(page);
        if (!page.contains("jakarta.faces.ViewState") || !agency.find()) {
            throw new Unexpected("the filing form has no view state or no Post Bank", null);
        }
        return new Multipart().field("complaint", "complaint")
                .field("complaint:agency_input", agency.group(1))
                .field("complaint:kind_input", "OTHER")
                .field("complaint:occurred", ComplaintInputBrowserIT.jalali(LocalDate.now(JalaliDates.ZONE).minusDays(1)))
                .field("complaint:official", "")
                .field("complaint:description", description)
                .file("complaint:files", "", "application/octet-stream", new byte[0])
                .field("complaint:submit", "")
                .field("jakarta.faces.ViewState", HttpUser.viewState(page))
                .field(PF.NONCE, PF.nonce(page));
    }

    private static int acknowledged(List<Filer> filers) {
        return filers.stream().mapToInt(f -> f.acknowledged.size()).sum();
    }

    private static int acknowledgedThrough(List<Filer> filers, PayaraNode node) {
        return filers.stream().mapToInt(f -> f.acknowledgedThrough(node)).sum();
    }

    private static boolean anyProblem(List<Filer> filers) {
        return filers.stream().anyMatch(f -> !f.problems.isEmpty());
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            PortalServer.sleep(20);
        }
    }

    private static void assertSignedIn(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), "expected the secretariat's home, got " + page.statusCode()
                + " " + page.headers().firstValue("Location").orElse(""));
        assertTrue(page.body().contains("id=\"home-title\""), "not the home page");
        assertTrue(page.body().contains("کارشناس دبیرخانه کارگروه"), "the user's name is not on the page");
    }
}
