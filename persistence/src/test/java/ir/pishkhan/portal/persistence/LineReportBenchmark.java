package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.linerequest.LineStanding;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import org.postgresql.ds.PGSimpleDataSource;
import jakarta.persistence.EntityManagerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Times the line requests' reports (run by {@code scripts/benchmark-lines.sh}; not a test) on a PostgreSQL database of
 * its own: 5,000 offices and 250,000 line requests spread over 14 years, every status, made with SQL. Each case is
 * what a report screen or a file export asks of {@link JpaLineRequestRepository}, on EclipseLink over a connection
 * pool as the server runs it. Results go to {@code docs/benchmark-lines.md}.
 * <p>
 * System properties: {@code bench.db} (pishkhan_linebench), {@code bench.offices} (5000), {@code bench.requests}
 * (250000), {@code bench.warmup} (3), {@code bench.runs} (20), {@code bench.out} (docs/benchmark-lines.md),
 * {@code test.pg.*} as for the tests.
 */
public final class LineReportBenchmark {

    private static final LocalDate RESOLUTION_1 = LocalDate.of(2012, 10, 6);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final String database = System.getProperty("bench.db", "pishkhan_linebench");
    private final int offices = Integer.getInteger("bench.offices", 5_000);
    private final int requests = Integer.getInteger("bench.requests", 250_000);
    private final int warmup = Integer.getInteger("bench.warmup", 3);
    private final int runs = Integer.getInteger("bench.runs", 20);
    private final Path out = Path.of(System.getProperty("bench.out", "docs/benchmark-lines.md"));

    private record Case(String title, Function<JpaLineRequestRepository, Object> call) {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("org.eclipse.persistence").setLevel(Level.WARNING);
        new LineReportBenchmark().run();
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        generate();
        double generated = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "Generated %,d offices and %,d line requests in %.1f s%n", offices, requests, generated);

        PooledDataSource pool = new PooledDataSource(GenerateData.pg(database));
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(pool);
        Map<String, double[]> results = new LinkedHashMap<>();
        Map<String, String> sizes = new LinkedHashMap<>();
        try {
            List<Case> cases = cases();
            for (int round = 0; round < warmup; round++) {
                for (Case c : cases) {
                    time(emf, c);
                }
            }
            for (Case c : cases) {
                double[] ms = new double[runs];
                Object last = null;
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    last = time(emf, c);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(ms);
                results.put(c.title(), ms);
                sizes.put(c.title(), size(last));
                System.out.printf(Locale.ROOT, "%-62s p50 %7.1f ms  p95 %7.1f ms  (%s)%n", c.title(), pct(ms, 50),
                        pct(ms, 95), size(last));
            }
        } finally {
            emf.close();
            pool.close();
        }
        write(results, sizes, generated);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private List<Case> cases() {
        PageRequest first = new PageRequest(0, 20, null, true);
        PageRequest chunk = new PageRequest(0, PageRequest.MAX_SIZE, null, true);
        return List.of(
                new Case("follow-up: per provider, every request", r -> r.providerFigures(null, null, TODAY)),
                new Case("follow-up: per provider, sent in one month", r -> r.providerFigures(LocalDate.of(2025, 3, 21),
                        LocalDate.of(2025, 4, 20), TODAY)),
                new Case("follow-up: waiting offices, first page + total", r -> r.waiting(null, TODAY, first)),
                new Case("follow-up: waiting offices, page at row 9,980", r -> r.waiting(null, TODAY,
                        new PageRequest(9_980, 20, null, true))),
                new Case("follow-up: waiting offices, an export chunk (200)", r -> r.waiting(null, TODAY, chunk)),
                new Case("resolution 1: offices by standing (summary)", r -> r.resolution1Summary(RESOLUTION_1)),
                new Case("resolution 1: first page of every office + total", r -> r.resolution1(RESOLUTION_1, Set.of(), first)),
                new Case("resolution 1: last page of every office", r -> r.resolution1(RESOLUTION_1, Set.of(),
                        new PageRequest(offices - 20, 20, null, true))),
                new Case("resolution 1: first page of WAITING + NOT_PROVIDED", r -> r.resolution1(RESOLUTION_1,
                        EnumSet.of(LineStanding.WAITING, LineStanding.NOT_PROVIDED), first)),
                new Case("resolution 1: first page of ON_TIME (rare)", r -> r.resolution1(RESOLUTION_1,
                        EnumSet.of(LineStanding.ON_TIME), first)),
                new Case("resolution 1: an export chunk (200)", r -> r.resolution1(RESOLUTION_1, Set.of(), chunk)));
    }

    private static Object time(EntityManagerFactory emf, Case c) {
        EntityManager em = emf.createEntityManager();
        try {
            return c.call().apply(new JpaLineRequestRepository(em));
        } finally {
            em.close();
        }
    }

    private static String size(Object result) {
        if (result instanceof ir.pishkhan.portal.domain.shared.Page<?> p) {
            return p.items().size() + " rows of " + String.format(Locale.ROOT, "%,d", p.total());
        }
        if (result instanceof List<?> l) {
            return l.size() + " rows";
        }
        return String.valueOf(result);
    }

    // --- the data ---

