package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.Keyset.Direction;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Times the complaint lists on the database {@code scripts/generate-data.sh} fills (run by {@code
 * scripts/benchmark.sh}; not a test). Each case is what a list screen asks for: one page through {@link
 * JpaComplaintRepository#page} and the capped count through {@link JpaComplaintRepository#countUpTo}, on EclipseLink
 * with a RESOURCE_LOCAL factory over a connection pool, as the server runs them. The statements that run are
 * recorded once and then run again with plain JDBC, so that the ORM's share shows beside the database's. The id and
 * count queries are explained (ANALYZE, BUFFERS). Everything goes to {@code docs/benchmark.md}.
 * <p>
 * System properties: {@code bench.db} (pishkhan_bench), {@code bench.warmup} (5), {@code bench.runs} (30),
 * {@code bench.out} (docs/benchmark.md), {@code bench.prepareThreshold} (pgjdbc's; its default, 5, when not given),
 * {@code test.pg.*} as for the tests.
 */
public final class ComplaintBenchmark {

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final int CAP = 10_000;
    private static final int PAGE = 20;

    private final int warmup = Integer.getInteger("bench.warmup", 5);
    private final int runs = Integer.getInteger("bench.runs", 30);
    private final String database = System.getProperty("bench.db", "pishkhan_bench");
    private final Path out = Path.of(System.getProperty("bench.out", "docs/benchmark.md"));
    /** pgjdbc's prepareThreshold for the pool's connections; the driver's default (5) when not given. */
    private final Integer prepareThreshold = Integer.getInteger("bench.prepareThreshold");

    private RecordingDataSource recording;
    private PooledDataSource pool;
    private EntityManagerFactory emf;

    /** One list screen: a filter, an order, a direction and maybe a cursor; the page and the capped count. */
    private record Case(String id, String title, ComplaintFilter filter, ListOrder sort, Direction direction,
                        Keyset.Cursor cursor) {
        Keyset.Request request() {
            return new Keyset.Request(sort, direction, cursor, PAGE);
        }
    }

    /** What one case measured. */
    private static final class Result {
        Case c;
        double[] jpa;
        double[] jpaPage;
        double[] jpaCount;
        double[] jdbc;
        Map<String, double[]> perStatement = new LinkedHashMap<>();
        List<RecordingDataSource.Statement> statements;
        int rows;
        long count;
        List<String> explains = new ArrayList<>();
        /** Time of the id and count queries under a generic plan, milliseconds. */
        double generic;
    }

    public static void main(String[] args) throws Exception {
        FLYWAY_LOG.setLevel(Level.WARNING);
        new ComplaintBenchmark().run();
    }

    private void run() throws Exception {
        String loadBefore = loadAverage();
        org.postgresql.ds.PGSimpleDataSource pg = GenerateData.pg(database);
        if (prepareThreshold != null) {
            pg.setPrepareThreshold(prepareThreshold);
        }
        pool = new PooledDataSource(pg);
        recording = new RecordingDataSource(pool);
        emf = TestDatabase.entityManagerFactory(recording);
        try {
            emf.createEntityManager().close();
            boolean woven = org.eclipse.persistence.internal.weaving.PersistenceWeaved.class.isAssignableFrom(Complaint.class);
            List<Case> cases = cases();
            // the JIT and the caches warmed on every case first, so that the first case is not the one that pays
            for (int round = 0; round < warmup; round++) {
                for (Case c : cases) {
                    EntityManager em = emf.createEntityManager();
                    try {
                        JpaComplaintRepository repo = new JpaComplaintRepository(em);
                        repo.page(c.filter(), c.request());
                        repo.countUpTo(c.filter(), CAP);
                    } finally {
                        em.close();
                    }
                }
            }
            List<Result> results = new ArrayList<>();
            for (Case c : cases) {
                System.out.printf(Locale.ROOT, "%-4s %s%n", c.id(), c.title());
                Result r = measure(c);
                results.add(r);
                System.out.printf(Locale.ROOT, "     JPA p50 %7.1f ms  p95 %7.1f ms | JDBC p50 %7.1f ms  p95 %7.1f ms | "
                                + "%d statements, %d rows, count %,d%n", pct(r.jpa, 50), pct(r.jpa, 95), pct(r.jdbc, 50),
                        pct(r.jdbc, 95), r.statements.size(), r.rows, r.count);
            }
            write(results, woven, loadBefore, loadAverage());
            System.out.println("Written to " + out.toAbsolutePath());
        } finally {
            emf.close();
            pool.close();
        }
    }

    // --- the cases ---

    private List<Case> cases() throws SQLException {
        LocalDate today = LocalDate.now(JalaliDates.ZONE);
        long telecom = scalar("SELECT id FROM agency WHERE code = 'telecom'");
        long postBank = scalar("SELECT id FROM agency WHERE code = 'post-bank'");
        ComplaintFilter all = ComplaintFilter.all(today);
        ComplaintFilter overdueForwarded = new ComplaintFilter(Set.of(ComplaintStatus.FORWARDED), telecom, null, null,
                null, true, null, null, null, false, today);
        ComplaintFilter resolvedPostBank = new ComplaintFilter(Set.of(ComplaintStatus.RESOLVED), postBank, null, null,
                null, false, null, null, null, false, today);
        // typed with the Arabic kaf and yeh of an Arabic keyboard layout
        ComplaintFilter commonWord = text("كارمزد", today);
        ComplaintFilter rareWords = text("تعطيلي موقت", today);
        ComplaintFilter missingWord = text("پيامك", today);
        ComplaintFilter wordAndAgency = new ComplaintFilter(Set.of(), telecom, ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED,
                null, null, false, null, null, "اينترانت", false, today);
        ComplaintFilter everywhereAndAgency = new ComplaintFilter(Set.of(), telecom, null, null, null, false, null, null,
                "دفتر", false, today);
        long busiestOffice = scalar("SELECT office_id FROM complaint GROUP BY office_id ORDER BY COUNT(*) DESC LIMIT 1");
        long unlinked = scalar("SELECT r.id FROM resolution r JOIN meeting m ON m.id = r.meeting_id WHERE m.number = 14 "
                + "AND r.number = 17");
        Keyset.Cursor deep;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT filed_at, id FROM complaint ORDER BY filed_at DESC, id DESC "
                     + "OFFSET (SELECT COUNT(*) / 2 FROM complaint) LIMIT 1")) {
            rs.next();
            deep = new Keyset.Cursor(rs.getObject(1, java.time.OffsetDateTime.class).toInstant().toString(), rs.getLong(2));
        }
        return List.of(
                new Case("a", "Triage queue, first page: no filter, newest first", all, ListOrder.FILED_NEWEST,
                        Direction.FIRST, null),
                new Case("b", "Filtered: FORWARDED + telecom + overdue, earliest deadline first", overdueForwarded,
                        ListOrder.DEADLINE_EARLIEST, Direction.FIRST, null),
                new Case("c1", "Deepest page (LAST): no filter, newest first", all, ListOrder.FILED_NEWEST,
                        Direction.LAST, null),
                new Case("c2", "Deepest page (LAST): RESOLVED + Post Bank, newest first", resolvedPostBank,
                        ListOrder.FILED_NEWEST, Direction.LAST, null),
                new Case("c3", "Deepest page (LAST): FORWARDED + telecom + overdue, earliest deadline first",
                        overdueForwarded, ListOrder.DEADLINE_EARLIEST, Direction.LAST, null),
                new Case("d1", "Text: a common word (\"كارمزد\", Arabic kaf), newest first", commonWord,
                        ListOrder.FILED_NEWEST, Direction.FIRST, null),
                new Case("d2", "Text: two rarer words (\"تعطيلي موقت\", Arabic yeh), newest first", rareWords,
                        ListOrder.FILED_NEWEST, Direction.FIRST, null),
                new Case("d3", "Text: a word in no complaint (\"پيامك\"), newest first", missingWord,
                        ListOrder.FILED_NEWEST, Direction.FIRST, null),
                new Case("d4", "Text + telecom + kind (\"اينترانت\"), earliest deadline first", wordAndAgency,
                        ListOrder.DEADLINE_EARLIEST, Direction.FIRST, null),
                new Case("d5", "Text + telecom (\"دفتر\", in most complaints), newest first", everywhereAndAgency,
                        ListOrder.FILED_NEWEST, Direction.FIRST, null),
                new Case("e", "AFTER a cursor halfway down (row 500,000): no filter, newest first", all,
                        ListOrder.FILED_NEWEST, Direction.AFTER, deep),
                new Case("f1", "An office's own list (the busiest office), newest first", all.forOffice(busiestOffice),
                        ListOrder.FILED_NEWEST, Direction.FIRST, null),
                new Case("f2", "An agency liaison's list (forwarded to Post Bank), earliest deadline first",
                        all.forAgency(postBank), ListOrder.DEADLINE_EARLIEST, Direction.FIRST, null),
                new Case("f3", "Resolution 14/17, under which no complaint falls, newest first",
                        new ComplaintFilter(Set.of(), null, null, unlinked, null, false, null, null, null, false, today),
                        ListOrder.FILED_NEWEST, Direction.FIRST, null));
    }

    private static ComplaintFilter text(String text, LocalDate today) {
        return new ComplaintFilter(Set.of(), null, null, null, null, false, null, null, text, false, today);
    }

    // --- measuring ---

    private Result measure(Case c) throws SQLException {
        Result r = new Result();
        r.c = c;
        r.jpa = new double[runs];
        r.jpaPage = new double[runs];
        r.jpaCount = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            EntityManager em = emf.createEntityManager();
            try {
                JpaComplaintRepository repo = new JpaComplaintRepository(em);
                long t0 = System.nanoTime();
                Keyset.Page<Complaint> page = repo.page(c.filter(), c.request());
                long t1 = System.nanoTime();
                long count = repo.countUpTo(c.filter(), CAP);
                long t2 = System.nanoTime();
                if (i >= warmup) {
                    r.jpaPage[i - warmup] = (t1 - t0) / 1e6;
                    r.jpaCount[i - warmup] = (t2 - t1) / 1e6;
                    r.jpa[i - warmup] = (t2 - t0) / 1e6;
                }
                r.rows = page.items().size();
                r.count = count;
                // what the screen shows of each row, read as the page would be rendered
                for (Complaint x : page.items()) {
                    x.getOffice().getNameFa();
                    x.getAgency().getNameFa();
                    x.getTrackingNumber();
                }
            } finally {
                em.close();
            }
        }
        // the statements of one more run, recorded
        EntityManager em = emf.createEntityManager();
        try {
            List<RecordingDataSource.Statement> list = recording.record();
            JpaComplaintRepository repo = new JpaComplaintRepository(em);
            repo.page(c.filter(), c.request());
            repo.countUpTo(c.filter(), CAP);
            recording.stop();
            r.statements = List.copyOf(list);
        } finally {
            recording.stop();
            em.close();
        }
        // the same statements with plain JDBC
        r.jdbc = new double[runs];
        for (RecordingDataSource.Statement s : r.statements) {
            r.perStatement.put(label(s) + "#" + r.perStatement.size(), new double[runs]);
        }
        List<double[]> per = new ArrayList<>(r.perStatement.values());
        for (int i = 0; i < warmup + runs; i++) {
            try (Connection conn = pool.getConnection()) {
                long start = System.nanoTime();
                for (int k = 0; k < r.statements.size(); k++) {
                    long t0 = System.nanoTime();
                    try (PreparedStatement ps = r.statements.get(k).prepare(conn, "");
                         ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int col = 1; col <= columns; col++) {
                                rs.getObject(col);
                            }
                        }
                    }
                    if (i >= warmup) {
                        per.get(k)[i - warmup] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                if (i >= warmup) {
                    r.jdbc[i - warmup] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        // the id and count queries once more under a generic plan, as PostgreSQL may choose for a statement that
        // pgjdbc has prepared on the server (after prepareThreshold = 5 executions on one pooled connection): on a
        // connection of their own, prepared on the server at once, planned generically; the median of 3 runs
        try (Connection conn = GenerateData.pg(database).getConnection()) {
            conn.unwrap(org.postgresql.PGConnection.class).setPrepareThreshold(1);
            try (Statement st = conn.createStatement()) {
                st.execute("SET plan_cache_mode = force_generic_plan");
            }
            for (RecordingDataSource.Statement s : r.statements) {
                String label = label(s);
                if ((label.equals("ids") || label.equals("count")) && !s.bindings().isEmpty()) {
                    double[] times = new double[3];
                    for (int i = 0; i < times.length; i++) {
                        long t0 = System.nanoTime();
                        try (PreparedStatement ps = s.prepare(conn, ""); ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getObject(1);
                            }
                        }
                        times[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    r.generic += pct(times, 50);
                }
            }
        }
        // the plans of the id and count queries
        try (Connection conn = pool.getConnection()) {
            for (RecordingDataSource.Statement s : r.statements) {
                String label = label(s);
                if (label.equals("ids") || label.equals("count")) {
                    StringBuilder plan = new StringBuilder();
                    try (PreparedStatement ps = s.prepare(conn, "EXPLAIN (ANALYZE, BUFFERS) "); ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            plan.append(rs.getString(1)).append('\n');
                        }
                    }
                    r.explains.add("-- " + label + "\n" + s.readable() + "\n\n" + plan);
                }
            }
        }
        return r;
    }

    /** What a recorded statement is: the page's ids, the load of those rows, the count, or another load. */
    private static String label(RecordingDataSource.Statement s) {
        String sql = s.sql();
        if (sql.startsWith("SELECT c.id FROM complaint c")) {
            return "ids";
        }
        if (sql.startsWith("SELECT COUNT(*) FROM (SELECT 1 FROM complaint c")) {
            return "count";
        }
        if (sql.contains("FROM complaint t") || sql.matches("(?s).*FROM .*complaint t\\d.*")) {
            return "load";
        }
        return "other";
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, rank))];
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    // --- the report ---

    private void write(List<Result> results, boolean woven, String loadBefore, String loadAfter) throws Exception {
        StringBuilder md = new StringBuilder();
        Function<Double, String> ms = v -> String.format(Locale.ROOT, "%.1f", v);
        md.append("# Complaint lists on a million complaints: benchmark\n\n");
        md.append("Written by `scripts/benchmark.sh` (the Java main `ComplaintBenchmark` in persistence's test classes) on ")
                .append(ZonedDateTime.now(JalaliDates.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(". The data comes from `scripts/generate-data.sh`. Both scripts say in their headers what they do.\n\n");
        md.append("## Set-up\n\n");
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memory()).append(" RAM; load average (1/5/15 min) ").append(loadBefore).append(" before, ")
                .append(loadAfter).append(" after — the machine is shared with other builds, so the figures are noisy.\n");
        md.append("- ").append(text("SELECT version()").replaceAll(",.*", "")).append(", settings as installed: shared_buffers ")
                .append(text("SHOW shared_buffers")).append(", work_mem ").append(text("SHOW work_mem"))
                .append(", effective_cache_size ").append(text("SHOW effective_cache_size")).append(", jit ")
                .append(text("SHOW jit")).append(".\n");
        md.append("- Java ").append(System.getProperty("java.version")).append(", EclipseLink ")
                .append(org.eclipse.persistence.Version.getVersion()).append(" (RESOURCE_LOCAL, as the tests), weaving ")
                .append(woven ? "on (the `-javaagent`, as Payara weaves)" : "OFF").append(", pgjdbc ")
                .append(org.postgresql.util.DriverInfo.DRIVER_VERSION).append(" with prepareThreshold ")
                .append(prepareThreshold == null ? "5 (the default)" : prepareThreshold)
                .append(", a pool of connections kept open (as the server's pool); ")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-Xmx")).findFirst().orElse("default heap")).append(".\n");
        md.append("- Data: ").append(String.format(Locale.ROOT, "%,d complaints, %,d timeline events, %,d resolution links, "
                        + "%,d offices, %,d agencies; database %s.", scalar("SELECT COUNT(*) FROM complaint"),
                scalar("SELECT COUNT(*) FROM complaint_event"), scalar("SELECT COUNT(*) FROM complaint_resolution"),
                scalar("SELECT COUNT(*) FROM office"), scalar("SELECT COUNT(*) FROM agency"),
                text("SELECT pg_size_pretty(pg_database_size(current_database()))"))).append('\n');
        md.append("- Each case: ").append(warmup).append(" warm-up runs (after ").append(warmup)
                .append(" rounds of all cases), then ").append(runs)
                .append(" measured; a page of ").append(PAGE).append(" rows and the count capped at ")
                .append(String.format(Locale.ROOT, "%,d", CAP)).append(", each run in a new entity manager. **JPA** is ")
                .append("`JpaComplaintRepository.page` + `countUpTo`, the server's code. **JDBC** is the same statements ")
                .append("(recorded from the JPA run, with the same bound values) run with plain JDBC, every column of every row read.\n\n");
        md.append("## Results (milliseconds)\n\n");
        md.append("| Case | What | JPA p50 | JPA p95 | page p50 | count p50 | JDBC p50 | JDBC p95 | ids p50 | load p50 | count p50 | statements | rows | count | generic plan |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append("| ").append(r.c.id()).append(" | ").append(r.c.title().replace("|", "\\|")).append(" | ")
                    .append(ms.apply(pct(r.jpa, 50))).append(" | ").append(ms.apply(pct(r.jpa, 95))).append(" | ")
                    .append(ms.apply(pct(r.jpaPage, 50))).append(" | ").append(ms.apply(pct(r.jpaCount, 50))).append(" | ")
                    .append(ms.apply(pct(r.jdbc, 50))).append(" | ").append(ms.apply(pct(r.jdbc, 95))).append(" | ")
                    .append(statementP50(r, "ids")).append(" | ").append(statementP50(r, "load")).append(" | ")
                    .append(statementP50(r, "count")).append(" | ").append(r.statements.size()).append(" | ")
                    .append(r.rows).append(" | ").append(String.format(Locale.ROOT, "%,d", r.count)).append(" | ")
                    .append(ms.apply(r.generic)).append(" |\n");
        }
        md.append("\n\"page\" and \"count\" split the JPA time; \"ids\", \"load\" and \"count\" split the JDBC time by ")
                .append("statement. \"statements\" is how many statements one page and its count ran (the id query, the load of ")
                .append("those rows with their office and agency, the count, and any others EclipseLink issued). \"generic plan\" ")
                .append("is the time of the id and count queries (those with bound values) prepared on the server and planned under ")
                .append("`plan_cache_mode = force_generic_plan` (median of 3): what they cost if PostgreSQL settles on a generic ")
                .append("plan for them, as it may once pgjdbc has prepared a statement on the server (after 5 executions on ")
                .append("one pooled connection).\n\n");
        md.append("<!-- analysis -->\n\n");
        md.append("## Plans of the id and count queries\n\n");
        md.append("`EXPLAIN (ANALYZE, BUFFERS)` of each case's id query and count query, with the values bound to them ")
                .append("(shown written into the SQL).\n\n");
        for (Result r : results) {
            md.append("### ").append(r.c.id()).append(": ").append(r.c.title()).append("\n\n");
            for (String e : r.explains) {
                md.append("```\n").append(e.strip()).append("\n```\n\n");
            }
            List<String> others = r.statements.stream().filter(s -> label(s).equals("other") || label(s).equals("load"))
                    .map(RecordingDataSource.Statement::sql).distinct().toList();
            if (!others.isEmpty()) {
                md.append("Rows loaded by:\n\n");
                for (String o : others) {
                    md.append("```sql\n").append(o).append("\n```\n\n");
                }
            }
        }
        // keep what a person wrote in the analysis section of an earlier report
        String analysis = "";
        if (Files.exists(out)) {
            String old = Files.readString(out, StandardCharsets.UTF_8);
            int from = old.indexOf("<!-- analysis -->");
            int to = old.indexOf("## Plans of the id and count queries");
            if (from >= 0 && to > from) {
                analysis = old.substring(from, to);
            }
        }
        String text = md.toString();
        if (!analysis.isEmpty()) {
            text = text.replace("<!-- analysis -->\n\n", analysis);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    private static String statementP50(Result r, String label) {
        double sum = 0;
        boolean any = false;
        for (Map.Entry<String, double[]> e : r.perStatement.entrySet()) {
            if (e.getKey().startsWith(label + "#")) {
                sum += pct(e.getValue(), 50);
                any = true;
            }
        }
        return any ? String.format(Locale.ROOT, "%.1f", sum) : "—";
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f GB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            // unknown
        }
        return "?";
    }
}
