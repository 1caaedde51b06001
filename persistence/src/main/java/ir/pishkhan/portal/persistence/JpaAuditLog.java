package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaAuditLog() {
    }

    public JpaAuditLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> of(String entityType, long entityId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :i ORDER BY e.at, e.id",
                        AuditEntry.class)
                .setParameter("t", entityType).setParameter("i", entityId).setMaxResults(1000).getResultList();
    }
}
