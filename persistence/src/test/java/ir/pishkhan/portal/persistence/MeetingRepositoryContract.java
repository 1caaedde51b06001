package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.meeting.AgendaItem;
import ir.pishkhan.portal.domain.meeting.Citation;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Effect;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingAction;
import ir.pishkhan.portal.domain.meeting.MeetingFacts;
import ir.pishkhan.portal.domain.meeting.MeetingStatus;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.Register;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionDraft;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.meeting.ResolutionNumber;
import ir.pishkhan.portal.domain.meeting.Standing;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meetings' cycle stored: drafts, their resolutions and effects, agenda, minutes, versions, timeline, standing. */
abstract class MeetingRepositoryContract {

    private static final Actor DABIR = new Actor("dabir", Role.SECRETARIAT);
    private static final Instant T0 = Instant.parse("2025-06-01T06:00:00.000001Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected MeetingRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        removeTestMeetings();
    }

    /** The other contracts share the database and expect only the seed's meetings and no attachment of theirs. */
    @AfterEach
    void removeTestMeetings() {
        String mine = "(SELECT id FROM meeting WHERE number > 900)";
        String theirResolutions = "(SELECT id FROM resolution WHERE meeting_id IN " + mine + ")";
        db.sql("DELETE FROM meeting_entry WHERE meeting_id IN " + mine,
                "DELETE FROM agenda_item WHERE meeting_id IN " + mine,
                "DELETE FROM meeting_present WHERE meeting_id IN " + mine,
                "DELETE FROM resolution_version WHERE resolution_id IN " + theirResolutions,
                "DELETE FROM resolution_effect WHERE resolution_id IN " + theirResolutions,
                "DELETE FROM resolution_citation WHERE resolution_id IN " + theirResolutions,
                "DELETE FROM resolution_kind WHERE resolution_id IN " + theirResolutions,
                "DELETE FROM resolution_obligated WHERE resolution_id IN " + theirResolutions,
                "DELETE FROM resolution_reports_to WHERE resolution_id IN " + theirResolutions,
                "DELETE FROM resolution WHERE meeting_id IN " + mine,
                "CREATE TABLE minutes_gone AS SELECT minutes_content_id AS id FROM meeting WHERE number > 900"
                        + " AND minutes_content_id IS NOT NULL",
                "DELETE FROM meeting WHERE number > 900",
                "DELETE FROM attachment_content WHERE id IN (SELECT id FROM minutes_gone)",
                "DROP TABLE minutes_gone");
    }

    private static Register register(EntityManager em) {
        JpaMeetingRepository repo = new JpaMeetingRepository(em);
        return new Register() {
            @Override
            public Optional<Resolution> published(int meeting, int number) {
                return repo.publishedResolution(meeting, number);
            }

            @Override
            public Standing standing(Resolution r) {
                return Standing.of(r, repo.actsOn(List.of(r.getId())).getOrDefault(r.getId(), List.of()), TODAY);
            }
        };
    }

    private static ResolutionDraft draft(int number, Set<ResolutionKind> kinds, Set<Party> parties, Deadline deadline,
                                         Citation... citations) {
        return new ResolutionDraft(number, "متن مصوبه " + number, "summary " + number, kinds, parties, deadline,
                List.of(citations));
    }

    private long create(int number) {
        return db.inTransaction(em -> {
            Meeting m = Meeting.create(DABIR, new MeetingFacts(number, LocalDate.of(2025, 5, 31), "10:00", "استانداری",
                    Set.of(em.find(Party.class, "guild"))), T0);
            new JpaMeetingRepository(em).store(m);
            em.flush();
            return m.getId();
        });
    }

    @Test
    void theMeetingsAlreadyHeldArePublished() {
        List<Meeting> all = db.read(em -> new JpaMeetingRepository(em).meetings());
        assertTrue(all.stream().filter(m -> m.getNumber() <= 14).allMatch(Meeting::isPublished));
        assertTrue(db.read(em -> new JpaMeetingRepository(em).publishedResolution(14, 18)).isPresent());
        assertTrue(db.read(em -> new JpaMeetingRepository(em).parties()).stream()
                .anyMatch(p -> p.getCode().equals(Party.ALL_BANKS)));
    }

