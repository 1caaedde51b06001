package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.delegation.ServiceCoverage;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Times the delegation coverage report (issue 11; run by {@code scripts/benchmark-coverage.sh}; not a test) on a
 * PostgreSQL database of its own: 60 agencies × 40 services, 5,000 offices in 30 counties (a third rural, a few
 * suspended), and authorisations made with SQL — a tenth of the services given to every office, a tenth to urban
 * offices only, four tenths to a scattered seventh of the offices (selective), the rest to none. Each case is one page
 * of {@link JpaDelegationRepository#coverage} (5 services × 30 counties, the one GROUP BY) on EclipseLink over a
 * connection pool, beside the bare GROUP BY in SQL. Results go to {@code docs/benchmark-coverage.md}.
 * <p>
 * System properties: {@code bench.db} (pishkhan_coveragebench), {@code bench.reuse} (false: true times the database
 * an earlier run made, without making it anew), {@code bench.offices} (5000), {@code bench.warmup}
 * (3), {@code bench.runs} (20), {@code bench.out} (docs/benchmark-coverage.md), {@code test.pg.*} as for the tests.
 */
public final class CoverageBenchmark {

    private static final int AGENCIES = 60;
    private static final int SERVICES = 40;
    private static final int COUNTIES = 30;
    private static final int PAGE = 5;

    private final String database = System.getProperty("bench.db", "pishkhan_coveragebench");
    private final int offices = Integer.getInteger("bench.offices", 5_000);
    private final int warmup = Integer.getInteger("bench.warmup", 3);
    private final int runs = Integer.getInteger("bench.runs", 20);
    private final Path out = Path.of(System.getProperty("bench.out", "docs/benchmark-coverage.md"));

    private record Case(String title, Function<EntityManager, Object> call) {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("org.eclipse.persistence").setLevel(Level.WARNING);
        new CoverageBenchmark().run();
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        long authorisations = Boolean.getBoolean("bench.reuse") ? existing() : generate();
        double generated = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "Generated %,d offices, %,d services, %,d authorisations in %.1f s%n", offices,
                AGENCIES * SERVICES, authorisations, generated);
        List<Long> agencyIds = new ArrayList<>();
        try (Connection c = GenerateData.pg(database).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM agency ORDER BY id")) {
            while (rs.next()) {
                agencyIds.add(rs.getLong(1));
            }
        }
        PooledDataSource pool = new PooledDataSource(GenerateData.pg(database));
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(pool);
        Map<String, double[]> results = new LinkedHashMap<>();
        Map<String, String> sizes = new LinkedHashMap<>();
        try {
            List<Case> cases = cases(agencyIds);
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
                System.out.printf(Locale.ROOT, "%-62s p50 %7.1f ms  p95 %7.1f ms  (%s)%n", c.title(),
                        LineReportBenchmark.pct(ms, 50), LineReportBenchmark.pct(ms, 95), size(last));
            }
        } finally {
            emf.close();
            pool.close();
        }
        write(results, sizes, generated, authorisations);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** The first, a middle and the last agency's pages; the bare GROUP BY of one page beside them. */
    private List<Case> cases(List<Long> agencies) {
        long first = agencies.get(0);
        long middle = agencies.get(agencies.size() / 2);
        long last = agencies.get(agencies.size() - 1);
        return List.of(
                new Case("coverage: first page (5 services × counties)", em -> new JpaDelegationRepository(em)
                        .coverage(first, new PageRequest(0, PAGE, null, true))),
                new Case("coverage: a middle agency, page 4", em -> new JpaDelegationRepository(em)
                        .coverage(middle, new PageRequest(3 * PAGE, PAGE, null, true))),
                new Case("coverage: the last agency, last page", em -> new JpaDelegationRepository(em)
                        .coverage(last, new PageRequest(SERVICES - PAGE, PAGE, null, true))),
                new Case("coverage: one page and its offices left out (10 per selective row)", em -> {
                    JpaDelegationRepository repo = new JpaDelegationRepository(em);
                    var page = repo.coverage(middle, new PageRequest(0, PAGE, null, true));
                    var leftOut = repo.leftOut(page.items().stream().flatMap(sc -> sc.counties().stream())
                            .filter(CountyCoverage::isSelective).toList(), 10);
                    return leftOut.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).sum()
                            + " offices listed";
                }),
                new Case("bare SQL: the GROUP BY of one page (its 5 services' ids known)", em -> {
                    List<?> ids = em.createNativeQuery("SELECT id FROM agency_service WHERE agency_id = ?1 ORDER BY code, id"
                            + " LIMIT " + PAGE).setParameter(1, middle).getResultList();
                    String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
                    return em.createNativeQuery("SELECT s.id, o.county_fa, COUNT(*), COUNT(c.id) FROM agency_service s"
                            + " CROSS JOIN office o LEFT JOIN (SELECT x.id, x.service_id, x.office_id FROM authorisation x"
                            + " WHERE x.ended_key = 0 AND x.service_id IN (" + in + ")) c ON c.service_id = s.id"
                            + " AND c.office_id = o.id WHERE s.id IN (" + in + ") AND o.status = 'ACTIVE'"
                            + " GROUP BY s.id, o.county_fa").getResultList();
                }),
                new Case("every agency with its services and delegations (res. 5)", em -> new JpaDelegationRepository(em)
                        .agencies()));
    }

    private static Object time(EntityManagerFactory emf, Case c) {
        EntityManager em = emf.createEntityManager();
        try {
            return c.call().apply(em);
        } finally {
            em.close();
        }
    }

    private static String size(Object result) {
        if (result instanceof Page<?> p) {
            long rows = p.items().stream().mapToLong(x -> x instanceof ServiceCoverage sc
                    ? sc.counties().size() : 1).sum();
            return p.items().size() + " services of " + p.total() + ", " + rows + " rows";
        }
        if (result instanceof List<?> l) {
            return l.size() + " rows";
        }
        return String.valueOf(result);
    }

    /** The database of an earlier run, as it is ({@code bench.reuse}): its authorisations counted. */
    private long existing() throws SQLException {
        try (Connection c = GenerateData.pg(database).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM authorisation")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A fresh database: the schema, the reference data, then agencies, offices, services and authorisations in SQL. */
    private long generate() throws SQLException {
        var ds = LineReportBenchmark.withReferenceData(database);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO agency (id, code, name_fa, name_en, kind, party_code, search_key, version)"
                    + " SELECT 900000 + g, 'bench-' || g, 'دستگاه محک ' || g, 'Benchmark agency ' || g, 'GOVERNMENT', NULL,"
                    + " 'دستگاه محک ' || g, 1 FROM generate_series(1, " + AGENCIES + " - (SELECT COUNT(*) FROM agency)) g");
            s.execute("INSERT INTO office (id, licence_number, name_fa, name_en, kind, county_fa, county_en, address, status,"
                    + " search_key, version) SELECT 1000 + g, '14-' || lpad(g::text, 6, '0'), 'دفتر پیشخوان ' || g,"
                    + " 'Office ' || g, CASE WHEN g % 3 = 0 THEN 'RURAL' ELSE 'URBAN' END,"
                    + " 'شهرستان ' || (g % " + COUNTIES + "), 'County ' || (g % " + COUNTIES + "), NULL,"
                    + " CASE WHEN g % 53 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END, 'دفتر پیشخوان ' || g, 1"
                    + " FROM generate_series(1, " + offices + ") g");
            s.execute("INSERT INTO agency_service (id, agency_id, code, name_fa, name_en, scope, demo, search_key, created_by,"
                    + " created_at, version) SELECT ROW_NUMBER() OVER (ORDER BY a.id, n), a.id, 'S-' || lpad(n::text, 3, '0'),"
                    + " 'خدمت محک ' || n, 'Benchmark service ' || n, CASE WHEN n % 5 = 0 THEN 'URBAN' ELSE 'BOTH' END, TRUE,"
                    + " 's-' || n, 'bench', now(), 1 FROM agency a CROSS JOIN generate_series(1, " + SERVICES + ") n");
            // by service: 0 every office of its scope, 1 urban offices only, 2-5 a scattered seventh, 6-9 none
            s.execute("INSERT INTO authorisation (service_id, office_id, since, basis, granted_by, granted_at, ended_key)"
                    + " SELECT s.id, o.id, DATE '2012-10-01', 'benchmark', 'bench', now(), 0"
                    + " FROM agency_service s JOIN office o ON o.status = 'ACTIVE'"
                    + " AND (s.scope = 'BOTH' OR o.kind = s.scope)"
                    + " WHERE s.id % 10 = 0 OR (s.id % 10 = 1 AND o.kind = 'URBAN')"
                    + " OR (s.id % 10 BETWEEN 2 AND 5 AND (o.id + s.id) % 7 = 0)");
            s.execute("SELECT setval('agency_service_seq', (SELECT MAX(id) + 50 FROM agency_service))");
            s.execute("VACUUM (ANALYZE) office");
            s.execute("VACUUM (ANALYZE) agency_service");
            s.execute("VACUUM (ANALYZE) authorisation");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM authorisation")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void write(Map<String, double[]> results, Map<String, String> sizes, double generated, long authorisations)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: the delegation coverage report\n\n");
        md.append("Written by `scripts/benchmark-coverage.sh` (`CoverageBenchmark`) on ").append(Instant.now())
                .append(". PostgreSQL database `").append(database).append("`: ")
                .append(String.format(Locale.ROOT, "%d agencies × %d services, %,d offices in %d counties, %,d authorisations",
                        AGENCIES, SERVICES, offices, COUNTIES, authorisations))
                .append(Boolean.getBoolean("bench.reuse") ? " (made by an earlier run of this benchmark, with SQL"
                        : String.format(Locale.ROOT, " (generated with SQL in %.1f s", generated))
                .append("). A page of the report is ").append(PAGE).append(" services with their counties' rows, counted by")
                .append(" one GROUP BY (`CoverageQuery`); each figure is one call on EclipseLink over a connection pool, ")
                .append(warmup).append(" warm-up rounds, then ").append(runs).append(" runs. 2 cores, shared.\n\n");
        md.append("| case | p50 ms | p95 ms | result |\n|---|---:|---:|---|\n");
        results.forEach((title, ms) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", title,
                LineReportBenchmark.pct(ms, 50), LineReportBenchmark.pct(ms, 95), sizes.get(title))));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }
}
