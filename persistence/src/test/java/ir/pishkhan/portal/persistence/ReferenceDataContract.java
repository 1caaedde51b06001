package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.PartyType;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference data: the 14th meeting's resolutions, verbatim, the meetings they cite, the parties, the agencies.
 * Runs on every {@link TestDatabase}.
 */
abstract class ReferenceDataContract {

    private static final String[] COUNTED = {"party", "meeting", "resolution", "resolution_kind",
            "resolution_obligated", "resolution_reports_to", "resolution_citation", "agency"};

    private final TestDatabase database;

    protected ReferenceDataContract(TestDatabase database) {
        this.database = database;
    }

    private TestDatabase.Shared db;

    @BeforeEach
    void setUp() {
        db = database.shared();
    }

    private static JsonObject seed(String resource) {
        try (InputStream in = ReferenceDataContract.class.getClassLoader().getResourceAsStream(resource);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolution number → text_fa, as in the seed file. */
    private static Map<Integer, String> seedTexts() {
        Map<Integer, String> texts = new TreeMap<>();
        for (JsonValue v : seed("seed/resolutions-14.json").getJsonArray("resolutions")) {
            texts.put(v.asJsonObject().getInt("number"), v.asJsonObject().getString("text_fa"));
        }
        return texts;
    }

    @Test
    void loadsOnceIntoAnEmptyDatabase() throws SQLException {
        DataSource ds = database.createEmpty("pishkhan_reference_test");
        Migrations.migrate(ds);
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);
        try {
            TestDatabase.Shared fresh = new TestDatabase.Shared(database, ds, emf);
            assertTrue(fresh.inTransaction(ReferenceDataContract::load), "the first load loads");
            Map<String, Long> after = counts(ds);
            assertEquals(14L, after.get("party"));
            assertEquals(4L, after.get("meeting"));
            // 20 of the 14th meeting, and the 4 cited ones of meetings 10, 11 and 13
            assertEquals(24L, after.get("resolution"));
            assertEquals(24L, after.get("agency"));
            assertEquals(4L, after.get("resolution_citation"));

            assertFalse(fresh.inTransaction(ReferenceDataContract::load), "the second load finds the data there");
            assertEquals(after, counts(ds), "the second load added nothing");
        } finally {
            emf.close();
        }
    }

    private static boolean load(EntityManager em) {
        return new ReferenceData(new JpaMeetingRepository(em), new JpaAgencyRepository(em)).load();
    }

    private static Map<String, Long> counts(DataSource ds) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : COUNTED) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    void theFourteenthMeeting() {
        Meeting m = db.read(em -> new JpaMeetingRepository(em).meeting(14)).orElseThrow();
        assertTrue(m.isMinutesKnown());
        assertEquals(LocalDate.of(2012, 9, 17), m.getHeldOn());
        assertEquals("10:00", m.getHeldAt());
        assertEquals("استانداری", m.getPlaceFa());
    }

    @Test
    void theResolutionTextsAreVerbatim() {
        Map<Integer, String> expected = seedTexts();
        assertEquals(20, expected.size());
        List<Resolution> resolutions = db.read(em -> new JpaMeetingRepository(em).resolutionsOf(14));
        assertEquals(new ArrayList<>(expected.keySet()),
                resolutions.stream().map(Resolution::getNumber).collect(Collectors.toList()), "numbers, in order");
        for (Resolution r : resolutions) {
            String want = expected.get(r.getNumber());
            // String.equals: every code point kept, the fathatan of 11, the hamzas, the Persian digits of 17
            assertTrue(want.equals(r.getTextFa()), () -> "text of resolution " + r.getNumber() + " differs:\n"
                    + want + "\n" + r.getTextFa());
        }
        assertTrue(expected.get(11).contains("خصوصاً"), "the seed's odd characters are really there");
        assertTrue(resolutions.get(16).getTextFa().contains("۱۰۵۹-۱۴-۷۲"));
    }

    @Test
    void citedMeetingsExistWithoutMinutes() {
        List<Meeting> meetings = db.read(em -> new JpaMeetingRepository(em).meetings());
        assertEquals(List.of(14, 13, 11, 10), meetings.stream().map(Meeting::getNumber).collect(Collectors.toList()),
                "newest first");
        for (int n : new int[] {10, 11, 13}) {
            Meeting m = meetings.stream().filter(x -> x.getNumber() == n).findFirst().orElseThrow();
            assertFalse(m.isMinutesKnown(), "meeting " + n);
            assertNull(m.getHeldOn());
        }
        assertTrue(db.read(em -> new JpaMeetingRepository(em).meeting(12)).isEmpty());
    }

    @Test
    void citations() {
        db.read(em -> {
            JpaMeetingRepository repo = new JpaMeetingRepository(em);
            Resolution r14 = repo.resolution(14, 14).orElseThrow();
            assertEquals(List.of("13/10"), cited(r14));
            assertEquals(List.of("13/9"), cited(repo.resolution(14, 15).orElseThrow()));
            assertEquals(List.of("10/11", "11/6"), cited(repo.resolution(14, 17).orElseThrow()));
            assertTrue(repo.resolution(14, 1).orElseThrow().getCites().isEmpty());

            Resolution r10of13 = repo.resolution(13, 10).orElseThrow();
            assertFalse(r10of13.isTextKnown());
            assertEquals(13, r10of13.getMeeting().getNumber());
            assertEquals(List.of(9, 10), repo.resolutionsOf(13).stream().map(Resolution::getNumber)
                    .collect(Collectors.toList()));
            return null;
        });
    }

