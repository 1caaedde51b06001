package ir.pishkhan.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** The one repository. */
@ApplicationScoped
public class Items {
    @PersistenceContext
    private EntityManager em;

    public long count() {
        return em.createQuery("select count(i) from Item i", Long.class).getSingleResult();
    }

    @Transactional
    public long file(Filing filing) {
        em.persist(filing);
        em.flush();
        return filing.getId();
    }

    public List<Item> page(int first, int size) {
        return em.createQuery("select i from Item i order by i.id", Item.class).setFirstResult(first).setMaxResults(size)
                .getResultList();
    }
}
