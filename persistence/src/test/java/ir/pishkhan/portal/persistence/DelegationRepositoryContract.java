package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.contract.BankContract;
import ir.pishkhan.portal.domain.delegation.AgencyDelegation;
import ir.pishkhan.portal.domain.delegation.Authorisation;
import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.delegation.DelegationStep;
import ir.pishkhan.portal.domain.delegation.OfficeSelection;
import ir.pishkhan.portal.domain.delegation.RegisterChange;
import ir.pishkhan.portal.domain.delegation.Selectivity;
import ir.pishkhan.portal.domain.delegation.ServiceCoverage;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.domain.delegation.ServiceScope;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeName;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services' catalogue and their delegation, and the banks' contracts: a grant to a county's offices of one kind
 * and to one office, written set-wise, only to active offices of the service's scope and never twice; a withdrawal
 * that ends (never deletes); the coverage GROUP BY read through the domain's rule; the offices left out, and the
 * services an office is left out of; the timeline; the contracts' coverage through the same query. Runs on every
 * {@link TestDatabase}.
 */
abstract class DelegationRepositoryContract {

    private static final Actor LIAISON = new Actor("liaison.postbank", Role.AGENCY_LIAISON);
    private static final Instant T0 = Instant.parse("2026-11-01T06:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final String A = "الف‌آباد";
    private static final String B = "بیدستان";

    private final TestDatabase database;
    private TestDatabase.Shared db;
    private long postBank;
    private long telecom;
    private Map<String, Long> offices;

    protected DelegationRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    /**
     * County A: 3 active urban (u1 u2 u3), 2 active rural (r1 r2), 1 suspended urban (s1); county B: 1 urban, 1 rural,
     * all active.
     */
    @BeforeEach
    void setUp() {
        db = database.shared();
        remove();
        db.sql("DELETE FROM user_account", "DELETE FROM office");
        offices = db.inTransaction(em -> {
            JpaOfficeRepository repo = new JpaOfficeRepository(em);
            Object[][] made = {
                    {"u1", "14-71-3001", OfficeKind.URBAN, A, LicenceStatus.ACTIVE},
                    {"u2", "14-71-3002", OfficeKind.URBAN, A, LicenceStatus.ACTIVE},
                    {"u3", "14-71-3003", OfficeKind.URBAN, A, LicenceStatus.ACTIVE},
                    {"r1", "14-72-3004", OfficeKind.RURAL, A, LicenceStatus.ACTIVE},
                    {"r2", "14-72-3005", OfficeKind.RURAL, A, LicenceStatus.ACTIVE},
                    {"s1", "14-71-3006", OfficeKind.URBAN, A, LicenceStatus.SUSPENDED},
                    {"bu", "14-71-3007", OfficeKind.URBAN, B, LicenceStatus.ACTIVE},
                    {"br", "14-72-3008", OfficeKind.RURAL, B, LicenceStatus.ACTIVE}};
            java.util.HashMap<String, Office> out = new java.util.HashMap<>();
            for (Object[] o : made) {
                Office office = new Office((String) o[1], "دفتر " + o[0], "Office " + o[0], (OfficeKind) o[2],
                        (String) o[3], null, null, (LicenceStatus) o[4]);
                repo.store(office);
                out.put((String) o[0], office);
            }
            em.flush();
            return out.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getId()));
        });
        postBank = agency("post-bank");
        telecom = agency("telecom");
    }

    private long agency(String code) {
        return db.read(em -> new JpaAgencyRepository(em).byCode(code)).orElseThrow().getId();
    }

    @AfterEach
    void remove() {
        TestDatabase.Shared shared = database.shared();
        List<Long> contents = shared.read(em -> em.createQuery("SELECT c.content.id FROM BankContract c", Long.class)
                .getResultList());
        shared.sql("DELETE FROM register_change", "DELETE FROM authorisation", "DELETE FROM agency_service",
                "DELETE FROM bank_contract");
        for (Long id : contents) {
            shared.sql("DELETE FROM attachment_content WHERE id = " + id);
        }
    }

    private ServiceItem catalogue(long agencyId, String code, ServiceScope scope) {
        return db.inTransaction(em -> {
            Agency agency = em.find(Agency.class, agencyId);
            ServiceItem s = ServiceItem.catalogue(agency, code, "خدمت " + code, "Service " + code, scope, true, LIAISON, T0);
            new JpaDelegationRepository(em).store(s);
            return s;
        });
    }

    private int grant(ServiceItem s, OfficeSelection selection) {
        return db.inTransaction(em -> new JpaDelegationRepository(em)
                .grant(s, DelegationStep.checked(selection, DAY, "مصوبه ۱۹", DAY), LIAISON.username(), T0));
    }

    private int withdraw(ServiceItem s, OfficeSelection selection) {
        return db.inTransaction(em -> new JpaDelegationRepository(em)
                .withdraw(s, DelegationStep.checked(selection, DAY, "پایان قرارداد", DAY), LIAISON.username(), T0.plusSeconds(60)));
    }

    private Map<String, CountyCoverage> coverageOf(ServiceItem s) {
        Page<ServiceCoverage> page = db.read(em -> new JpaDelegationRepository(em).coverage(s.getAgency().getId(),
                PageRequest.first(50)));
        return page.items().stream().filter(c -> c.service().getId().equals(s.getId())).findFirst().orElseThrow()
                .counties().stream().collect(Collectors.toMap(CountyCoverage::countyFa, c -> c));
    }

    @Test
    void aGrantReachesTheActiveOfficesOfTheSelectionOnceAndTheCoverageSaysSelective() {
        ServiceItem s = catalogue(postBank, "PB-1", ServiceScope.BOTH);
        assertEquals(3, grant(s, OfficeSelection.of(A, OfficeKind.URBAN)), "the suspended office is not granted");
        assertEquals(0, grant(s, OfficeSelection.of(A, OfficeKind.URBAN)), "nothing twice");
        Map<String, CountyCoverage> c = coverageOf(s);
        assertEquals(2, c.size());
        assertEquals(5, c.get(A).eligible());
        assertEquals(3, c.get(A).covered());
        assertEquals(Selectivity.URBAN_ONLY, c.get(A).selectivity());
        assertEquals(Selectivity.NONE, c.get(B).selectivity());
        Map<String, List<OfficeName>> leftOut = leftOutOf(s, c.values(), 10);
        assertEquals(List.of("دفتر r1", "دفتر r2"), leftOut.get(A).stream().map(OfficeName::nameFa).toList());
        assertEquals(List.of("دفتر br", "دفتر bu"), leftOut.get(B).stream().map(OfficeName::nameFa).toList(),
                "every active office of a county with none");
        assertEquals(List.of("دفتر r1"), leftOutOf(s, c.values(), 1).get(A).stream().map(OfficeName::nameFa).toList(),
                "the first by name only");
        assertEquals(List.of(A), List.copyOf(leftOutOf(s, List.of(c.get(A)), 10).keySet()), "only the rows asked for");

        assertEquals(1, grant(s, OfficeSelection.office(offices.get("r1"))));
        assertEquals(Selectivity.PARTIAL, coverageOf(s).get(A).selectivity());
        Office r2 = db.read(em -> em.find(Office.class, offices.get("r2")));
        Office u1 = db.read(em -> em.find(Office.class, offices.get("u1")));
        assertEquals(List.of("PB-1"), db.read(em -> new JpaDelegationRepository(em).leftOutOf(r2, 10))
                .stream().map(ServiceItem::getCode).toList());
        assertTrue(db.read(em -> new JpaDelegationRepository(em).leftOutOf(u1, 10)).isEmpty());

        assertEquals(1, grant(s, OfficeSelection.of(A, OfficeKind.RURAL)));
        assertEquals(Selectivity.ALL, coverageOf(s).get(A).selectivity());
        assertEquals(1, db.read(em -> new JpaDelegationRepository(em).authorisedFor(offices.get("r2"), PageRequest.first(10))).total());
    }

    private Map<String, List<OfficeName>> leftOutOf(ServiceItem s, java.util.Collection<CountyCoverage> rows, int max) {
        return db.read(em -> new JpaDelegationRepository(em).leftOut(List.copyOf(rows), max)).getOrDefault(s.getId(), Map.of());
    }

    @Test
    void aServiceForUrbanOfficesIsNotGrantedToRuralOnesNorCountsThem() {
        ServiceItem s = catalogue(postBank, "PB-U", ServiceScope.URBAN);
        assertEquals(4, grant(s, OfficeSelection.of(null, OfficeKind.URBAN)), "every active urban office, A's and B's");
        assertEquals(0, grant(s, OfficeSelection.of(B, null)), "B's rural office is not meant for it");
        assertEquals(0, grant(s, OfficeSelection.office(offices.get("r1"))));
        Map<String, CountyCoverage> c = coverageOf(s);
        assertEquals(Selectivity.ALL, c.get(A).selectivity());
        assertEquals(Selectivity.ALL, c.get(B).selectivity());
        assertEquals(Map.of(), leftOutOf(s, c.values(), 10), "no rural office is left out of an urban service");
        assertEquals(1, withdraw(s, OfficeSelection.office(offices.get("u1"))));
        assertEquals(List.of("دفتر u1"), leftOutOf(s, c.values(), 10).get(A).stream().map(OfficeName::nameFa).toList(),
                "the urban office withdrawn, and no rural one");
    }

    @Test
    void aWithdrawalEndsAndKeepsTheHistoryAndAGrantAfterItStartsAnew() {
        ServiceItem s = catalogue(postBank, "PB-2", ServiceScope.BOTH);
        grant(s, OfficeSelection.of(A, null));
        assertEquals(2, withdraw(s, OfficeSelection.of(A, OfficeKind.RURAL)));
        assertEquals(0, withdraw(s, OfficeSelection.of(A, OfficeKind.RURAL)));
        Page<Authorisation> all = db.read(em -> new JpaDelegationRepository(em).authorisations(s.getId(), null, false,
                PageRequest.first(50)));
        assertEquals(5, all.total());
        assertEquals(3, all.items().stream().filter(Authorisation::isInForce).count());
        Authorisation ended = all.items().stream().filter(a -> !a.isInForce()).findFirst().orElseThrow();
        assertEquals("پایان قرارداد", ended.getWithdrawnBasis());
        assertEquals(DAY, ended.getWithdrawnOn());
        assertEquals(LIAISON.username(), ended.getWithdrawnBy());
        assertEquals(3, db.read(em -> new JpaDelegationRepository(em).authorisations(s.getId(), null, true,
                PageRequest.first(50))).total());
        // searched with the portal's folding: Persian digits find Latin ones
        assertEquals(1, db.read(em -> new JpaDelegationRepository(em).authorisations(s.getId(), "دفتر u۱", false,
                PageRequest.first(50))).total());

        assertEquals(2, grant(s, OfficeSelection.of(A, OfficeKind.RURAL)), "granted again after the withdrawal");
        assertEquals(7, db.read(em -> new JpaDelegationRepository(em).authorisations(s.getId(), null, false,
                PageRequest.first(50))).total());
    }

    @Test
    void theDatabaseRefusesASecondAuthorisationInForceAndASecondCode() {
        ServiceItem s = catalogue(postBank, "PB-3", ServiceScope.BOTH);
        grant(s, OfficeSelection.office(offices.get("u1")));
        assertThrows(PersistenceException.class, () -> db.run(em -> em.createNativeQuery(
                "INSERT INTO authorisation (service_id, office_id, since, basis, granted_by, granted_at, ended_key)"
                        + " SELECT service_id, office_id, since, basis, granted_by, granted_at, 0 FROM authorisation")
                .executeUpdate()));
        assertThrows(PersistenceException.class, () -> catalogue(postBank, "PB-3", ServiceScope.URBAN));
        catalogue(telecom, "PB-3", ServiceScope.URBAN);
    }

    @Test
    void servicesAreListedPerAgencySearchedAndTheTimelineIsNewestFirst() {
        ServiceItem s = catalogue(postBank, "PB-10", ServiceScope.BOTH);
        catalogue(postBank, "PB-11", ServiceScope.RURAL);
        catalogue(telecom, "TC-1", ServiceScope.BOTH);
        assertEquals(2, db.read(em -> new JpaDelegationRepository(em).services(postBank, null, PageRequest.first(10))).total());
        assertEquals(3, db.read(em -> new JpaDelegationRepository(em).services(null, null, PageRequest.first(10))).total());
        assertEquals(List.of("PB-11"), db.read(em -> new JpaDelegationRepository(em).services(postBank, "pb-۱۱",
                PageRequest.first(10))).items().stream().map(ServiceItem::getCode).toList());
        assertEquals("PB-10", db.read(em -> new JpaDelegationRepository(em).service(postBank, "PB-10")).orElseThrow().getCode());

        db.run(em -> {
            JpaDelegationRepository repo = new JpaDelegationRepository(em);
            repo.record(new RegisterChange(RegisterChange.Subject.SERVICE, s.getId(), RegisterChange.What.CATALOGUED,
                    LIAISON, T0, null, 0, null, null));
            repo.record(new RegisterChange(RegisterChange.Subject.SERVICE, s.getId(), RegisterChange.What.GRANTED,
                    LIAISON, T0.plusSeconds(5), OfficeSelection.of(A, OfficeKind.URBAN), 3, DAY, "مصوبه ۱۹"));
        });
        List<RegisterChange> timeline = db.read(em -> new JpaDelegationRepository(em).timeline(RegisterChange.Subject.SERVICE,
                s.getId(), 10));
        assertEquals(List.of(RegisterChange.What.GRANTED, RegisterChange.What.CATALOGUED),
                timeline.stream().map(RegisterChange::getWhat).toList());
        assertEquals(A, timeline.get(0).getCounty());
        assertEquals(OfficeKind.URBAN, timeline.get(0).getOfficeKind());
        assertEquals(3, timeline.get(0).getOffices());

        grant(s, OfficeSelection.office(offices.get("u1")));
        AgencyDelegation pb = db.read(em -> new JpaDelegationRepository(em).agencies()).stream()
                .filter(a -> a.agencyId() == postBank).findFirst().orElseThrow();
        assertEquals(2, pb.services());
        assertEquals(1, pb.servicesDelegated(), "one of its two services is delegated");
    }

    @Test
    void aBanksContractsAreCountedPerCountyByTheSameRule() {
        byte[] pdf = "%PDF-1.4 signed".getBytes(StandardCharsets.US_ASCII);
        db.run(em -> {
            JpaContractRepository repo = new JpaContractRepository(em);
            Agency bank = em.find(Agency.class, postBank);
            for (String o : List.of("u1", "bu", "br")) {
                repo.store(BankContract.signed(bank, em.find(Office.class, offices.get(o)), DAY, "ق-" + o,
                        EvidenceFile.of("contract.pdf", pdf), LIAISON, T0, DAY));
            }
        });
        Map<String, CountyCoverage> c = db.read(em -> new JpaContractRepository(em).coverage(postBank)).stream()
                .collect(Collectors.toMap(CountyCoverage::countyFa, x -> x));
        assertEquals(Selectivity.PARTIAL, c.get(A).selectivity());
        assertEquals(1, c.get(A).covered());
        assertEquals(5, c.get(A).eligible());
        assertEquals(Selectivity.ALL, c.get(B).selectivity());
        assertEquals(3, db.read(em -> new JpaContractRepository(em).contracts(postBank, null, PageRequest.first(10))).total());

        db.run(em -> {
            BankContract u1 = new JpaContractRepository(em).inForce(postBank, offices.get("u1")).orElseThrow();
            u1.end(LIAISON, T0.plusSeconds(60));
        });
        assertFalse(db.read(em -> new JpaContractRepository(em).inForce(postBank, offices.get("u1"))).isPresent());
        assertEquals(Selectivity.NONE, db.read(em -> new JpaContractRepository(em).coverage(postBank)).stream()
                .filter(x -> x.countyFa().equals(A)).findFirst().orElseThrow().selectivity());
        assertEquals(3, db.read(em -> new JpaContractRepository(em).contracts(postBank, null, PageRequest.first(10))).total());
        // a new contract after the ended one
        db.run(em -> new JpaContractRepository(em).store(BankContract.signed(em.find(Agency.class, postBank),
                em.find(Office.class, offices.get("u1")), DAY, null, EvidenceFile.of("c.png", png()), LIAISON, T0, DAY)));
        assertTrue(db.read(em -> new JpaContractRepository(em).inForce(postBank, offices.get("u1"))).isPresent());
    }

    private static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    }
}