    /**
     * The resolutions' and agencies' menus are read with a few statements, not one a row more for each resolution's
     * kinds and each agency's party (PortalSession.BATCHED); SqlClock counts what a thread ran.
     */
    @Test
    void aListOfResolutionsOrAgenciesIsReadWithoutAStatementARow() {
        SqlClock.Tally resolutionsRead = SqlClock.start();
        List<Resolution> resolutions;
        List<ir.pishkhan.portal.domain.agency.Agency> agencies;
        SqlClock.Tally agenciesRead;
        try {
            resolutions = db.read(em -> {
                List<Resolution> read = new JpaMeetingRepository(em).resolutionsOf(14);
                read.forEach(r -> r.getKinds().size());
                return read;
            });
            agenciesRead = SqlClock.start();
            agencies = db.read(em -> {
                List<ir.pishkhan.portal.domain.agency.Agency> read = new JpaAgencyRepository(em).choices();
                read.forEach(a -> a.getParty().map(Party::getCode));
                return read;
            });
        } finally {
            SqlClock.stop();
        }
        assertTrue(resolutions.size() > 10, "the 14th meeting's resolutions: " + resolutions.size());
        assertTrue(resolutions.stream().allMatch(r -> !r.getKinds().isEmpty()), "each with its kinds");
        assertTrue(resolutionsRead.statements() <= 4, "a few statements for " + resolutions.size() + " resolutions, not one a row: "
                + resolutionsRead.statements());
        assertTrue(resolutionsRead.nanos() > 0);
        assertTrue(agencies.size() > 10, "agencies: " + agencies.size());
        assertTrue(agencies.stream().filter(a -> a.getParty().isPresent()).count() > 3, "several with their party");
        SqlClock.Tally everyRead = SqlClock.start();
        List<Long> every;
        try {
            every = db.read(em -> {
                List<Resolution> read = new JpaMeetingRepository(em).resolutionsOfEveryMeeting();
                read.forEach(r -> r.getKinds().size());
                read.forEach(r -> r.getMeeting().getNumber());
                return read.stream().map(Resolution::getId).toList();
            });
        } finally {
            SqlClock.stop();
        }
        assertEquals(db.read(em -> {
            JpaMeetingRepository meetings = new JpaMeetingRepository(em);
            return meetings.meetings().stream().flatMap(m -> meetings.resolutionsOf(m.getNumber()).stream())
                    .map(Resolution::getId).toList();
        }), every, "every meeting's resolutions, the newest meeting first");
        assertTrue(everyRead.statements() <= 4, "every meeting's resolutions in a few statements: " + everyRead.statements());
        assertTrue(agenciesRead.statements() <= 4, "statements for " + agencies.size() + " agencies: " + agenciesRead.statements());
    }

    /** A list's menu of resolutions: their ids and numbers, in order, in one statement with nothing read behind. */
    @Test
    void aMenuOfResolutionNumbersIsOneStatement() {
        List<ResolutionNumber> whole = db.read(em -> new JpaMeetingRepository(em).resolutionsOf(14).stream()
                .map(r -> new ResolutionNumber(r.getId(), r.getNumber())).toList());
        SqlClock.Tally read = SqlClock.start();
        List<ResolutionNumber> numbers;
        try {
            numbers = db.read(em -> new JpaMeetingRepository(em).numbersOf(14));
        } finally {
            SqlClock.stop();
        }
        assertTrue(whole.size() > 10, "the 14th meeting's resolutions: " + whole.size());
        assertEquals(whole, numbers, "the same resolutions, in the order of their numbers");
        assertEquals(oneStatement(), read.statements(), "one statement");
        assertEquals(List.of(), db.read(em -> new JpaMeetingRepository(em).numbersOf(999)), "no such meeting: none");
    }

    /**
     * The parties are reference data kept in the shared cache: once read, an agency read again (its party eagerly)
     * takes its party from there, not by a statement of its own, as a page of complaints reads its agencies.
     */
    @Test
    void anAgencysPartyComesFromTheSharedCache() {
        db.read(em -> new JpaMeetingRepository(em).parties());
        Long withParty = db.read(em -> new JpaAgencyRepository(em).choices().stream()
                .filter(a -> a.getParty().isPresent()).findFirst().orElseThrow().getId());
        SqlClock.Tally read = SqlClock.start();
        String party;
        try {
            party = db.read(em -> em.find(ir.pishkhan.portal.domain.agency.Agency.class, withParty).getParty()
                    .map(Party::getCode).orElseThrow());
        } finally {
            SqlClock.stop();
        }
        assertTrue(!party.isBlank());
        assertEquals(oneStatement(), read.statements(), "the agency's row only, its party from the cache");
    }

