package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.tariff.Tariff;
import ir.pishkhan.portal.domain.tariff.TariffRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaTariffRepository implements TariffRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "serviceFa", "t.serviceFa", "rials", "t.rials", "effectiveFrom", "t.effectiveFrom");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaTariffRepository() {
    }

    public JpaTariffRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Tariff> history(String serviceCode) {
        return em.createQuery("SELECT t FROM Tariff t WHERE t.serviceCode = :c ORDER BY t.effectiveFrom, t.id",
                Tariff.class).setParameter("c", serviceCode).getResultList();
    }

    @Override
    public Page<Tariff> on(LocalDate day, String text, PageRequest page) {
        return new JpqlFilter().words("t.searchKey", text)
                .condition("t.effectiveFrom <= :day AND (t.effectiveTo IS NULL OR t.effectiveTo >= :day)", "day", day)
                .page(em, Tariff.class, "t", page, SORTABLE, "t.serviceCode, t.id");
    }

    @Override
    public void store(Tariff tariff) {
        if (tariff.getId() == null) {
            em.persist(tariff);
        }
    }
}
