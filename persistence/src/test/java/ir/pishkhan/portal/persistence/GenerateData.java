package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.calendar.Weekend;
import ir.pishkhan.portal.domain.calendar.WorkingCalendar;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import ir.pishkhan.portal.domain.complaint.ReferralRecord;

import ir.pishkhan.portal.domain.complaint.TriageRecord;

import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.user.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills a PostgreSQL database with a realistic province's worth of data for the benchmark
 * ({@code scripts/generate-data.sh} runs it): the schema from {@link Migrations}, the reference data from
 * {@link ReferenceData}, then with COPY 5,000 counter offices, 36 more agencies (60 in all) and 1,000,000
 * complaints with their timelines and linked resolutions, each taken through the workflow of
 * {@link ComplaintAction} (the state machine is checked step by step). Secondary indexes and foreign keys of the
 * complaint tables are dropped for the load and made again from their own definitions afterwards, so that the
 * schema ends exactly as migrated. Then 60 later meetings with 1,200 resolutions and 12,000 obligations for the
 * compliance figures ({@link #loadMeetings}); the sequences are set past the ids, and the tables vacuumed and analysed.
 * <p>
 * System properties: {@code bench.db} (pishkhan_bench), {@code bench.complaints} (1000000), {@code bench.offices}
 * (5000), {@code bench.seed} (14), and {@code test.pg.host}, {@code test.pg.port}, {@code test.pg.user},
 * {@code test.pg.password} as for the tests. The database is dropped and created again.
 */
public final class GenerateData {

    /** The built-in working calendar (Fridays, the fixed holidays, the lunar proposals): no administrator here. */
    private static final WorkingCalendar CALENDAR = WorkingCalendar.builtIn(Weekend.of(false));

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final Logger ECLIPSELINK_LOG = Logger.getLogger("org.eclipse.persistence");

    /** The complaint tables whose secondary indexes and foreign keys are dropped for the load. */
    private static final List<String> LOADED = List.of("complaint", "complaint_event", "complaint_resolution");

    private static final int CHUNK = 20_000;
    private static final char ZWNJ = '\u200C';
    private static final ComplaintStatus[] STATUSES = ComplaintStatus.values();

    private final String database;
    private final int complaintCount;
    private final int officeCount;
    private final SplittableRandom random;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private final List<Office> offices = new ArrayList<>();
    private final List<Agency> agencies = new ArrayList<>();
    private final Map<Integer, Long> resolutionIds = new HashMap<>();
    private final Map<Integer, Resolution> resolutions = new HashMap<>();
    private final Map<ComplaintKind, List<Agency>> agenciesForKind = new EnumMap<>(ComplaintKind.class);
    private final Map<LocalDate, String> jalali = new HashMap<>();
    private final Map<Integer, LocalDate> dueDates = new HashMap<>();
    private int checkedDeadlines;
    private long nextEventId = 1;
    private final Map<ComplaintStatus, Long> statusCounts = new EnumMap<>(ComplaintStatus.class);
    private long eventCount;
    private long linkCount;

    private record Office(long id, String licence, OfficeKind kind, String operator) {
    }

    private record Agency(long id, String code, String nameFa, AgencyKind kind, double weight) {
    }

    private GenerateData(String database, int complaints, int offices, long seed) {
        this.database = database;
        this.complaintCount = complaints;
        this.officeCount = offices;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws Exception {
        FLYWAY_LOG.setLevel(Level.WARNING);
        ECLIPSELINK_LOG.setLevel(Level.WARNING);
        GenerateData g = new GenerateData(System.getProperty("bench.db", "pishkhan_bench"),
                Integer.getInteger("bench.complaints", 1_000_000), Integer.getInteger("bench.offices", 5_000),
                Long.getLong("bench.seed", 14));
        long start = System.nanoTime();
        g.run();
        System.out.printf(Locale.ROOT, "%nGenerated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    static PGSimpleDataSource pg(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {System.getProperty("test.pg.host", "127.0.0.1")});
        ds.setPortNumbers(new int[] {Integer.getInteger("test.pg.port", 5432)});
        ds.setUser(System.getProperty("test.pg.user", "postgres"));
        ds.setPassword(System.getProperty("test.pg.password", "postgres"));
        ds.setDatabaseName(database);
        ds.setConnectTimeout(5);
        ds.setApplicationName("pishkhan-bench");
        return ds;
    }

    /** Drops the database if it is there and creates it empty (UTF-8). */
    static void createAnew(String database) throws SQLException {
        try (Connection admin = pg("postgres").getConnection(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    private static long step(String what, long since) {
        long t = System.nanoTime();
        System.out.printf(Locale.ROOT, "  %-58s %7.1f s%n", what, (t - since) / 1e9);
        return t;
    }

    private void run() throws Exception {
        long t = System.nanoTime();
        System.out.printf(Locale.ROOT, "Database %s: %,d offices, %,d complaints (now = %s)%n", database, officeCount,
                complaintCount, now);
        createAnew(database);
        DataSource ds = pg(database);
        int migrations = Migrations.migrate(ds);
        t = step("created, " + migrations + " migrations applied", t);
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);
        try {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                new ReferenceData(new JpaMeetingRepository(em), new JpaAgencyRepository(em)).load();
                em.getTransaction().commit();
                for (Resolution r : new JpaMeetingRepository(em).resolutionsOf(14)) {
                    resolutions.put(r.getNumber(), r);
                    r.dueDate().ifPresent(d -> dueDates.put(r.getNumber(), d));
                    resolutionIds.put(r.getNumber(), r.getId());
                }
            } finally {
                em.close();
            }
        } finally {
            emf.close();
        }
        t = step("reference data loaded (ReferenceData.load)", t);

        try (Connection c = ds.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            loadAgencies(c, copy);
            t = step(String.format(Locale.ROOT, "agencies: %d", agencies.size()), t);
            loadOffices(c, copy);
            t = step(String.format(Locale.ROOT, "offices: %,d", offices.size()), t);

            List<String> dropped = dropForLoad(c);
            t = step("secondary indexes and foreign keys dropped: " + dropped.size(), t);
            loadComplaints(ds);
            t = step(String.format(Locale.ROOT, "complaints: %,d, events: %,d, resolution links: %,d",
                    (long) complaintCount, eventCount, linkCount), t);
            loadMeetings(c);
            t = step("meetings: 60, resolutions: 1,200, obligations: 12,000 (marked as benchmark data)", t);
            try (Statement s = c.createStatement()) {
                s.execute("SET maintenance_work_mem = '1GB'");
                for (String ddl : dropped) {
                    s.execute(ddl);
                    t = step(ddl.length() > 58 ? ddl.substring(0, 55) + "..." : ddl, t);
                }
                for (String[] seq : new String[][] {{"complaint_seq", "complaint"}, {"complaint_event_seq", "complaint_event"},
                        {"office_seq", "office"}, {"agency_seq", "agency"}, {"attachment_seq", "attachment"},
                        {"attachment_content_seq", "attachment_content"}, {"meeting_seq", "meeting"},
                        {"resolution_seq", "resolution"}, {"obligation_seq", "obligation"}}) {
                    // past the largest id, on a multiple of the allocation size (50): the next block starts above it
                    s.execute("SELECT setval('" + seq[0] + "', GREATEST(50, CEIL(COALESCE((SELECT MAX(id) FROM " + seq[1]
                            + "), 0) / 50.0) * 50)::bigint)");
                }
                t = step("sequences set past the largest ids", t);
                // the COPY bypassed the write events that keep the figures' tallies: count them once
                ComplaintTallies.recount(c);
                t = step("the compliance figures' tallies counted (ComplaintTallies.recount)", t);
                c.setAutoCommit(true);
                s.execute("VACUUM (ANALYZE)");
                t = step("VACUUM (ANALYZE)", t);
            }
            report(c);
        }
    }

    // --- agencies and offices ---

    /** 36 more of the province's agencies and banks, beside the 24 of the seed. */
    private static final String[][] MORE_AGENCIES = {
            {"bank-sina", "BANK", "بانک سینا", "Sina Bank"},
            {"bank-parsian", "BANK", "بانک پارسیان", "Parsian Bank"},
            {"bank-pasargad", "BANK", "بانک پاسارگاد", "Bank Pasargad"},
            {"bank-eghtesad-novin", "BANK", "بانک اقتصاد نوین", "EN Bank"},
            {"bank-saman", "BANK", "بانک سامان", "Saman Bank"},
            {"bank-resalat", "BANK", "بانک قرض‌الحسنه رسالت", "Resalat Qard-al-Hasaneh Bank"},
            {"bank-mehr-iran", "BANK", "بانک قرض‌الحسنه مهر ایران", "Mehr Iran Qard-al-Hasaneh Bank"},
            {"bank-tosee-taavon", "BANK", "بانک توسعه تعاون", "Tose'e Ta'avon Bank"},
            {"bank-sanat-madan", "BANK", "بانک صنعت و معدن", "Bank of Industry and Mine"},
            {"bank-shahr", "BANK", "بانک شهر", "City Bank"},
            {"bank-day", "BANK", "بانک دی", "Dey Bank"},
            {"bank-karafarin", "BANK", "بانک کارآفرین", "Karafarin Bank"},
            {"bank-edbi", "BANK", "بانک توسعه صادرات ایران", "Export Development Bank of Iran"},
            {"education", "GOVERNMENT", "اداره کل آموزش و پرورش استان", "Education directorate"},
            {"medical-university", "GOVERNMENT", "دانشگاه علوم پزشکی استان", "University of medical sciences"},
            {"welfare", "GOVERNMENT", "اداره کل بهزیستی استان", "Welfare directorate"},
            {"relief-committee", "GOVERNMENT", "کمیته امداد امام خمینی (ره) استان", "Imam Khomeini relief committee"},
            {"road-maintenance", "TRANSPORT", "اداره کل راهداری و حمل و نقل جاده‌ای استان", "Road maintenance and transport directorate"},
            {"roads-urban", "GOVERNMENT", "اداره کل راه و شهرسازی استان", "Roads and urban development directorate"},
            {"natural-resources", "GOVERNMENT", "اداره کل منابع طبیعی و آبخیزداری استان", "Natural resources directorate"},
            {"environment", "GOVERNMENT", "اداره کل حفاظت محیط زیست استان", "Environment protection directorate"},
            {"labour", "GOVERNMENT", "اداره کل تعاون، کار و رفاه اجتماعی استان", "Cooperatives, labour and welfare directorate"},
            {"industry", "GOVERNMENT", "سازمان صنعت، معدن و تجارت استان", "Industry, mine and trade organisation"},
            {"culture", "GOVERNMENT", "اداره کل فرهنگ و ارشاد اسلامی استان", "Culture and Islamic guidance directorate"},
            {"sports", "GOVERNMENT", "اداره کل ورزش و جوانان استان", "Sports and youth directorate"},
            {"deeds-registry", "GOVERNMENT", "اداره کل ثبت اسناد و املاک استان", "Deeds and property registration directorate"},
            {"justice", "GOVERNMENT", "دادگستری کل استان", "Provincial justice administration"},
            {"traffic-police", "GOVERNMENT", "پلیس راهور استان", "Traffic police"},
            {"passport-police", "GOVERNMENT", "اداره گذرنامه استان", "Passport office"},
            {"municipality", "GOVERNMENT", "شهرداری بجنورد", "Bojnurd municipality"},
            {"veterinary", "GOVERNMENT", "اداره کل دامپزشکی استان", "Veterinary directorate"},
            {"planning", "GOVERNMENT", "سازمان مدیریت و برنامه‌ریزی استان", "Management and planning organisation"},
            {"bimeh-iran", "INSURANCE", "شرکت سهامی بیمه ایران", "Iran Insurance Company"},
            {"bimeh-asia", "INSURANCE", "شرکت بیمه آسیا", "Asia Insurance"},
            {"irancell", "TELECOM", "شرکت خدمات ارتباطی ایرانسل", "Irancell"},
            {"rightel", "TELECOM", "شرکت خدمات ارتباطی رایتل", "Rightel"},
    };

    private void loadAgencies(Connection c, CopyManager copy) throws Exception {
        long max;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM agency")) {
            rs.next();
            max = rs.getLong(1);
        }
        StringBuilder out = new StringBuilder();
        for (String[] a : MORE_AGENCIES) {
            row(out, ++max, a[0], a[2], a[3], a[1], null, PersianText.normalize(a[2] + " " + a[3] + " " + a[0]), 1);
        }
        copy.copyIn("COPY agency (id, code, name_fa, name_en, kind, party_code, search_key, version) FROM STDIN",
                new StringReader(out.toString()));
        // how often each agency is complained about: the telecom company and Post Bank most, as in the minutes
        Map<String, Double> heavy = Map.of("telecom", 12.0, "post-bank", 9.0, "health-insurance", 5.0, "post", 5.0,
                "social-security", 4.0, "bank-melli", 4.0, "bank-sepah", 3.0, "bank-keshavarzi", 3.0, "tax", 3.0,
                "ict-directorate", 3.0);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, code, name_fa, kind FROM agency ORDER BY id")) {
            while (rs.next()) {
                String code = rs.getString(2);
                agencies.add(new Agency(rs.getLong(1), code, rs.getString(3), AgencyKind.valueOf(rs.getString(4)),
                        heavy.getOrDefault(code, 1.0)));
            }
        }
        if (agencies.size() != 60) {
            throw new IllegalStateException("expected 60 agencies, found " + agencies.size());
        }
        for (ComplaintKind k : ComplaintKind.values()) {
            List<Agency> fitting = agencies.stream().filter(a -> switch (k) {
                case INFRASTRUCTURE_NOT_PROVIDED -> a.kind() == AgencyKind.TELECOM || a.kind() == AgencyKind.ICT
                        || a.kind() == AgencyKind.POST;
                case GUARANTEE_DEMANDED, COMPETING_BRANCH -> a.kind() == AgencyKind.BANK || a.kind() == AgencyKind.INSURANCE;
                default -> true;
            }).toList();
            agenciesForKind.put(k, fitting);
        }
    }

    private static final String[][] COUNTIES = {
            {"بجنورد", "Bojnurd"}, {"شیروان", "Shirvan"}, {"اسفراین", "Esfarayen"}, {"فاروج", "Faruj"},
            {"جاجرم", "Jajarm"}, {"گرمه", "Garmeh"}, {"مانه و سملقان", "Maneh and Samalqan"},
            {"راز و جرگلان", "Raz and Jargalan"}};
    private static final double[] COUNTY_WEIGHTS = {40, 18, 14, 8, 6, 4, 6, 4};
    private static final String[][] OFFICE_NAMES = {
            {"حرا", "Hera"}, {"آریا", "Aria"}, {"سپهر", "Sepehr"}, {"تابان", "Taban"}, {"بهار", "Bahar"},
            {"نور", "Noor"}, {"امید", "Omid"}, {"ایرانیان", "Iranian"}, {"پارسیان", "Parsian"}, {"مهر", "Mehr"},
            {"آفتاب", "Aftab"}, {"کوثر", "Kowsar"}, {"فجر", "Fajr"}, {"الماس", "Almas"}, {"نگین", "Negin"},
            {"شهاب", "Shahab"}, {"ستاره", "Setareh"}, {"رسالت", "Resalat"}, {"صبا", "Saba"}, {"ارغوان", "Arghavan"},
            {"پیشگامان", "Pishgaman"}, {"نوین", "Novin"}, {"آینده", "Ayandeh"}, {"دانش", "Danesh"},
            {"خدمات نوین", "Khadamat-e Novin"}, {"راه کربلا", "Rah-e Karbala"}, {"شهدا", "Shohada"}, {"مهرگان", "Mehregan"},
            {"آسمان", "Aseman"}, {"پرستو", "Parastoo"}, {"سیمرغ", "Simorgh"}, {"البرز", "Alborz"}, {"دماوند", "Damavand"},
            {"شاهد", "Shahed"}, {"یاس", "Yas"}, {"نیلوفر", "Niloofar"}, {"گلستان", "Golestan"}, {"بهاران", "Baharan"},
            {"پویا", "Pouya"}, {"رویش", "Rooyesh"}};
    private static final String[] VILLAGES = {"حصار", "قلعه" + ZWNJ + "نو", "چمن بید", "آشخانه", "درق", "قوچان" + ZWNJ + "عتیق",
            "سنخواست", "زیارت", "بدرانلو", "ایور", "صفی" + ZWNJ + "آباد", "حسین" + ZWNJ + "آباد", "اسطرخی", "رباط", "گیفان",
            "کلاته", "باغان", "جوزک", "پیش قلعه", "شوقان"};
    private static final String[] STREETS = {"طالقانی", "امام خمینی", "شریعتی", "مدرس", "۱۷ شهریور", "بسیج", "ولیعصر",
            "آزادی", "جمهوری", "معلم", "مطهری", "بهشتی"};

    private void loadOffices(Connection c, CopyManager copy) throws Exception {
        StringBuilder out = new StringBuilder(officeCount * 400);
        int urbanSerial = 1000;
        int ruralSerial = 1000;
        for (int i = 1; i <= officeCount; i++) {
            boolean rural = random.nextDouble() < 0.42;
            String[] county = COUNTIES[pick(COUNTY_WEIGHTS)];
            String licence = rural ? "14-72-" + ruralSerial++ : "14-71-" + urbanSerial++;
            String[] name = OFFICE_NAMES[random.nextInt(OFFICE_NAMES.length)];
            String village = VILLAGES[random.nextInt(VILLAGES.length)];
            String nameFa = rural ? "دفتر پیشخوان روستایی " + village + " " + name[0] : "دفتر پیشخوان " + name[0] + " " + county[0];
            String nameEn = random.nextDouble() < 0.3 ? null : (rural ? "Rural office " : "") + name[1];
            String address = rural ? county[0] + "، روستای " + village + "، جنب دهیاری"
                    : county[0] + "، خیابان " + STREETS[random.nextInt(STREETS.length)] + "، پلاک "
                    + PersianText.toPersianDigits(String.valueOf(1 + random.nextInt(400)));
            double u = random.nextDouble();
            LicenceStatus status = u < 0.93 ? LicenceStatus.ACTIVE : u < 0.97 ? LicenceStatus.SUSPENDED
                    : u < 0.99 ? LicenceStatus.REVOKED : LicenceStatus.CONVERSION_ORDERED;
            String searchKey = PersianText.normalize(String.join(" ", nameFa, nameEn == null ? "" : nameEn, county[0],
                    county[1], licence));
            row(out, i, licence, nameFa, nameEn, rural ? "RURAL" : "URBAN", county[0], county[1], address, status.name(),
                    searchKey, 1);
            offices.add(new Office(i, licence, rural ? OfficeKind.RURAL : OfficeKind.URBAN, "op." + licence));
        }
        copy.copyIn("COPY office (id, licence_number, name_fa, name_en, kind, county_fa, county_en, address, status, "
                + "search_key, version) FROM STDIN", new StringReader(out.toString()));
    }

    // --- complaints ---

    private List<String> dropForLoad(Connection c) throws SQLException {
        List<String> recreate = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        String tables = "'" + String.join("','", LOADED) + "'";
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                    + "AND tablename IN (" + tables + ") AND indexname NOT IN (SELECT conname FROM pg_constraint) "
                    + "ORDER BY tablename, indexname")) {
                while (rs.next()) {
                    drop.add("DROP INDEX " + rs.getString(1));
                    recreate.add(rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                    + "FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN (" + tables + ") ORDER BY 1, 2")) {
                while (rs.next()) {
                    drop.add("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2));
                    recreate.add("ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(2) + " "
                            + rs.getString(3));
                }
            }
            for (String d : drop) {
                s.execute(d);
            }
        }
        return recreate;
    }

    /** One chunk of COPY text for the three tables. */
    private record Chunk(String complaints, String events, String links) {
    }

    private static final Chunk END = new Chunk(null, null, null);

    /**
     * The working group's later meetings, for the compliance figures: 60 published meetings (numbers 100 to 159, every
     * 18 days over the last three years), 20 resolutions of kind obligation each with a deadline 33 to 90 days after
     * the meeting, and 10 agencies obliged by each (12,000 obligations in every state, as the workflow's table allows
     * them to stand). Their texts say they are benchmark data. No timeline entries: the figures read the obligations'
     * states, not their steps.
     */
    private static void loadMeetings(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO meeting (id, number, held_on, held_at, place_fa, minutes_known, status, version,"
                    + " updated_at, due_sort) SELECT 1000000 + g, 99 + g, CURRENT_DATE - (61 - g) * 18, '10:00',"
                    + " 'جلسه ساختگی محک (داده آزمایشی)', TRUE, 'PUBLISHED', 1, now(), DATE '9999-12-31'"
                    + " FROM generate_series(1, 60) g");
            s.execute("INSERT INTO resolution (id, meeting_id, number, text_fa, summary_en, deadline_type, deadline_date,"
                    + " violations_board) SELECT 2000000 + (g - 1) * 20 + n, m.id, n,"
                    + " 'متن ساختگی مصوبه ' || n || ' برای محک (داده آزمایشی)', 'Benchmark data', 'ABSOLUTE',"
                    + " m.held_on + 30 + n * 3, FALSE FROM generate_series(1, 60) g CROSS JOIN generate_series(1, 20) n"
                    + " JOIN meeting m ON m.id = 1000000 + g");
            s.execute("INSERT INTO resolution_kind (resolution_id, kind) SELECT id, 'OBLIGATION' FROM resolution"
                    + " WHERE id >= 2000000");
            s.execute("INSERT INTO obligation (id, resolution_id, agency_id, status, deadline, due_sort, filed_at,"
                    + " opened_by, updated_at, reported_at, verified_at, version)"
                    + " SELECT 3000000 + ROW_NUMBER() OVER (ORDER BY r.id, a.id), r.id, a.id, st.status, r.deadline_date,"
                    + " r.deadline_date, m.held_on::timestamptz, 'portal', now(),"
                    + " CASE WHEN st.status IN ('REPORTED', 'RETURNED', 'VERIFIED') THEN m.held_on::timestamptz"
                    + " + INTERVAL '20 days' END,"
                    + " CASE WHEN st.status = 'VERIFIED' THEN m.held_on::timestamptz + INTERVAL '25 days' END, 1"
                    + " FROM resolution r JOIN meeting m ON m.id = r.meeting_id"
                    + " CROSS JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM agency) a"
                    + " CROSS JOIN LATERAL (SELECT (ARRAY['OPEN', 'REPORTED', 'RETURNED', 'VERIFIED', 'VERIFIED',"
                    + " 'VIOLATED'])[1 + ((r.id + a.id) % 6)::int] AS status) st"
                    + " WHERE r.id >= 2000000 AND (r.number + a.rn) % 6 = 0");
        }
    }

    /** Generates on this thread while another one copies the previous chunk in: both cores busy. */
    private void loadComplaints(DataSource ds) throws Exception {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(2);
        Exception[] failure = {null};
        Thread copier = new Thread(() -> {
            try (Connection c = ds.getConnection()) {
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                    copy.copyIn("COPY complaint (id, office_id, agency_id, kind, occurred_on, official_name, description, "
                            + "status, priority, deadline, due_sort, filed_by, filed_at, updated_at, forwarded_at, outcome, "
                            + "referred_official, referred_resolution_id, submission_key, search_key, official_key, answered_at, "
                            + "answer_days, filed_month, version) FROM STDIN",
                            new StringReader(chunk.complaints()));
                    copy.copyIn("COPY complaint_event (id, complaint_id, at, actor, actor_role, action, from_status, "
                            + "to_status, text, detail, visibility) FROM STDIN", new StringReader(chunk.events()));
                    copy.copyIn("COPY complaint_resolution (complaint_id, resolution_id) FROM STDIN",
                            new StringReader(chunk.links()));
                }
            } catch (Exception e) {
                failure[0] = e;
                queue.clear();
            }
        }, "copy");
        copier.start();
        long started = System.nanoTime();
        StringBuilder complaints = new StringBuilder(CHUNK * 900);
        StringBuilder events = new StringBuilder(CHUNK * 1200);
        StringBuilder links = new StringBuilder(CHUNK * 30);
        for (int i = 1; i <= complaintCount; i++) {
            complaint(i, complaints, events, links);
            if (i % CHUNK == 0 || i == complaintCount) {
                Chunk chunk = new Chunk(complaints.toString(), events.toString(), links.toString());
                complaints.setLength(0);
                events.setLength(0);
                links.setLength(0);
                while (!queue.offer(chunk, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                    if (failure[0] != null || !copier.isAlive()) {
                        throw new IllegalStateException("COPY failed", failure[0]);
                    }
                }
                if (i % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "    %,9d complaints generated (%.0f s)%n", i,
                            (System.nanoTime() - started) / 1e9);
                }
            }
        }
        queue.put(END);
        copier.join();
        if (failure[0] != null) {
            throw new IllegalStateException("COPY failed", failure[0]);
        }
    }

    private static final double[] KIND_WEIGHTS = {14, 10, 12, 18, 6, 22, 5, 13};

    /** What happens to a complaint, by the status it ends in: the actions after FILE. */
    private List<ComplaintAction> path(ComplaintStatus end) {
        List<ComplaintAction> p = new ArrayList<>();
        boolean askedFirst = random.nextDouble() < 0.12;
        switch (end) {
            case SUBMITTED -> {
                if (askedFirst) {
                    p.addAll(List.of(ComplaintAction.REQUEST_INFO, ComplaintAction.PROVIDE_INFO));
                }
            }
            case INFO_REQUESTED -> {
                if (random.nextDouble() < 0.3) {
                    p.add(ComplaintAction.TRIAGE);
                }
                p.add(ComplaintAction.REQUEST_INFO);
            }
            case TRIAGED -> {
                if (askedFirst) {
                    p.addAll(List.of(ComplaintAction.REQUEST_INFO, ComplaintAction.PROVIDE_INFO));
                }
                p.add(ComplaintAction.TRIAGE);
            }
            case FORWARDED -> {
                if (askedFirst) {
                    p.addAll(List.of(ComplaintAction.REQUEST_INFO, ComplaintAction.PROVIDE_INFO));
                }
                p.addAll(List.of(ComplaintAction.TRIAGE, ComplaintAction.FORWARD));
                if (random.nextDouble() < 0.25) {
                    p.add(ComplaintAction.REPLY);
                }
            }
            case ANSWERED -> p.addAll(List.of(ComplaintAction.TRIAGE, ComplaintAction.FORWARD, ComplaintAction.ANSWER));
            case REFERRED -> {
                p.addAll(List.of(ComplaintAction.TRIAGE, ComplaintAction.FORWARD));
                if (random.nextDouble() < 0.5) {
                    p.add(ComplaintAction.ANSWER);
                }
                p.add(ComplaintAction.REFER);
            }
            case RESOLVED -> {
                double u = random.nextDouble();
                if (u < 0.08) {
                    p.addAll(List.of(ComplaintAction.TRIAGE, ComplaintAction.RESOLVE));
                } else if (u < 0.11) {
                    p.addAll(List.of(ComplaintAction.TRIAGE, ComplaintAction.FORWARD, ComplaintAction.REFER,
                            ComplaintAction.RESOLVE));
                } else {
                    if (askedFirst) {
                        p.addAll(List.of(ComplaintAction.REQUEST_INFO, ComplaintAction.PROVIDE_INFO));
                    }
                    p.addAll(List.of(ComplaintAction.TRIAGE, ComplaintAction.FORWARD, ComplaintAction.ANSWER));
                    if (u > 0.95) {
                        // the answer was not enough: forwarded again
                        p.addAll(List.of(ComplaintAction.FORWARD, ComplaintAction.ANSWER));
                    }
                    if (random.nextDouble() < 0.25) {
                        p.add(ComplaintAction.INTERNAL_NOTE);
                    }
                    p.add(ComplaintAction.RESOLVE);
                }
            }
            case REJECTED -> {
                if (random.nextDouble() < 0.4) {
                    p.add(ComplaintAction.TRIAGE);
                }
                p.add(ComplaintAction.REJECT);
            }
            case WITHDRAWN -> {
                if (random.nextDouble() < 0.5) {
                    p.addAll(List.of(ComplaintAction.TRIAGE, ComplaintAction.FORWARD));
                }
                p.add(ComplaintAction.WITHDRAW);
            }
            default -> throw new IllegalArgumentException(end.toString());
        }
        if (random.nextDouble() < 0.12) {
            p.add(random.nextInt(p.size() + 1), ComplaintAction.GUILD_NOTE);
        }
        return p;
    }

    /** The status a complaint filed this many days ago is in now: the older, the likelier closed. */
    private ComplaintStatus endStatus(double ageDays) {
        // SUBMITTED, INFO_REQUESTED, TRIAGED, FORWARDED, ANSWERED, REFERRED, RESOLVED, REJECTED, WITHDRAWN
        double[] w;
        if (ageDays < 2) {
            w = new double[] {55, 5, 20, 12, 2, 0, 0, 3, 3};
        } else if (ageDays < 14) {
            w = new double[] {8, 6, 10, 35, 15, 1, 15, 5, 5};
        } else if (ageDays < 60) {
            w = new double[] {2, 3, 3, 17, 10, 2, 50, 8, 5};
        } else {
            w = new double[] {0.3, 0.5, 0.5, 2.5, 1.5, 2, 75, 11, 7};
        }
        return STATUSES[pick(w)];
    }

    /** Hours from one step to the next, before scaling to the complaint's age. */
    private double gapHours(ComplaintAction a, Priority priority) {
        return switch (a) {
            case TRIAGE -> 2 + random.nextDouble() * 70;
            case REQUEST_INFO, REJECT -> 1 + random.nextDouble() * 47;
            case PROVIDE_INFO -> 2 + random.nextDouble() * 94;
            case FORWARD -> 1 + random.nextDouble() * 47;
            // most agencies answer within the priority's period, some late
            case ANSWER -> 24 + random.nextDouble() * priority.responsePeriod().getDays() * 24 * 1.4;
            case REFER, WITHDRAW -> 24 + random.nextDouble() * 216;
            case RESOLVE -> 24 + random.nextDouble() * 144;
            default -> 1 + random.nextDouble() * 47;
        };
    }

    private void complaint(long id, StringBuilder complaints, StringBuilder events, StringBuilder links) {
        // filed on a working day (not Friday) in office hours, Tehran time; more in recent months
        double ageDays = 1095 * (1 - Math.sqrt(random.nextDouble()));
        ZonedDateTime local = now.minus(Duration.ofSeconds((long) (ageDays * 86400))).atZone(JalaliDates.ZONE);
        if (local.getDayOfWeek() == DayOfWeek.FRIDAY && random.nextDouble() < 0.85) {
            local = local.minusDays(1);
        }
        local = local.toLocalDate().atStartOfDay(JalaliDates.ZONE)
                .plusSeconds(7 * 3600 + 1800 + random.nextInt(9 * 3600)).plusNanos(random.nextInt(1_000_000) * 1000L);
        Instant filed = local.toInstant();
        if (filed.isAfter(now)) {
            filed = now.minusSeconds(60 + random.nextInt(3600));
        }
        ageDays = Duration.between(filed, now).toSeconds() / 86400.0;

        Office office = offices.get((int) (offices.size() * Math.pow(random.nextDouble(), 1.6)));
        ComplaintKind kind = ComplaintKind.values()[pick(KIND_WEIGHTS)];
        List<Agency> fitting = random.nextDouble() < 0.85 ? agenciesForKind.get(kind) : agencies;
        Agency agency = weighted(fitting);
        ComplaintStatus end = endStatus(ageDays);
        Priority priority = Priority.values()[pick(new double[] {10, 60, 20, 10})];
        List<ComplaintAction> path = path(end);

        // times: gaps from filing, squeezed into the complaint's age when they would run past now
        double[] at = new double[path.size()];
        double total = 0;
        for (int i = 0; i < path.size(); i++) {
            total += gapHours(path.get(i), priority);
            at[i] = total;
        }
        double ageHours = ageDays * 24;
        double scale = total > ageHours * 0.95 ? ageHours * 0.95 / total : 1;

        String official = random.nextDouble() < 0.18 ? OFFICIALS[random.nextInt(OFFICIALS.length)] : null;
        String description = description(kind, agency, filed);
        LocalDate filedDay = LocalDate.ofInstant(filed, JalaliDates.ZONE);
        LocalDate occurred = filedDay.minusDays(random.nextInt(20));

        // the workflow, checked against the domain's state machine
        ComplaintStatus status = ComplaintStatus.SUBMITTED;
        LocalDate deadline = null;
        List<Integer> linked = List.of();
        Instant forwardedAt = null;
        Instant answeredAt = null;
        String outcome = null;
        String referredOfficial = null;
        Long referredResolution = null;
        Instant updated = filed;
        event(events, id, filed, office.operator(), Role.OFFICE_OPERATOR, ComplaintAction.FILE, null,
                ComplaintStatus.SUBMITTED, null, null, Visibility.PUBLIC);
        for (int i = 0; i < path.size(); i++) {
            ComplaintAction a = path.get(i);
            if (!a.allowedFrom(status)) {
                throw new IllegalStateException(a + " from " + status + " in " + path);
            }
            Instant when = filed.plusMillis((long) (at[i] * scale * 3_600_000L)).truncatedTo(ChronoUnit.MICROS);
            ComplaintStatus from = status;
            String text;
            StepRecord record = null;
            Visibility visibility = Visibility.PUBLIC;
            String actor = switch (a.role()) {
                case OFFICE_OPERATOR -> office.operator();
                case AGENCY_LIAISON -> "liaison." + agency.code();
                case GUILD -> "guild.head";
                default -> SECRETARIES[(int) (id % SECRETARIES.length)];
            };
            switch (a) {
                case TRIAGE -> {
                    linked = kind.suggestedResolutions().isEmpty() ? List.of(random.nextDouble() < 0.5 ? 5 : 19)
                            : random.nextDouble() < 0.15 ? List.of(kind.suggestedResolutions().get(0))
                            : kind.suggestedResolutions();
                    deadline = deadlineFor(LocalDate.ofInstant(when, JalaliDates.ZONE), priority, linked);
                    text = null;
                    record = new TriageRecord(linked.stream().map(n -> "14/" + n).sorted().toList(), priority, deadline);
                    status = ComplaintStatus.TRIAGED;
                }
                case REQUEST_INFO -> {
                    text = pickOf(QUESTIONS);
                    status = ComplaintStatus.INFO_REQUESTED;
                }
                case PROVIDE_INFO -> {
                    text = noisy(pickOf(ANSWERS_OF_OFFICE));
                    status = linked.isEmpty() ? ComplaintStatus.SUBMITTED : ComplaintStatus.TRIAGED;
                }
                case FORWARD -> {
                    text = random.nextDouble() < 0.5 ? null : pickOf(FORWARD_NOTES);
                    if (forwardedAt == null) {
                        forwardedAt = when;
                    }
                    status = ComplaintStatus.FORWARDED;
                }
                case ANSWER -> {
                    if (answeredAt == null) {
                        answeredAt = when;
                    }
                    text = noisy(pickOf(AGENCY_ANSWERS));
                    status = ComplaintStatus.ANSWERED;
                }
                case REFER -> {
                    int sanction = random.nextDouble() < 0.5 ? 4 : 12;
                    referredOfficial = OFFICIALS[random.nextInt(OFFICIALS.length)];
                    referredResolution = resolutionIds.get(sanction);
                    text = null;
                    record = new ReferralRecord(referredOfficial, "14/" + sanction);
                    status = ComplaintStatus.REFERRED;
                }
                case RESOLVE -> {
                    outcome = pickOf(OUTCOMES);
                    text = outcome;
                    status = ComplaintStatus.RESOLVED;
                }
                case REJECT -> {
                    outcome = pickOf(REJECTIONS);
                    text = outcome;
                    status = ComplaintStatus.REJECTED;
                }
                case WITHDRAW -> {
                    text = random.nextDouble() < 0.3 ? null : noisy(pickOf(WITHDRAWALS));
                    status = ComplaintStatus.WITHDRAWN;
                }
                case REPLY -> text = pickOf(REPLIES);
                case INTERNAL_NOTE -> {
                    text = pickOf(INTERNAL_NOTES);
                    visibility = Visibility.SECRETARIAT;
                }
                case GUILD_NOTE -> {
                    text = pickOf(GUILD_NOTES);
                    visibility = Visibility.STAFF;
                }
                default -> throw new IllegalStateException(a.toString());
            }
            event(events, id, when, actor, a.role(), a, from, status, text, record, visibility);
            updated = when;
        }
        if (status != end) {
            throw new IllegalStateException("ended in " + status + ", meant " + end + ": " + path);
        }
        statusCounts.merge(status, 1L, Long::sum);
        for (int n : linked) {
            links.append(id).append('\t').append(resolutionIds.get(n)).append('\n');
            linkCount++;
        }
        String searchKey = PersianText.normalize(description + " " + (official == null ? "" : official));
        if (searchKey.length() > 5000) {
            searchKey = searchKey.substring(0, 5000);
        }
        row(complaints, id, office.id(), agency.id(), kind.name(), occurred, official, description, status.name(),
                priority.name(), deadline, deadline == null ? Complaint.NO_DEADLINE : deadline, office.operator(), filed,
                updated, forwardedAt, outcome, referredOfficial, referredResolution, submissionKey(), searchKey,
                Complaint.officialKey(official), answeredAt, Complaint.answerDays(forwardedAt, answeredAt),
                JalaliDates.monthKey(filedDay),
                // EclipseLink writes version 1 on insert and adds one at every later change
                (long) path.size() + 1);
    }

    /**
     * {@link Complaint#deadlineFor} with the resolutions' due dates worked out once (each call of
     * {@link Resolution#dueDate} runs a Jalali calendar); checked against it for the first thousands.
     */
    private LocalDate deadlineFor(LocalDate today, Priority priority, List<Integer> linked) {
        LocalDate due = CALENDAR.plusWorkingDays(today, priority.responseWorkingDays());
        for (int n : linked) {
            LocalDate d = dueDates.get(n);
            if (d != null && !d.isBefore(today) && d.isBefore(due)) {
                due = d;
            }
        }
        due = CALENDAR.onWorkingDay(due).date();
        if (checkedDeadlines < 5_000) {
            checkedDeadlines++;
            LocalDate domain = Complaint.deadlineFor(today, priority, linked.stream().map(resolutions::get).toList(),
                    CALENDAR).date();
            if (!domain.equals(due)) {
                throw new IllegalStateException("deadline " + due + " differs from the domain's " + domain);
            }
        }
        return due;
    }

    private void event(StringBuilder out, long complaint, Instant at, String actor, Role role, ComplaintAction action,
                       ComplaintStatus from, ComplaintStatus to, String text, StepRecord record, Visibility visibility) {
        row(out, nextEventId++, complaint, at, actor, role.name(), action.name(), from == null ? null : from.name(),
                to.name(), text, StepRecord.encode(record), visibility.name());
        eventCount++;
    }

    private String submissionKey() {
        // what the filing form carries: a random UUID
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }

    // --- texts ---

    private static final String[] OFFICIALS = {"رئیس شعبه مرکزی", "معاون اداره کل", "کارشناس مسئول واگذاری خدمات",
            "مدیر امور شعب", "رئیس اداره فناوری اطلاعات", "سرپرست اداره شهرستان", "کارشناس بازرسی", "مدیر منطقه"};
    private static final String[] SECRETARIES = {"secretary.1", "secretary.2", "secretary.3", "secretary.4"};
    private static final String[] SERVICES = {"ثبت نام یارانه", "تعویض پلاک خودرو", "گذرنامه", "خدمات پستی",
            "بیمه سلامت", "پرداخت قبوض", "خدمات الکترونیک قضایی", "کارت سوخت", "کارت ملی هوشمند", "بیمه تأمین اجتماعی",
            "ثبت نام سهام عدالت", "تمدید گواهینامه", "خلافی خودرو", "ثبت اسناد"};
    private static final Map<ComplaintKind, String[]> PROBLEMS = new EnumMap<>(Map.of(
            ComplaintKind.SYSTEMS_CUT_OFF, new String[] {
                    "سامانه {service} دفتر را بدون مصوبه کارگروه قطع کرده است",
                    "دسترسی دفتر به سامانه {service} از تاریخ {date} قطع شده و هنوز وصل نشده است",
                    "کاربری اپراتور دفتر در سامانه {service} غیرفعال شده و دلیل آن اعلام نشده است",
                    "نام کاربری دفتر در سامانه {service} بدون اطلاع قبلی مسدود شده است"},
            ComplaintKind.GUARANTEE_DEMANDED, new String[] {
                    "برای ادامه همکاری ضمانت‌نامه بانکی به مبلغ {amount} ریال مطالبه کرده است",
                    "به جای بیمه‌نامه معلم، سفته و چک تضمین می‌خواهد",
                    "بیمه‌نامه معلم را نپذیرفته و ضمانت دیگری خواسته است",
                    "برای واگذاری خدمات، وثیقه ملکی از مدیر دفتر خواسته است"},
            ComplaintKind.SERVICES_RESTRICTED, new String[] {
                    "خدمات {service} را فقط به چند دفتر منتخب واگذار کرده است",
                    "با وجود درخواست‌های مکرر، دفتر ما را در فهرست دفاتر مجاز {service} قرار نداده است",
                    "خدمات {service} فقط در دفاتر مرکز استان ارائه می‌شود و دفاتر روستایی محروم‌اند"},
            ComplaintKind.NO_CONTRACT, new String[] {
                    "با گذشت {n} ماه هنوز قرارداد واگذاری خدمات را با دفتر امضا نکرده است",
                    "از عقد قرارداد خدمات {service} با دفتر خودداری می‌کند",
                    "قرارداد دفتر را تمدید نکرده و پاسخی هم به نامه‌های دفتر نمی‌دهد",
                    "خدمات {service} را هنوز به دفاتر پیشخوان واگذار نکرده است"},
            ComplaintKind.ACTION_OUTSIDE_WORKING_GROUP, new String[] {
                    "بدون هماهنگی با کارگروه دفتر را جریمه کرده است",
                    "خارج از روال کارگروه دستور تعطیلی موقت دفتر را داده است",
                    "بدون ارجاع به کارگروه، برای دفتر پرونده تخلف تشکیل داده است", "کارشناس آن بدون مجوز کارگروه کار دفتر را متوقف کرده است"},
            ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED, new String[] {
                    "درخواست واگذاری {n} خط تلفن برای دفتر را پس از {m} ماه هنوز انجام نداده است",
                    "پهنای باند اینترنت دفتر را تأمین نکرده و گفته است دفتر به آن نیازی ندارد",
                    "ماژول خدمات ارتباطات سیار را به دفتر تازه‌تأسیس تحویل نداده است",
                    "خط اینترانت دفتر را با وجود پرداخت هزینه راه‌اندازی نکرده است",
                    "برای واگذاری خط تلفن به دفتر روستایی پیش‌شرط گذاشته است"},
            ComplaintKind.COMPETING_BRANCH, new String[] {
                    "در نزدیکی دفتر باجه‌ای برای ارائه همان خدمات دایر کرده است",
                    "خدمات {service} را که به دفاتر واگذار شده، مستقیماً در شعبه به مردم ارائه می‌دهد",
                    "دفتر خدمات مشترکین جداگانه‌ای در شهرستان افتتاح کرده است"},
            ComplaintKind.OTHER, new String[] {
                    "به مکاتبات دفتر با وجود پیگیری‌های مکرر پاسخ نمی‌دهد",
                    "تعرفه ثبت خدمات {service} را خلاف مصوبه کارگروه اعلام کرده است",
                    "کارمزد خدمات دفتر را بیش از {n} ماه است پرداخت نکرده است",
                    "آموزش لازم برای خدمات {service} به اپراتورهای دفتر داده نشده است"}));
    private static final String[] OPENINGS = {"با سلام، احتراماً به استحضار می‌رساند ", "احتراماً ", "سلام، ",
            "", "", "به اطلاع می‌رساند ", "با سلام و احترام، "};
    private static final String[] DETAILS = {"شماره نامه دفتر {number} مورخ {date} است.",
            "این موضوع باعث نارضایتی مراجعان شده است.", "مراجعان دفتر سرگردان شده‌اند.",
            "درآمد دفتر به شدت کاهش یافته است.", "چند بار به صورت حضوری پیگیری شد ولی نتیجه‌ای نداشت.",
            "تاکنون {n} نامه در این باره ارسال شده است.", "موضوع به انجمن صنفی دفاتر هم اطلاع داده شده است.",
            "طبق مصوبات کارگروه این کار ممنوع است.", ""};
    private static final String[] CLOSINGS = {"خواهشمند است دستور پیگیری صادر فرمایید.", "لطفاً رسیدگی شود.", "",
            "با تشکر.", "تقاضای رسیدگی فوری داریم.", "پیشاپیش از همکاری شما سپاسگزاریم."};
    private static final String[] QUESTIONS = {"لطفاً شماره و تاریخ نامه دستگاه را اعلام کنید",
            "تصویر مکاتبات با دستگاه را بارگذاری کنید", "نام شعبه و شهرستان مربوط را مشخص کنید",
            "تاریخ دقیق قطع سامانه را اعلام فرمایید"};
    private static final String[] ANSWERS_OF_OFFICE = {"نامه شماره ۱۲۳۴ مورخ ۱۴۰۲/۰۵/۱۰ پیوست شد",
            "شعبه مرکزی شهرستان بجنورد بوده است", "تصویر مکاتبات بارگذاری شد، لطفاً بررسی کنید",
            "سامانه از صبح روز شنبه قطع شده است"};
    private static final String[] FORWARD_NOTES = {"برای پاسخ تا مهلت تعیین شده", "طبق مصوبه کارگروه رسیدگی شود",
            "لطفاً نتیجه را به دبیرخانه اعلام کنید"};
    private static final String[] AGENCY_ANSWERS = {"دستور وصل مجدد سامانه صادر شد", "قرارداد با دفتر امضا شد",
            "موضوع در دست بررسی است و نتیجه اعلام خواهد شد", "ضمانت بیمه معلم پذیرفته شد",
            "خط تلفن درخواستی ظرف یک هفته واگذار می‌شود", "شعبه از ارائه مستقیم خدمات منع شد",
            "دفتر به فهرست دفاتر مجاز اضافه شد"};
    private static final String[] OUTCOMES = {"مشکل دفتر برطرف شد و پرونده بسته شد",
            "دستگاه طبق مصوبه کارگروه اقدام کرد", "پاسخ دستگاه مورد تأیید دفتر قرار گرفت",
            "موضوع با هماهنگی انجمن صنفی حل شد"};
    private static final String[] REJECTIONS = {"موضوع در صلاحیت کارگروه نیست", "شکایت تکراری است",
            "مستندات کافی ارائه نشد", "موضوع به مرجع قضایی مربوط است"};
    private static final String[] WITHDRAWALS = {"مشکل با مراجعه حضوری حل شد", "دستگاه خودش پیگیری کرد",
            "به درخواست مدیر دفتر پس گرفته شد"};
    private static final String[] REPLIES = {"پیگیری ادامه دارد", "مهلت دستگاه هنوز به پایان نرسیده است",
            "نامه یادآوری برای دستگاه ارسال شد"};
    private static final String[] INTERNAL_NOTES = {"پاسخ دستگاه با دفتر تلفنی تأیید شد",
            "در جلسه آینده کارگروه مطرح شود", "سابقه شکایت مشابه از همین دستگاه وجود دارد"};
    private static final String[] GUILD_NOTES = {"انجمن صنفی پیگیری می‌کند", "با مدیر دستگاه جلسه برگزار شد",
            "دفاتر دیگر هم همین مشکل را گزارش کرده‌اند"};

    /** A description as an office writes it, from the phrase templates, with the letter forms people type. */
    private String description(ComplaintKind kind, Agency agency, Instant filed) {
        String problem = pickOf(PROBLEMS.get(kind));
        StringBuilder d = new StringBuilder(220);
        d.append(pickOf(OPENINGS));
        d.append(agency.nameFa()).append(' ').append(problem).append('.');
        int details = random.nextInt(3);
        for (int i = 0; i < details; i++) {
            String detail = pickOf(DETAILS);
            if (!detail.isEmpty()) {
                d.append(' ').append(detail);
            }
        }
        String closing = pickOf(CLOSINGS);
        if (!closing.isEmpty()) {
            d.append(' ').append(closing);
        }
        boolean persianDigits = random.nextDouble() < 0.7;
        String text = fill(d.toString(), "{service}", pickOf(SERVICES));
        text = fill(text, "{amount}", digits(String.valueOf((1 + random.nextInt(50)) * 10_000_000), persianDigits));
        text = fill(text, "{n}", digits(String.valueOf(2 + random.nextInt(10)), persianDigits));
        text = fill(text, "{m}", digits(String.valueOf(2 + random.nextInt(10)), persianDigits));
        text = fill(text, "{number}", digits((1000 + random.nextInt(9000)) + "/" + (10 + random.nextInt(90)), persianDigits));
        LocalDate day = LocalDate.ofInstant(filed, JalaliDates.ZONE).minusDays(random.nextInt(60));
        text = fill(text, "{date}", digits(jalali.computeIfAbsent(day, JalaliDates::toJalali), persianDigits));
        return noisy(text);
    }

    private static String fill(String text, String placeholder, String value) {
        return text.contains(placeholder) ? text.replace(placeholder, value) : text;
    }

    private static String digits(String s, boolean persian) {
        return persian ? PersianText.toPersianDigits(s) : s;
    }

    /**
     * Real input: Arabic yeh and kaf in part of the texts (typed on an Arabic keyboard layout), ZWNJs dropped or
     * typed as spaces.
     */
    private String noisy(String text) {
        double u = random.nextDouble();
        boolean arabicYeh = u < 0.25;
        boolean arabicKaf = u < 0.18 || u > 0.95;
        double v = random.nextDouble();
        int zwnj = v < 0.45 ? 0 : v < 0.8 ? 1 : 2; // keep, drop, space
        if (!arabicYeh && !arabicKaf && zwnj == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'ی' && arabicYeh) {
                out.append('ي');
            } else if (c == 'ک' && arabicKaf) {
                out.append('ك');
            } else if (c == ZWNJ && zwnj > 0) {
                if (zwnj == 2) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // --- helpers ---

    private String pickOf(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private int pick(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double u = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private Agency weighted(List<Agency> list) {
        double[] w = new double[list.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = list.get(i).weight();
        }
        return list.get(pick(w));
    }

    /** One line of COPY text format: tab-separated, \N for null, backslash escapes. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof String s) {
                for (int j = 0; j < s.length(); j++) {
                    char c = s.charAt(j);
                    switch (c) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(c);
                    }
                }
            } else {
                out.append(v);
            }
        }
        out.append('\n');
    }

    private void report(Connection c) throws SQLException {
        System.out.println();
        System.out.println("Complaints by status:");
        statusCounts.forEach((s, n) -> System.out.printf(Locale.ROOT, "  %-15s %,9d%n", s, n));
        System.out.printf(Locale.ROOT, "Events per complaint: %.2f%n", eventCount / (double) complaintCount);
        Map<String, String> sizes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT relname, pg_size_pretty(pg_total_relation_size(oid)), "
                + "reltuples::bigint FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace "
                + "ORDER BY pg_total_relation_size(oid) DESC LIMIT 8");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getString(2) + " (" + String.format(Locale.ROOT, "%,d", rs.getLong(3)) + " rows)");
            }
        }
        System.out.println("Largest tables (with indexes):");
        sizes.forEach((t, s) -> System.out.printf(Locale.ROOT, "  %-22s %s%n", t, s));
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            System.out.println("Database size: " + rs.getString(1));
        }
    }
}
