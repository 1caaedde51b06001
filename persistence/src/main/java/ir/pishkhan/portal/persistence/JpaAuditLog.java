package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.audit.AuditChain;
import ir.pishkhan.portal.domain.audit.AuditChainHead;
import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditFilter;
import ir.pishkhan.portal.domain.audit.AuditLog;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/**
 * The audit log and its hash chain. An entry is linked under the lock of the chain's head row ({@code SELECT …
 * FOR UPDATE}, on H2 and PostgreSQL alike), held until the writer's transaction ends: concurrent writers on any
 * instance link one after another, and a rolled-back writer leaves neither its entry nor a moved head.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    /** How many entries the check reads at a time. */
    static final int CHECK_BATCH = 500;

    private static final Map<String, String> SORTABLE = Map.of();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaAuditLog() {
    }

    public JpaAuditLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(AuditEntry entry) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("the audit chain's head row is missing (migration V15_1)");
        }
        head.append(entry);
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> of(String entityType, long entityId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :i ORDER BY e.at, e.chainSeq",
                        AuditEntry.class)
                .setParameter("t", entityType).setParameter("i", entityId).setMaxResults(1000).getResultList();
    }

    @Override
    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        String actor = filter.actor() == null || filter.actor().isBlank() ? null : filter.actor().strip().toLowerCase(java.util.Locale.ROOT);
        String action = filter.action() == null || filter.action().isBlank() ? null : filter.action();
        return new JpqlFilter().equal("e.action", "action", action).equal("e.actor", "actor", actor)
                .atLeast("e.at", "from", filter.from()).before("e.at", "to", filter.to())
                .page(em, AuditEntry.class, "e", page, SORTABLE, "e.chainSeq DESC");
    }

    @Override
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action", String.class)
                .setMaxResults(200).getResultList();
    }

    @Override
    public AuditChain.Check check() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        em.refresh(head);
        long headSeq = head.getLastSeq();
        String headHash = head.getLastHash();
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                            "SELECT e FROM AuditEntry e WHERE e.chainSeq > :after AND e.chainSeq <= :head ORDER BY e.chainSeq",
                            AuditEntry.class)
                    .setParameter("after", after).setParameter("head", headSeq)
                    .setHint("eclipselink.refresh", "true")
                    .setMaxResults(CHECK_BATCH).getResultList();
            for (AuditEntry e : batch) {
                if (!verifier.accept(e)) {
                    return verifier.end(headSeq, headHash);
                }
                after = e.getChainSeq();
            }
            em.clear();
            if (batch.size() < CHECK_BATCH) {
                return verifier.end(headSeq, headHash);
            }
        }
    }
}
