package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeFile;
import ir.pishkhan.portal.domain.dispute.DisputeFilter;
import ir.pishkhan.portal.domain.dispute.DisputeRepository;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Disputes. The lists are paged by key in SQL of their own (the same on H2 and PostgreSQL), as the other workflows'
 * are: the ids of one page by an index seek on (sort key, id), then those rows read with their agency; an office's
 * list through the offices in dispute. The search box finds a tracking number, or words (folded, in any of their
 * spellings) in the matter and the parties' names. Counting stops at a cap.
 */
@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaDisputeRepository() {
    }

    public JpaDisputeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Dispute> byId(long id) {
        return Optional.ofNullable(em.find(Dispute.class, id));
    }

    @Override
    public List<Dispute> ofResolution(long resolutionId) {
        return em.createQuery("SELECT d FROM Dispute d WHERE d.resolution.id = :r ORDER BY d.id", Dispute.class)
                .setParameter("r", resolutionId).getResultList();
    }

    @Override
    public Optional<DisputeFile> file(long fileId) {
        return Optional.ofNullable(em.find(DisputeFile.class, fileId));
    }

    /** No office files a dispute: the secretariat opens it. */
    @Override
    public Optional<Dispute> bySubmissionKey(long officeId, String submissionKey) {
        return Optional.empty();
    }

    @Override
    public void store(Dispute dispute) {
        if (dispute.getId() == null) {
            em.persist(dispute);
        }
    }

    @Override
    public long countUpTo(DisputeFilter filter, long cap) {
        return KeysetQuery.countUpTo(em, "dispute", "d", where(filter), cap);
    }

    @Override
    public Keyset.Page<Dispute> page(DisputeFilter filter, Keyset.Request request) {
        return KeysetQuery.page(em, "dispute", "d", where(filter), request, this::load, JpaDisputeRepository::cursor);
    }

    private List<Dispute> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Dispute> byId = em.createQuery("SELECT d FROM Dispute d JOIN FETCH d.agency"
                        + " JOIN FETCH d.resolution r JOIN FETCH r.meeting WHERE d.id IN :ids", Dispute.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Dispute::getId, d -> d));
        List<Dispute> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Dispute d = byId.get(id);
            if (d != null) {
                // the list shows the offices in dispute: read here, while the entity manager is open
                d.getOffices().size();
                ordered.add(d);
            }
        }
        return ordered;
    }

    private static Keyset.Cursor cursor(ListOrder sort, Dispute d) {
        String key = sort == ListOrder.FILED_NEWEST ? d.getFiledAt().toString() : d.getDueSort().toString();
        return new Keyset.Cursor(key, d.getId());
    }

    private static NativeWhere where(DisputeFilter f) {
        NativeWhere sql = new NativeWhere();
        if (!f.statuses().isEmpty()) {
            sql.in("d.status", f.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (f.agencyId() != null) {
            sql.condition("d.agency_id = ?", f.agencyId());
        }
        if (f.officeId() != null) {
            sql.condition("EXISTS (SELECT 1 FROM dispute_office x WHERE x.dispute_id = d.id AND x.office_id = ?)",
                    f.officeId());
        }
        sql.search("d", Dispute.trackingNumber(f.text()), f.text());
        return sql;
    }
}
