package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "nameFa", "a.nameFa", "nameEn", "a.nameEn", "kind", "a.kind", "code", "a.code");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaAgencyRepository() {
    }

    public JpaAgencyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Agency> byId(long id) {
        return Optional.ofNullable(em.find(Agency.class, id));
    }

    @Override
    public Optional<Agency> byCode(String code) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.code = :c", Agency.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public Page<Agency> search(String text, AgencyKind kind, PageRequest page) {
        return new JpqlFilter().words("a.searchKey", text).equal("a.kind", "kind", kind)
                .page(em, Agency.class, "a", page, SORTABLE, "a.nameFa, a.id");
    }

    @Override
    public List<Agency> choices() {
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.nameFa", Agency.class).setMaxResults(1000).getResultList();
    }

    @Override
    public void store(Agency agency) {
        if (agency.getId() == null) {
            em.persist(agency);
        }
    }
}
