package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeAction;
import ir.pishkhan.portal.domain.dispute.DisputeEntry;
import ir.pishkhan.portal.domain.dispute.DisputeFilter;
import ir.pishkhan.portal.domain.dispute.DisputeStatus;
import ir.pishkhan.portal.domain.dispute.OpenedRecord;
import ir.pishkhan.portal.domain.dispute.StatementRecord;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.workflow.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Disputes stored and listed: opened through the domain's own API between agencies and offices, under resolution 15
 * of the 14th meeting and the clause it cites (13/9); statements with a file, proposals, settlements and referrals;
 * the timeline, the offices and the files read back; the lists in both orders paged by key in both directions, every
 * filter (status, agency, an office's own through the offices in dispute, tracking number, folded words of the matter
 * and of the parties' names) checked against what the test made, filtered and sorted in plain Java; the capped count;
 * optimistic locking. Runs on every {@link TestDatabase}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DisputeRepositoryContract {

    private static final Actor SECRETARY = new Actor("dabir", Role.SECRETARIAT);
    private static final Actor OPERATOR = new Actor("office.hera", Role.OFFICE_OPERATOR);
    private static final Actor LIAISON = new Actor("liaison.postbank", Role.AGENCY_LIAISON);
    private static final Instant T0 = Instant.parse("2012-09-20T06:00:00Z");
    private static final byte[] PDF = "%PDF-1.4 the receipts".getBytes(StandardCharsets.US_ASCII);
    /** The offices this contract makes, apart from any other's by their licence numbers. */
    private static final String LICENCES = "99-7";

    private final TestDatabase database;
    private TestDatabase.Shared db;
    private final List<Dispute> made = new ArrayList<>();
    private final List<Long> officeIds = new ArrayList<>();
    private long postBank;
    private long withFile;

    protected DisputeRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void open() {
        db = database.shared();
        remove();
        made.addAll(db.inTransaction(em -> {
            JpaMeetingRepository meetings = new JpaMeetingRepository(em);
            JpaDisputeRepository repo = new JpaDisputeRepository(em);
            Resolution res15 = meetings.resolution(14, 15).orElseThrow();
            Resolution cited = res15.getCites().get(0);
            List<Agency> agencies = em.createQuery("SELECT a FROM Agency a ORDER BY a.id", Agency.class)
                    .getResultList().subList(0, 4);
            String[][] names = {{"حرا", "Hera"}, {"آریا", "Aria"}, {"راه کربلا", "Rah-e Karbala"},
                    {"شهدای فیض الهی", "Shohada-ye Feyz-Elahi"}, {"کوثر", "Kowsar"}, {"یاس", "Yas"}};
            List<Office> offices = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                Office o = new Office(LICENCES + "1-" + (9001 + i), names[i][0], names[i][1], OfficeKind.URBAN,
                        "مرکزی", "Markazi", null, LicenceStatus.ACTIVE);
                em.persist(o);
                offices.add(o);
            }
            List<Dispute> out = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                Agency a = agencies.get(i % agencies.size());
                // one to three offices each, rolling through the six
                List<Office> sides = new ArrayList<>();
                for (int k = 0; k <= i % 3; k++) {
                    sides.add(offices.get((i + k) % offices.size()));
                }
                String matter = (i % 2 == 0 ? "اختلاف در تسویه کارمزد خدمات " : "اختلاف در سهم درآمد خدمات ") + a.getNameFa();
                Dispute d = Dispute.open(a, sides, matter, res15, i % 5 == 0 ? null : cited, SECRETARY,
                        T0.plusSeconds(3600L * i));
                repo.store(d);
                out.add(d);
            }
            em.flush();
            for (int i = 0; i < out.size(); i++) {
                Dispute d = out.get(i);
                Instant at = T0.plusSeconds(3600L * i + 60);
                if (i == 1) {
                    d.officeStatement(OPERATOR, d.getOffices().get(0), "کارمزد سه ماه گذشته واریز نشده است.",
                            List.of(EvidenceFile.of("رسید.pdf", PDF)), at);
                }
                if (i % 3 == 1) {
                    d.propose(SECRETARY, "پست بانک کارمزد معوق را ظرف دو هفته واریز کند.", at.plusSeconds(60));
                    if (i % 2 == 0) {
                        d.settle(SECRETARY, null, at.plusSeconds(120));
                    }
                } else if (i % 7 == 3) {
                    d.refer(SECRETARY, "طرفین پیشنهادی را نپذیرفتند.", at.plusSeconds(60));
                }
            }
            offices.forEach(o -> officeIds.add(o.getId()));
            return out;
        }));
        postBank = made.get(0).getAgency().getId();
        withFile = made.get(1).getId();
    }

    @AfterAll
    void remove() {
        database.shared().sql("DELETE FROM dispute_file", "DELETE FROM attachment_content",
                "DELETE FROM dispute_entry", "DELETE FROM dispute_office", "DELETE FROM dispute",
                "DELETE FROM office WHERE licence_number LIKE '" + LICENCES + "%'");
    }

    @Test
    void theTimelineTheOfficesAndTheFilesAreReadBack() {
        db.read(em -> {
            JpaDisputeRepository repo = new JpaDisputeRepository(em);
            Dispute d = repo.byId(withFile).orElseThrow();
            List<DisputeEntry> timeline = d.timeline(EnumSet.allOf(Visibility.class));
            assertEquals(List.of(DisputeAction.OPEN_DISPUTE, DisputeAction.OFFICE_STATEMENT, DisputeAction.PROPOSE),
                    timeline.stream().map(DisputeEntry::getAction).toList());
            assertEquals(new OpenedRecord("14/15", "13/9", 2), OpenedRecord.of(timeline.get(0)).orElseThrow());
            assertEquals(new StatementRecord(d.getOffices().get(0).getLicenceNumber(), 1),
                    StatementRecord.of(timeline.get(1)).orElseThrow());
            assertEquals(2, d.getOffices().size());
            assertEquals(13, d.getCited().getMeeting().getNumber());
            assertEquals(9, d.getCited().getNumber());
            assertEquals(DisputeStatus.PROPOSED, d.getStatus());
            assertEquals("پست بانک کارمزد معوق را ظرف دو هفته واریز کند.", d.getProposal());
            assertEquals(1, d.getFiles().size());
            var file = repo.file(d.getFiles().get(0).getId()).orElseThrow();
            assertEquals("رسید.pdf", file.getFileName());
            assertArrayEquals(PDF, file.data());
            assertEquals(timeline.get(1).getId(), file.getEvent().getId());
            assertTrue(d.getTrackingNumber().startsWith("D1391-"));
            assertEquals(made.size(), repo.ofResolution(d.getResolution().getId()).size());
            return null;
        });
    }

    @Test
    void everyFilterInBothOrdersPagedByKey() {
        DisputeFilter all = DisputeFilter.all();
        check(all, d -> true);
        check(all.forAgency(postBank), d -> d.getAgency().getId() == postBank);
        long hera = officeIds.get(0);
        check(all.forOffice(hera), d -> d.names(hera));
        check(all.forOffice(hera).forAgency(postBank), d -> d.names(hera) && d.getAgency().getId() == postBank);
        check(new DisputeFilter(Set.of(DisputeStatus.SETTLED, DisputeStatus.REFERRED), null, null, null),
                d -> !d.getStatus().isOpen());
        Dispute one = made.get(7);
        check(new DisputeFilter(Set.of(), null, null, one.getTrackingNumber()), d -> d.getId().equals(one.getId()));
        check(new DisputeFilter(Set.of(), null, null, "D1392-" + one.getId()), d -> false);
        // words, folded: Arabic yeh and kaf, and the name of an office in dispute
        check(new DisputeFilter(Set.of(), null, null, "كارمزد"), d -> d.getMatter().contains("کارمزد"));
        check(new DisputeFilter(Set.of(), null, null, "فيض"), d -> d.getOffices().stream()
                .anyMatch(o -> o.getNameFa().contains("فیض")));
        check(new DisputeFilter(Set.of(), null, null, "Kowsar سهم"), d -> d.getMatter().contains("سهم")
                && d.getOffices().stream().anyMatch(o -> o.getNameEn().equals("Kowsar")));
        assertTrue(made.stream().anyMatch(d -> d.getStatus() == DisputeStatus.SETTLED)
                && made.stream().anyMatch(d -> d.getStatus() == DisputeStatus.REFERRED));
    }

    private void check(DisputeFilter filter, Predicate<Dispute> expected) {
        List<Dispute> matching = made.stream().filter(expected).toList();
        for (ListOrder order : ListOrder.values()) {
            Comparator<Dispute> by = order == ListOrder.DEADLINE_EARLIEST
                    ? Comparator.comparing(Dispute::getDueSort).thenComparing(Dispute::getId)
                    : Comparator.comparing(Dispute::getFiledAt).thenComparing(Dispute::getId).reversed();
            List<Long> want = matching.stream().sorted(by).map(Dispute::getId).toList();
            List<Long> forward = new ArrayList<>();
            Keyset.Page<Dispute> page = db.read(em -> new JpaDisputeRepository(em).page(filter,
                    Keyset.Request.first(order, 4)));
            page.items().forEach(d -> forward.add(d.getId()));
            Keyset.Page<Dispute> previous = page;
            while (page.hasNext()) {
                Keyset.Page<Dispute> from = page;
                page = db.read(em -> new JpaDisputeRepository(em).page(filter,
                        new Keyset.Request(order, Keyset.Direction.AFTER, from.last(), 4)));
                page.items().forEach(d -> forward.add(d.getId()));
                previous = from;
            }
            assertEquals(want, forward, filter + " " + order);
            if (page != previous) {
                Keyset.Page<Dispute> last = page;
                Keyset.Page<Dispute> back = db.read(em -> new JpaDisputeRepository(em).page(filter,
                        new Keyset.Request(order, Keyset.Direction.BEFORE, last.first(), 4)));
                assertEquals(previous.items().stream().map(Dispute::getId).toList(),
                        back.items().stream().map(Dispute::getId).toList(), "a page back");
            }
            long capped = db.read(em -> new JpaDisputeRepository(em).countUpTo(filter, 3));
            long counted = db.read(em -> new JpaDisputeRepository(em).countUpTo(filter, 10_000));
            assertEquals(Math.min(matching.size(), 3), capped);
            assertEquals(matching.size(), counted);
        }
        assertFalse(filter.text() == null && matching.isEmpty(), "a filter that matches something: " + filter);
    }

    @Test
    void twoSecretariesEndingADisputeAtOnceOneWins() {
        Dispute proposed = made.stream().filter(d -> d.getStatus() == DisputeStatus.PROPOSED).reduce((a, b) -> b)
                .orElseThrow();
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Dispute a = first.find(Dispute.class, proposed.getId());
            Dispute b = second.find(Dispute.class, proposed.getId());
            a.settle(SECRETARY, null, T0.plusSeconds(900_000));
            first.getTransaction().commit();
            b.refer(new Actor("dabir2", Role.SECRETARIAT), "به جلسه کارگروه ارجاع شود.", T0.plusSeconds(900_001));
            RollbackException e = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertTrue(e.getCause() instanceof OptimisticLockException, () -> "an optimistic lock failure: " + e);
            db.read(em -> {
                Dispute stored = new JpaDisputeRepository(em).byId(proposed.getId()).orElseThrow();
                assertEquals(DisputeStatus.SETTLED, stored.getStatus());
                assertFalse(stored.timeline(EnumSet.allOf(Visibility.class)).stream()
                        .anyMatch(x -> x.getAction() == DisputeAction.REFER), "the loser wrote nothing");
                return null;
            });
        } finally {
            Dispute now = db.read(em -> new JpaDisputeRepository(em).byId(proposed.getId()).orElseThrow());
            made.replaceAll(d -> d.getId().equals(now.getId()) ? now : d);
            for (EntityManager em : List.of(first, second)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    @Test
    void aLiaisonStatesTheAgencysCase() {
        Dispute open = made.stream().filter(d -> d.getStatus() == DisputeStatus.OPEN).findFirst().orElseThrow();
        db.run(em -> {
            Dispute d = em.find(Dispute.class, open.getId());
            d.agencyStatement(LIAISON, d.getAgency(), "پست بانک کارمزدها را طبق قرارداد پرداخت کرده است.", List.of(),
                    T0.plusSeconds(800_000));
        });
        Dispute stored = db.read(em -> {
            Dispute d = new JpaDisputeRepository(em).byId(open.getId()).orElseThrow();
            d.timeline(EnumSet.allOf(Visibility.class));
            return d;
        });
        assertEquals(DisputeAction.AGENCY_STATEMENT,
                stored.timeline(EnumSet.allOf(Visibility.class)).get(1).getAction());
        made.replaceAll(d -> d.getId().equals(stored.getId()) ? stored : d);
    }
}
