package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeFilter;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.shared.PersianText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOfficeRepository implements OfficeRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "licenceNumber", "o.licenceNumber", "nameFa", "o.nameFa", "countyFa", "o.countyFa",
            "kind", "o.kind", "status", "o.status");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaOfficeRepository() {
    }

    public JpaOfficeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Office> byId(long id) {
        return Optional.ofNullable(em.find(Office.class, id));
    }

    @Override
    public Optional<Office> byLicence(String licenceNumber) {
        return em.createQuery("SELECT o FROM Office o WHERE o.licenceNumber = :l", Office.class)
                .setParameter("l", PersianText.toAsciiDigits(licenceNumber).trim()).getResultStream().findFirst();
    }

    @Override
    public Page<Office> search(OfficeFilter filter, PageRequest page) {
        return new JpqlFilter().words("o.searchKey", filter.text())
                .equal("o.kind", "kind", filter.kind())
                .equal("o.status", "status", filter.status())
                .page(em, Office.class, "o", page, SORTABLE, "o.nameFa, o.id");
    }

    @Override
    public List<Office> suggest(String text, int max) {
        JpqlFilter filter = new JpqlFilter().words("o.searchKey", text);
        return filter.bind(em.createQuery("SELECT o FROM Office o" + filter.where() + " ORDER BY o.nameFa, o.id", Office.class))
                .setMaxResults(Math.min(max, 50)).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Office o", Long.class).getSingleResult();
    }

    @Override
    public List<String> counties() {
        return em.createQuery("SELECT DISTINCT o.countyFa FROM Office o ORDER BY o.countyFa", String.class).getResultList();
    }

    @Override
    public void store(Office office) {
        if (office.getId() == null) {
            em.persist(office);
        }
    }
}
