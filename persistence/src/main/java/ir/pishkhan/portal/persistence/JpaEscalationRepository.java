package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.escalation.Escalation;
import ir.pishkhan.portal.domain.escalation.EscalationRepository;
import ir.pishkhan.portal.domain.escalation.Rung;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaEscalationRepository implements EscalationRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaEscalationRepository() {
    }

    public JpaEscalationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void take(Escalation escalation) {
        em.persist(escalation);
        // now, not at commit: a rung another instance took first must fail before anybody is told of it
        em.flush();
    }

    @Override
    public Map<Long, Set<Rung>> taken(String workflow, Collection<Long> recordIds) {
        Map<Long, Set<Rung>> taken = new HashMap<>();
        if (recordIds.isEmpty()) {
            return taken;
        }
        List<Object[]> rows = em.createQuery("SELECT e.recordId, e.rung FROM Escalation e WHERE e.workflow = :w "
                        + "AND e.recordId IN :ids", Object[].class)
                .setParameter("w", workflow).setParameter("ids", List.copyOf(recordIds)).getResultList();
        for (Object[] row : rows) {
            taken.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Rung.class)).add((Rung) row[1]);
        }
        return taken;
    }

    @Override
    public List<Escalation> of(String workflow, long recordId) {
        return em.createQuery("SELECT e FROM Escalation e WHERE e.workflow = :w AND e.recordId = :id "
                        + "ORDER BY e.takenAt, e.id", Escalation.class)
                .setParameter("w", workflow).setParameter("id", recordId).getResultList();
    }

    @Override
    public int lastLetterNumber(int year) {
        Integer last = em.createQuery("SELECT MAX(e.letterNumber) FROM Escalation e WHERE e.letterYear = :y", Integer.class)
                .setParameter("y", year).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public Optional<Escalation> byId(long id) {
        return Optional.ofNullable(em.find(Escalation.class, id));
    }
}