    private static List<String> cited(Resolution r) {
        return r.getCites().stream().map(c -> c.getMeeting().getNumber() + "/" + c.getNumber()).sorted()
                .collect(Collectors.toList());
    }

    @Test
    void dueDatesAfterReloading() {
        Map<Integer, Optional<LocalDate>> due = db.read(em -> new JpaMeetingRepository(em).resolutionsOf(14).stream()
                .collect(Collectors.toMap(Resolution::getNumber, Resolution::dueDate)));
        assertEquals(Optional.of(LocalDate.of(2012, 10, 6)), due.get(1));
        assertEquals(Optional.of(LocalDate.of(2012, 10, 18)), due.get(5));
        assertEquals(Optional.of(LocalDate.of(2012, 10, 1)), due.get(9));
        assertEquals(17, due.values().stream().filter(Optional::isEmpty).count(), "the others have none");

        Resolution r5 = db.read(em -> new JpaMeetingRepository(em).resolution(14, 5)).orElseThrow();
        assertEquals(Deadline.Type.PERIOD, r5.getDeadline().getType());
        assertEquals("P1M", r5.getDeadline().getPeriod());
        Resolution r2 = db.read(em -> new JpaMeetingRepository(em).resolution(14, 2)).orElseThrow();
        assertEquals(Deadline.Type.NONE, r2.getDeadline().getType());
    }

    @Test
    void partiesKindsAndSanctions() {
        db.read(em -> {
            JpaMeetingRepository repo = new JpaMeetingRepository(em);
            Resolution r11 = repo.resolution(14, 11).orElseThrow();
            assertEquals(Set.of("all-agencies", "post-bank"), codes(r11.getObligated()));
            assertEquals(EnumSet.of(ResolutionKind.PROHIBITION), r11.getKinds());
            assertFalse(r11.isReferralToViolationsBoard());

            Resolution r1 = repo.resolution(14, 1).orElseThrow();
            assertEquals(Set.of("telecom"), codes(r1.getObligated()));
            assertEquals(Set.of("secretariat"), codes(r1.getReportsTo()));
            assertEquals(EnumSet.of(ResolutionKind.OBLIGATION, ResolutionKind.REPORT), r1.getKinds());

            Resolution r10 = repo.resolution(14, 10).orElseThrow();
            assertEquals(EnumSet.of(ResolutionKind.PROCEDURE, ResolutionKind.FOLLOW_UP), r10.getKinds());
            assertEquals(Set.of("offices", "guild"), codes(r10.getObligated()));

            for (int n : new int[] {4, 12}) {
                Resolution r = repo.resolution(14, n).orElseThrow();
                assertTrue(r.isReferralToViolationsBoard(), "resolution " + n);
                assertTrue(r.getKinds().contains(ResolutionKind.SANCTION));
            }
            assertEquals(2, repo.resolutionsOf(14).stream().filter(Resolution::isReferralToViolationsBoard).count());

            Party allAgencies = repo.party("all-agencies").orElseThrow();
            assertEquals(PartyType.AGENCY_GROUP, allAgencies.getType());
            assertEquals("کلیه دستگاههای اجرایی", allAgencies.getNameFa());
            assertEquals(PartyType.BODY, repo.party("violations-board").orElseThrow().getType());
            assertEquals(PartyType.OFFICES, repo.party("offices").orElseThrow().getType());
            assertEquals(PartyType.AGENCY, repo.party("post-bank").orElseThrow().getType());
            assertTrue(repo.party("nobody").isEmpty());
            return null;
        });
    }

    private static Set<String> codes(Set<Party> parties) {
        return parties.stream().map(Party::getCode).collect(Collectors.toSet());
    }

    @Test
    void agencies() {
        JsonObject seed = seed("seed/agencies.json");
        db.read(em -> {
            JpaAgencyRepository repo = new JpaAgencyRepository(em);
            List<Agency> all = repo.choices();
            assertEquals(seed.getJsonArray("agencies").size(), all.size());
            assertEquals(24, all.size());
            for (JsonValue v : seed.getJsonArray("agencies")) {
                JsonObject a = v.asJsonObject();
                Agency agency = repo.byCode(a.getString("code")).orElseThrow(() -> new AssertionError(a));
                assertEquals(a.getString("fa"), agency.getNameFa());
                assertEquals(a.getString("en"), agency.getNameEn());
                assertEquals(AgencyKind.valueOf(a.getString("kind")), agency.getKind());
                assertEquals(Optional.ofNullable(a.getString("party", null)), agency.getParty().map(Party::getCode));
                assertEquals(agency, repo.byId(agency.getId()).orElseThrow());
            }
            Agency telecom = repo.byCode("telecom").orElseThrow();
            assertEquals("شرکت مخابرات", telecom.getParty().orElseThrow().getNameFa());
            assertNotNull(telecom.getId());
            assertTrue(repo.byCode("Telecom").isEmpty());
            return null;
        });
    }
}