    /**
     * A fresh database: the schema, the reference data, then offices and line requests with SQL. Request i goes to
     * office {@code i % offices}, to one of the four telecom and ICT providers, of one of the five kinds; it was filed
     * between 2012 and 2026; its outcome cycles through the workflow's states (installed on time or late, open,
     * disputed, refused, escalated, cancelled, not yet sent).
     */
    private void generate() throws SQLException {
        var ds = withReferenceData(database);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO office (id, licence_number, name_fa, name_en, kind, county_fa, county_en, address, status,"
                    + " search_key, version) SELECT 1000 + g, '14-' || lpad(g::text, 6, '0'), 'دفتر پیشخوان ' || g,"
                    + " 'Office ' || g, CASE WHEN g % 3 = 0 THEN 'RURAL' ELSE 'URBAN' END, 'مرکزی', 'Markazi', NULL,"
                    + " 'ACTIVE', 'دفتر پیشخوان ' || g, 1 FROM generate_series(1, " + offices + ") g");
            List<Long> providers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id FROM agency WHERE kind IN ('TELECOM', 'ICT') ORDER BY id")) {
                while (rs.next()) {
                    providers.add(rs.getLong(1));
                }
            }
            String provider = "(ARRAY[" + String.join(",", providers.stream().map(String::valueOf).toList()) + "])[1 + i % "
                    + providers.size() + "]";
            // filed: every 30 minutes-ish back from 2026-11 over 14 years; outcome by i % 10
            String filed = "(TIMESTAMP WITH TIME ZONE '2012-06-01 08:00:00+04:30' + ((i * 1777) % (14 * 365 * 24 * 60)) * INTERVAL '1 minute')";
            String outcome = "(i % 10)";
            s.execute("INSERT INTO line_request (id, office_id, agency_id, kind, quantity, address, note, status,"
                    + " deadline_resolution_id, deadline, due_sort, filed_by, filed_at, updated_at, sent_at, scheduled_for,"
                    + " installed_at, confirmed_at, dispute_reason, refusal_reason, refusal_text, refused_by, refused_at,"
                    + " complaint_id, complaint_pending, submission_key, search_key, version)"
                    + " SELECT i, 1000 + 1 + (i % " + offices + "), " + provider + ","
                    + " (ARRAY['FIXED_LINE','DATA_LINE','INTERNET','INTRANET','MOBILE_MODULE'])[1 + (i / 7) % 5],"
                    + " 1 + i % 3, 'نشانی دفتر ' || i, NULL,"
                    + " (ARRAY['INSTALLED','CONFIRMED','CONFIRMED','SENT','SCHEDULED','DISPUTED','REFUSED','ESCALATED','CANCELLED','REQUESTED'])[1 + " + outcome + "],"
                    + " NULL, (" + filed + " + INTERVAL '31 days')::date,"
                    + " CASE WHEN " + outcome + " IN (8, 9) THEN DATE '9999-12-31' ELSE (" + filed + " + INTERVAL '31 days')::date END,"
                    + " 'office', " + filed + ", " + filed + ","
                    + " CASE WHEN " + outcome + " IN (8, 9) THEN NULL ELSE " + filed + " + INTERVAL '1 day' END, NULL,"
                    + " CASE WHEN " + outcome + " IN (0, 1, 2, 5) THEN " + filed + " + ((i % 60) * INTERVAL '1 day') END,"
                    + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, 'k' || i, 'نشانی دفتر ' || i, 1"
                    + " FROM generate_series(1, " + requests + ") i");
            s.execute("SELECT setval('line_request_seq', " + (requests + 50) + ")");
            s.execute("VACUUM (ANALYZE) office");
            s.execute("VACUUM (ANALYZE) line_request");
        }
    }

    /** The database made anew: dropped, created, migrated, the reference data loaded (the benchmarks' start). */
    static PGSimpleDataSource withReferenceData(String database) throws SQLException {
        GenerateData.createAnew(database);
        PGSimpleDataSource ds = GenerateData.pg(database);
        Migrations.migrate(ds);
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);
        try {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                new ReferenceData(new JpaMeetingRepository(em), new JpaAgencyRepository(em)).load();
                em.getTransaction().commit();
            } finally {
                em.close();
            }
        } finally {
            emf.close();
        }
        return ds;
    }

    // --- the figures ---

    static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private void write(Map<String, double[]> results, Map<String, String> sizes, double generated) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: the line requests' reports\n\n");
        md.append("Written by `scripts/benchmark-lines.sh` (`LineReportBenchmark`) on ").append(Instant.now())
                .append(". PostgreSQL database `").append(database).append("`: ")
                .append(String.format(Locale.ROOT, "%,d offices, %,d line requests", offices, requests))
                .append(" (generated with SQL in ").append(String.format(Locale.ROOT, "%.1f s", generated))
                .append("), every status, filed over 14 years. Each figure is one call of `JpaLineRequestRepository` on")
                .append(" EclipseLink over a connection pool, as the server makes it for a report screen or for one chunk")
                .append(" of a file export; ").append(warmup).append(" warm-up rounds, then ").append(runs)
                .append(" runs of each case. 2 cores.\n\n");
        md.append("| case | p50 ms | p95 ms | result |\n|---|---:|---:|---|\n");
        results.forEach((title, ms) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", title,
                pct(ms, 50), pct(ms, 95), sizes.get(title))));
        md.append("\nAn export of resolution 1's report reads every office in chunks of 200: ")
                .append(String.format(Locale.ROOT, "%d chunks", (offices + 199) / 200))
                .append(" of the cost above.\n\n")
                .append("Resolution 1's standings are counted in one pass over the requests of the two kinds of line,")
                .append(" grouped by office and joined to the offices, with \"on time\" as installed before the first")
                .append(" instant after the deadline's day in Tehran (a bound timestamp). The first version asked two")
                .append(" correlated subqueries per office (one per kind, each taking the Tehran day of every installation):")
                .append(" on this data its summary took 1,019 ms (p50) and a page filtered by standing 1,853–2,555 ms.")
                .append(" The follow-up's per-provider figures still take the Tehran day of each installation and of each")
                .append(" deadline (EXTRACT, the form that reads the same on H2 and PostgreSQL), which is most of their cost")
                .append(" over the whole history; a period of sending bounds it.\n");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }
}
