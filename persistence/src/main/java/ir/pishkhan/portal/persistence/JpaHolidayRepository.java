package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.calendar.Holiday;
import ir.pishkhan.portal.domain.calendar.HolidayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaHolidayRepository implements HolidayRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaHolidayRepository() {
    }

    public JpaHolidayRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Holiday> ofYear(int jalaliYear) {
        return em.createQuery("SELECT h FROM Holiday h WHERE h.jalaliYear = :y ORDER BY h.day", Holiday.class)
                .setParameter("y", jalaliYear).getResultList();
    }

    @Override
    public void store(Holiday holiday) {
        if (holiday.getId() == null) {
            em.persist(holiday);
        }
    }

    @Override
    public void remove(Holiday holiday) {
        if (holiday.getId() != null) {
            em.remove(em.contains(holiday) ? holiday : em.merge(holiday));
        }
    }
}