    /** What the clock counts for one statement (EclipseLink's profiler may see one execution more than once). */
    private int oneStatement() {
        SqlClock.Tally one = SqlClock.start();
        try {
            db.read(em -> em.createQuery("SELECT COUNT(m) FROM Meeting m").getSingleResult());
        } finally {
            SqlClock.stop();
        }
        assertTrue(one.statements() > 0);
        return one.statements();
    }

    @Test
    void aDraftIsStoredWholeAndItsEffectsCountOnlyOncePublished() {
        long id = create(901);
        db.run(em -> {
            Meeting m = new JpaMeetingRepository(em).byId(id).orElseThrow();
            Register reg = register(em);
            m.addResolution(DABIR, draft(1, EnumSet.of(ResolutionKind.TARIFF), Set.of(), Deadline.none(),
                    Citation.of(14, 18, Effect.AMENDS)), reg, T0);
            m.addResolution(DABIR, draft(2, EnumSet.of(ResolutionKind.OBLIGATION, ResolutionKind.REPORT),
                    Set.of(em.find(Party.class, Party.ALL_BANKS)), Deadline.on(LocalDate.of(2025, 7, 1))), reg, T0);
            m.addResolution(DABIR, draft(3, EnumSet.of(ResolutionKind.DECISION), Set.of(), Deadline.none(),
                    Citation.extending(14, 5, LocalDate.of(2025, 9, 1)), Citation.cites(14, 1)), reg, T0);
            m.addAgendaItem(DABIR, "گزارش دبیرخانه", T0);
            m.addProposal(DABIR, "تعهد معوق", "obligation", 42L, T0);
            m.decideAgendaItem(DABIR, 2, "در دستور ماند", AgendaItem.Outcome.ACCEPTED, T0);
            m.attachMinutes(DABIR, EvidenceFile.of("صورتجلسه.pdf", "%PDF-1.7 minutes".getBytes(StandardCharsets.US_ASCII)), T0);
        });
        long r18 = db.read(em -> new JpaMeetingRepository(em).resolution(14, 18).orElseThrow().getId());
        assertEquals(Optional.empty(), Optional.ofNullable(db.read(em -> new JpaMeetingRepository(em).actsOn(List.of(r18)))
                .get(r18)), "a draft's effects are not yet the register's");
        assertTrue(db.read(em -> new JpaMeetingRepository(em).publishedResolution(901, 1)).isEmpty());

        db.run(em -> new JpaMeetingRepository(em).byId(id).orElseThrow().publish(DABIR, T0.plusSeconds(60)));

        db.read(em -> {
            JpaMeetingRepository repo = new JpaMeetingRepository(em);
            Meeting m = repo.byId(id).orElseThrow();
            assertEquals(MeetingStatus.PUBLISHED, m.getStatus());
            assertEquals(Set.of("guild"), m.getPresent().stream().map(Party::getCode).collect(java.util.stream.Collectors.toSet()));
            assertEquals(List.of(1, 2, 3), m.getResolutions().stream().map(Resolution::getNumber).toList());
            Resolution two = m.findResolution(2).orElseThrow();
            assertEquals(EnumSet.of(ResolutionKind.OBLIGATION, ResolutionKind.REPORT), two.getKinds());
            assertEquals(Set.of(Party.ALL_BANKS), two.getObligated().stream().map(Party::getCode)
                    .collect(java.util.stream.Collectors.toSet()));
            Resolution three = m.findResolution(3).orElseThrow();
            assertEquals(2, three.getCites().size());
            assertEquals(1, three.getEffects().size());
            assertEquals(LocalDate.of(2025, 9, 1), three.getEffects().get(0).getNewDeadline());
            assertEquals(2, m.getAgenda().size());
            assertEquals(AgendaItem.Source.PROPOSED, m.getAgenda().get(1).getSource());
            assertEquals(42L, m.getAgenda().get(1).getSourceId());
            assertEquals(AgendaItem.Outcome.ACCEPTED, m.getAgenda().get(1).getOutcome());
            assertEquals("صورتجلسه.pdf", m.getMinutesFileName());
            assertArrayEquals("%PDF-1.7 minutes".getBytes(StandardCharsets.US_ASCII), m.minutesData());
            List<MeetingAction> steps = m.timeline(EnumSet.allOf(Visibility.class)).stream()
                    .map(e -> e.getAction()).toList();
            assertEquals(MeetingAction.CREATE, steps.get(0));
            assertEquals(MeetingAction.PUBLISH, steps.get(steps.size() - 1));
            assertEquals(T0, m.timeline(EnumSet.allOf(Visibility.class)).get(0).getAt(), "microseconds kept");

            Standing.Act amended = repo.actsOn(List.of(r18)).get(r18).get(0);
            assertEquals(new Standing.Act(Effect.AMENDS, 901, 1, LocalDate.of(2025, 5, 31), null), amended);
            return null;
        });
    }

