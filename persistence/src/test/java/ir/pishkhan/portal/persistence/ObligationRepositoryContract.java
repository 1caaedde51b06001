package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.escalation.Escalation;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationAction;
import ir.pishkhan.portal.domain.obligation.ObligationEntry;
import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.obligation.ReportRecord;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.workflow.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import ir.pishkhan.portal.domain.figures.FiguresRepository;
import ir.pishkhan.portal.domain.figures.MonthSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Obligations stored and listed: opened from the 14th meeting's resolutions through the domain's own API, one per
 * (resolution, agency) — a second is refused by the database — reported with a file, returned, verified, declared
 * violated; the timeline and files read back; the lists in both orders paged by key in both directions, every
 * filter (agency, resolution, status, overdue, tracking number, an office's nothing) checked against what the test
 * made, filtered and sorted in plain Java; the capped count; optimistic locking. Runs on every {@link TestDatabase}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ObligationRepositoryContract {

    private static final BusinessCalendar EVERY_DAY = day -> true;
    private static final Actor SECRETARY = new Actor("secretary", Role.SECRETARIAT);
    private static final Actor LIAISON = new Actor("liaison.bank", Role.AGENCY_LIAISON);
    private static final Instant T0 = Instant.parse("2012-09-20T06:00:00Z");
    private static final Instant LATE = Instant.parse("2012-10-25T06:00:00Z");
    /** Between 14/1's deadline (1391/07/15, 2012-10-06) and 14/5's (1391/07/27, 2012-10-18). */
    private static final LocalDate TODAY = LocalDate.of(2012, 10, 10);
    private static final byte[] PDF = "%PDF-1.4 the contracts signed".getBytes(StandardCharsets.US_ASCII);

    private final TestDatabase database;
    private TestDatabase.Shared db;
    private final List<Obligation> made = new ArrayList<>();
    private long postBank;
    private long resolution5;
    private long reportedWithFile;

    protected ObligationRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void open() {
        db = database.shared();
        remove();
        made.addAll(db.inTransaction(em -> {
            JpaMeetingRepository meetings = new JpaMeetingRepository(em);
            JpaObligationRepository repo = new JpaObligationRepository(em);
            List<Agency> agencies = em.createQuery("SELECT a FROM Agency a ORDER BY a.id", Agency.class).getResultList();
            List<Obligation> out = new ArrayList<>();
            int minute = 0;
            // 1: telecom, by 2012-10-06; 5: every agency, by 2012-10-18; 20: every bank, no deadline
            for (int number : new int[]{1, 5, 20}) {
                Resolution r = meetings.resolution(14, number).orElseThrow();
                for (Obligation o : Obligation.openAll(r, agencies, EVERY_DAY, SECRETARY, T0.plusSeconds(60L * minute++))) {
                    repo.store(o);
                    out.add(o);
                }
            }
            em.flush();
            // bring some along: every third reported, of those every second verified or returned; one with a file;
            // every fourth reported after 14/5's deadline (late, if it had one)
            for (int i = 0; i < out.size(); i++) {
                Obligation o = out.get(i);
                Instant at = (i % 4 == 0 ? LATE : T0).plusSeconds(3600L + i);
                if (i % 3 == 1) {
                    o.report(LIAISON, "گزارش اجرای مصوبه به دبیرخانه ارسال شد.",
                            i == 1 ? List.of(EvidenceFile.of("قرارداد.pdf", PDF)) : List.of(), at);
                    if (i % 2 == 0) {
                        o.verify(SECRETARY, null, at.plusSeconds(60));
                    } else if (i % 5 == 0) {
                        o.returnReport(SECRETARY, "فهرست دفاتر پیوست نشده است.", at.plusSeconds(60));
                    }
                }
            }
            Obligation telecom = out.get(0);
            telecom.declareViolated(SECRETARY, null, TODAY, T0.plusSeconds(7200));
            return out;
        }));
        postBank = made.stream().filter(o -> o.getAgency().getCode().equals("post-bank")).findFirst().orElseThrow()
                .getAgency().getId();
        resolution5 = made.stream().filter(o -> o.getResolution().getNumber() == 5).findFirst().orElseThrow()
                .getResolution().getId();
        reportedWithFile = made.get(1).getId();
    }

    @AfterAll
    void remove() {
        database.shared().sql("DELETE FROM obligation_file", "DELETE FROM attachment_content",
                "DELETE FROM obligation_entry", "DELETE FROM obligation");
    }

    @Test
    void eachObligatedAgencyHasOneObligationPerResolution() {
        long agencies = db.read(em -> em.createQuery("SELECT COUNT(a) FROM Agency a", Long.class).getSingleResult());
        long banks = db.read(em -> em.createQuery("SELECT COUNT(a) FROM Agency a WHERE a.kind = "
                + "ir.pishkhan.portal.domain.agency.AgencyKind.BANK", Long.class).getSingleResult());
        assertEquals(1 + agencies + banks, made.size());
        // a second obligation of the same agency under the same resolution is refused by the database
        assertThrows(PersistenceException.class, () -> db.run(em -> {
            Obligation again = Obligation.open(em.find(Resolution.class, resolution5), em.find(Agency.class, postBank),
                    EVERY_DAY, SECRETARY, T0);
            new JpaObligationRepository(em).store(again);
            em.flush();
        }));
        assertTrue(db.read(em -> new JpaObligationRepository(em).of(resolution5, postBank)).isPresent());
    }

    @Test
    void theTimelineAndTheFilesAreReadBack() {
        db.read(em -> {
            Obligation o = new JpaObligationRepository(em).byId(reportedWithFile).orElseThrow();
            List<ObligationEntry> timeline = o.timeline(EnumSet.allOf(Visibility.class));
            assertEquals(List.of(ObligationAction.OPEN_OBLIGATION, ObligationAction.REPORT),
                    timeline.stream().map(ObligationEntry::getAction).toList());
            assertEquals(new ReportRecord(1, false), ReportRecord.of(timeline.get(1)).orElseThrow());
            assertEquals(1, o.getFiles().size());
            long fileId = o.getFiles().get(0).getId();
            var file = new JpaObligationRepository(em).file(fileId).orElseThrow();
            assertEquals("قرارداد.pdf", file.getFileName());
            assertEquals("application/pdf", file.getContentType());
            assertArrayEquals(PDF, file.data());
            assertEquals(timeline.get(1).getId(), file.getEvent().getId());
            assertTrue(o.getTrackingNumber().startsWith("OB1391-"));
            return null;
        });
    }

    @Test
    void everyFilterInBothOrdersPagedByKey() {
        ObligationFilter all = ObligationFilter.all(TODAY);
        check(all, o -> true);
        check(all.forAgency(postBank), o -> o.getAgency().getId() == postBank);
        check(new ObligationFilter(Set.of(), null, resolution5, false, null, TODAY, false),
                o -> o.getResolution().getId() == resolution5);
        check(new ObligationFilter(Set.of(ObligationStatus.REPORTED, ObligationStatus.RETURNED), null, null, false, null,
                TODAY, false), o -> o.getStatus() == ObligationStatus.REPORTED || o.getStatus() == ObligationStatus.RETURNED);
        check(all.overdue(), o -> o.isOverdue(TODAY));
        check(new ObligationFilter(Set.of(), null, null, true, null, LocalDate.of(2012, 10, 20), false),
                o -> o.isOverdue(LocalDate.of(2012, 10, 20)));
        check(all.forOffice(1), o -> false);
        Obligation one = made.get(7);
        check(new ObligationFilter(Set.of(), null, null, false, one.getTrackingNumber(), TODAY, false),
                o -> o.getId().equals(one.getId()));
        check(new ObligationFilter(Set.of(), null, null, false, "OB1392-" + one.getId(), TODAY, false), o -> false);
        check(new ObligationFilter(Set.of(), null, null, false, "بانک", TODAY, false), o -> false);
        assertTrue(made.stream().anyMatch(o -> o.isOverdue(TODAY)) && made.stream().anyMatch(o -> !o.isOverdue(TODAY)));
    }

    private void check(ObligationFilter filter, Predicate<Obligation> expected) {
        List<Obligation> matching = made.stream().filter(expected).toList();
        for (ListOrder order : ListOrder.values()) {
            Comparator<Obligation> by = order == ListOrder.DEADLINE_EARLIEST
                    ? Comparator.comparing((Obligation o) -> o.getDeadline() == null ? Obligation.NO_DEADLINE : o.getDeadline())
                    .thenComparing(Obligation::getId)
                    : Comparator.comparing(Obligation::getFiledAt).thenComparing(Obligation::getId).reversed();
            List<Long> want = matching.stream().sorted(by).map(Obligation::getId).toList();
            List<Long> forward = new ArrayList<>();
            Keyset.Page<Obligation> page = db.read(em -> new JpaObligationRepository(em).page(filter,
                    Keyset.Request.first(order, 7)));
            page.items().forEach(o -> forward.add(o.getId()));
            Keyset.Page<Obligation> previous = page;
            while (page.hasNext()) {
                Keyset.Page<Obligation> from = page;
                page = db.read(em -> new JpaObligationRepository(em).page(filter,
                        new Keyset.Request(order, Keyset.Direction.AFTER, from.last(), 7)));
                page.items().forEach(o -> forward.add(o.getId()));
                previous = from;
            }
            assertEquals(want, forward, filter + " " + order);
            if (page != previous) {
                Keyset.Page<Obligation> last = page;
                Keyset.Page<Obligation> back = db.read(em -> new JpaObligationRepository(em).page(filter,
                        new Keyset.Request(order, Keyset.Direction.BEFORE, last.first(), 7)));
                assertEquals(previous.items().stream().map(Obligation::getId).toList(),
                        back.items().stream().map(Obligation::getId).toList(), "a page back");
            }
            long capped = db.read(em -> new JpaObligationRepository(em).countUpTo(filter, 5));
            long counted = db.read(em -> new JpaObligationRepository(em).countUpTo(filter, 10_000));
            assertEquals(Math.min(matching.size(), 5), capped);
            assertEquals(matching.size(), counted);
        }
    }

    @Test
    void twoSecretariesVerifyingAtOnceOneWins() {
        Obligation reported = made.stream().filter(o -> o.getStatus() == ObligationStatus.REPORTED).findFirst().orElseThrow();
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Obligation a = first.find(Obligation.class, reported.getId());
            Obligation b = second.find(Obligation.class, reported.getId());
            a.verify(SECRETARY, null, T0.plusSeconds(9000));
            first.getTransaction().commit();
            b.returnReport(new Actor("secretary2", Role.SECRETARIAT), "گزارش ناقص است و باید تکمیل شود.",
                    T0.plusSeconds(9001));
            RollbackException e = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertTrue(e.getCause() instanceof OptimisticLockException, () -> "an optimistic lock failure: " + e);
            db.read(em -> {
                Obligation stored = new JpaObligationRepository(em).byId(reported.getId()).orElseThrow();
                assertEquals(ObligationStatus.VERIFIED, stored.getStatus());
                assertFalse(stored.timeline(EnumSet.allOf(Visibility.class)).stream()
                        .anyMatch(x -> x.getAction() == ObligationAction.RETURN), "the loser wrote nothing");
                return null;
            });
        } finally {
            // the lists' expectations read the made obligations: this one is verified now
            Obligation now = db.read(em -> new JpaObligationRepository(em).page(new ObligationFilter(Set.of(), null,
                    null, false, reported.getTrackingNumber(), TODAY, false), Keyset.Request.first(ListOrder.FILED_NEWEST, 1)))
                    .items().get(0);
            made.replaceAll(o -> o.getId().equals(now.getId()) ? now : o);
            for (EntityManager em : List.of(first, second)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    // --- the compliance figures' counts of obligations, against what the obligations themselves say ---

    @Test
    void theFiguresCountTheObligationsPerAgencyStateAndOverdue() {
        List<Obligation> all = db.read(em -> em.createQuery("SELECT o FROM Obligation o", Obligation.class).getResultList());
        Map<String, Long> expected = all.stream().collect(Collectors.groupingBy(
                o -> o.getAgency().getId() + " " + o.getStatus(), Collectors.counting()));
        Map<String, Long> overdue = all.stream().filter(o -> o.isOverdue(TODAY)).collect(Collectors.groupingBy(
                o -> o.getAgency().getId() + " " + o.getStatus(), Collectors.counting()));
        List<FiguresRepository.ObligationCount> counts = db.read(em -> new JpaFiguresRepository(em).obligationsPerAgency(TODAY));
        assertEquals(expected, counts.stream().collect(Collectors.toMap(
                c -> c.agencyId() + " " + c.status(), FiguresRepository.ObligationCount::obligations)));
        assertEquals(overdue, counts.stream().filter(c -> c.overdue() > 0).collect(Collectors.toMap(
                c -> c.agencyId() + " " + c.status(), FiguresRepository.ObligationCount::overdue)));
        assertTrue(overdue.values().stream().mapToLong(Long::longValue).sum() > 0, "some are overdue today");
        Map<String, Long> onTime = all.stream().filter(Obligation::isMetOnTime).collect(Collectors.groupingBy(
                o -> o.getAgency().getId() + " " + o.getStatus(), Collectors.counting()));
        assertEquals(onTime, counts.stream().filter(c -> c.metOnTime() > 0).collect(Collectors.toMap(
                c -> c.agencyId() + " " + c.status(), FiguresRepository.ObligationCount::metOnTime)));
        assertTrue(all.stream().anyMatch(o -> o.getStatus().isMet() && !o.isMetOnTime()), "one was met late");
        assertTrue(all.stream().anyMatch(o -> o.getDeadline() != null && o.isMetOnTime()), "one was met by its deadline");

        // the meeting report's lines: of the resolutions asked for, in pages, in order
        List<FiguresRepository.ObligationLine> lines = new ArrayList<>();
        for (int first = 0; ; first += 7) {
            int from = first;
            List<FiguresRepository.ObligationLine> page = db.read(em -> new JpaFiguresRepository(em).obligations(
                    List.of(resolution5), from, 7));
            lines.addAll(page);
            if (page.size() < 7) {
                break;
            }
        }
        assertEquals(all.stream().filter(o -> o.getResolution().getId() == resolution5).count(), lines.size());
        assertTrue(lines.stream().allMatch(l -> l.meeting() == 14 && l.resolution() == 5));
        assertEquals(lines.size(), lines.stream().map(FiguresRepository.ObligationLine::agencyFa).distinct().count(),
                "each agency once: no line twice across the pages");
        assertTrue(db.read(em -> new JpaFiguresRepository(em).obligations(List.of(), 0, 7)).isEmpty());

        // per resolution: its obligations, and those met
        Map<Integer, List<Long>> perResolution = all.stream().collect(Collectors.groupingBy(
                o -> o.getResolution().getNumber(), Collectors.collectingAndThen(Collectors.toList(), os -> List.of(
                        (long) os.size(), os.stream().filter(o -> o.getStatus().isMet()).count()))));
        MonthSpan span = MonthSpan.lastYear(TODAY);
        assertEquals(perResolution, db.read(em -> new JpaFiguresRepository(em).perResolution(span)).stream()
                .filter(r -> r.meeting() == 14).collect(Collectors.toMap(FiguresRepository.ResolutionFigures::number,
                        r -> List.of(r.obligations(), r.met()))));
    }

    @Test
    void theAgendaProposesObligationsPastADayAndNotVerifiedEarliestFirst() {
        LocalDate before = LocalDate.of(2012, 10, 8);
        List<Long> want = made.stream().filter(o -> o.getStatus() != ObligationStatus.VERIFIED && o.getDeadline() != null
                        && o.getDeadline().isBefore(before))
                .sorted(Comparator.comparing(Obligation::getDeadline).thenComparing(Obligation::getId))
                .map(Obligation::getId).toList();
        assertFalse(want.isEmpty(), "14/1 is past 2012-10-06");
        List<ir.pishkhan.portal.domain.meeting.AgendaProposals.ObligationFact> got =
                db.read(em -> new JpaAgendaSources(em).overdueObligations(before, 100));
        assertEquals(want, got.stream().map(f -> f.id()).toList());
        assertEquals("14/1", got.get(0).resolution());
        assertEquals(want.size(), db.read(em -> new JpaAgendaSources(em).overdueObligations(LocalDate.of(2012, 10, 20), 1000))
                .stream().filter(f -> f.deadline().isBefore(before)).count());
        assertEquals(1, db.read(em -> new JpaAgendaSources(em).overdueObligations(LocalDate.of(2012, 10, 20), 1)).size());

        // one of 14/5 (due 2012-10-18, not before the 8th) the ladder took to its meeting rung: read too, and said so
        Obligation rung = made.stream().filter(o -> o.getResolution().getNumber() == 5
                && o.getStatus() != ObligationStatus.VERIFIED).findFirst().orElseThrow();
        db.run(em -> new JpaEscalationRepository(em).take(new Escalation("obligation", rung.getId(), Rung.FOR_MEETING,
                rung.getDeadline(), T0)));
        try {
            List<ir.pishkhan.portal.domain.meeting.AgendaProposals.ObligationFact> withRung =
                    db.read(em -> new JpaAgendaSources(em).overdueObligations(before, 100));
            assertEquals(want.size() + 1, withRung.size());
            assertEquals(List.of(rung.getId()), withRung.stream().filter(f -> f.forMeeting()).map(f -> f.id()).toList());
        } finally {
            database.shared().sql("DELETE FROM escalation WHERE workflow = 'obligation'");
        }
    }

    @Test
    void pastDeadlineWalksTheLateObligationsOfAStatusInBatchesEachOnce() {
        // 14/1 and 14/5 are late on the 20th; 14/20 has no deadline and is never late
        LocalDate today = LocalDate.of(2012, 10, 20);
        int late = LateBatches.assertWalks(ObligationStatus.values(), status -> made.stream()
                        .filter(o -> o.getStatus() == status && o.getDeadline() != null && o.getDeadline().isBefore(today))
                        .sorted(Comparator.comparing(Obligation::getDeadline).thenComparing(Obligation::getId))
                        .map(Obligation::getId).toList(),
                status -> (d, id, n) -> db.read(em -> new JpaObligationRepository(em).pastDeadline(status, today, d, id, n)));
        assertTrue(late > 0, "some obligations are late on " + today);
    }
}
