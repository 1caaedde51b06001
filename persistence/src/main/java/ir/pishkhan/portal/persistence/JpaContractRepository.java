package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.contract.BankContract;
import ir.pishkhan.portal.domain.contract.ContractRepository;
import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.delegation.ServiceScope;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaContractRepository implements ContractRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "office", "c.office.nameFa", "county", "c.office.countyFa", "signedOn", "c.signedOn");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaContractRepository() {
    }

    public JpaContractRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<BankContract> byId(long id) {
        return Optional.ofNullable(em.find(BankContract.class, id));
    }

    @Override
    public Optional<BankContract> inForce(long agencyId, long officeId) {
        return em.createQuery("SELECT c FROM BankContract c WHERE c.agency.id = :a AND c.office.id = :o"
                        + " AND c.endedKey = 0", BankContract.class)
                .setParameter("a", agencyId).setParameter("o", officeId).getResultStream().findFirst();
    }

    @Override
    public void store(BankContract contract) {
        if (contract.getId() == null) {
            em.persist(contract);
        }
        em.flush();
    }

    @Override
    public Page<BankContract> contracts(long agencyId, String text, PageRequest page) {
        return new JpqlFilter().equal("c.agency.id", "agency", agencyId).words("c.office.searchKey", text)
                .page(em, BankContract.class, "c", page, SORTABLE, "c.endedKey, c.office.countyFa, c.office.nameFa, c.id");
    }

    /** A contract is for every office, urban or rural: the scope of a bank's coverage is {@link ServiceScope#BOTH}. */
    @Override
    public List<CountyCoverage> coverage(long agencyId) {
        return CoverageQuery.run(em, "agency g", "g", "bank_contract", "agency_id", "g.id = ?1", List.of(agencyId),
                id -> ServiceScope.BOTH);
    }
}