    @Test
    void aDraftResolutionChangedOrRemovedLeavesNoRowBehind() {
        long id = create(902);
        db.run(em -> {
            Meeting m = new JpaMeetingRepository(em).byId(id).orElseThrow();
            m.addResolution(DABIR, draft(1, EnumSet.of(ResolutionKind.DECISION), Set.of(), Deadline.none(),
                    Citation.of(14, 6, Effect.SUPERSEDES)), register(em), T0);
            m.addResolution(DABIR, draft(2, EnumSet.of(ResolutionKind.DECISION), Set.of(), Deadline.none(),
                    Citation.of(14, 7, Effect.AMENDS)), register(em), T0);
        });
        db.run(em -> {
            Meeting m = new JpaMeetingRepository(em).byId(id).orElseThrow();
            m.changeResolution(DABIR, 1, draft(4, EnumSet.of(ResolutionKind.PROCEDURE), Set.of(), Deadline.none(),
                    Citation.of(14, 6, Effect.REPEALS)), register(em), T0);
            m.removeResolution(DABIR, 2, T0);
        });
        db.read(em -> {
            Meeting m = new JpaMeetingRepository(em).byId(id).orElseThrow();
            assertEquals(List.of(4), m.getResolutions().stream().map(Resolution::getNumber).toList());
            assertEquals(Effect.REPEALS, m.getResolutions().get(0).getEffects().get(0).getEffect());
            Number effects = (Number) em.createNativeQuery("SELECT COUNT(*) FROM resolution_effect e JOIN resolution r"
                    + " ON r.id = e.resolution_id WHERE r.meeting_id = ?1").setParameter(1, id).getSingleResult();
            assertEquals(1, effects.intValue());
            return null;
        });
    }

    @Test
    void aCorrectionKeepsTheWordingItReplaced() {
        long id = create(903);
        db.run(em -> {
            Meeting m = new JpaMeetingRepository(em).byId(id).orElseThrow();
            m.addResolution(DABIR, draft(1, EnumSet.of(ResolutionKind.DECISION), Set.of(), Deadline.none()), register(em), T0);
            m.publish(DABIR, T0);
        });
        db.run(em -> new JpaMeetingRepository(em).byId(id).orElseThrow()
                .correctResolution(DABIR, 1, "متن درست", null, "غلط تایپی", T0.plusSeconds(9)));
        db.read(em -> {
            Resolution r = new JpaMeetingRepository(em).resolution(903, 1).orElseThrow();
            assertEquals("متن درست", r.getTextFa());
            assertEquals(2, r.getVersion());
            assertEquals("متن مصوبه 1", r.getVersions().get(0).getTextFa());
            assertEquals("غلط تایپی", r.getVersions().get(0).getReason());
            assertEquals(T0.plusSeconds(9), r.getVersions().get(0).getReplacedAt());
            return null;
        });
    }

    @Test
    void aMeetingNumberIsUniqueAndTwoPublishersOneWins() {
        create(904);
        assertThrows(PersistenceException.class, () -> create(904));

        long id = create(905);
        db.run(em -> new JpaMeetingRepository(em).byId(id).orElseThrow().addResolution(DABIR,
                draft(1, EnumSet.of(ResolutionKind.DECISION), Set.of(), Deadline.none()), register(em), T0));
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Meeting a = new JpaMeetingRepository(first).byId(id).orElseThrow();
            Meeting b = new JpaMeetingRepository(second).byId(id).orElseThrow();
            a.publish(DABIR, T0);
            b.publish(new Actor("dabir2", Role.SECRETARIAT), T0);
            first.getTransaction().commit();
            assertThrows(RollbackException.class, () -> second.getTransaction().commit());
        } finally {
            first.close();
            second.close();
        }
        Meeting m = db.read(em -> new JpaMeetingRepository(em).byId(id).orElseThrow());
        assertEquals(1, m.timeline(EnumSet.allOf(Visibility.class)).stream()
                .filter(e -> e.getAction() == MeetingAction.PUBLISH).count());
    }
}
