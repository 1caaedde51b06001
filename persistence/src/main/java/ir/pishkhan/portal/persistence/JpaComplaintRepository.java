package ir.pishkhan.portal.persistence;


import ir.pishkhan.portal.domain.complaint.Attachment;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.ComplaintRepository;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.workflow.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Complaints. The lists are paged by key in SQL of their own (the same on H2 and PostgreSQL): the ids of one
 * page are found with an index seek on (sort key, id), then those rows are read with their office and agency.
 * Counting stops at a cap, so that no list ever counts the whole table.
 */
@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaComplaintRepository() {
    }

    public JpaComplaintRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Complaint> byId(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    @Override
    public Optional<Complaint> bySubmissionKey(long officeId, String submissionKey) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.office.id = :o AND c.submissionKey = :k", Complaint.class)
                .setParameter("o", officeId).setParameter("k", submissionKey).getResultStream().findFirst();
    }

    @Override
    public Optional<Attachment> attachment(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public List<Complaint> upheldAgainstAgency(long agencyId, Instant since, int max) {
        return em.createQuery("SELECT c FROM Complaint c JOIN FETCH c.office WHERE c.agency.id = :a AND c.status = :s"
                        + " AND c.filedAt >= :since ORDER BY c.filedAt DESC, c.id DESC", Complaint.class)
                .setParameter("a", agencyId).setParameter("s", ComplaintStatus.RESOLVED).setParameter("since", since)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countUpheldAgainstAgency(long agencyId, Instant since) {
        return em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.agency.id = :a AND c.status = :s"
                        + " AND c.filedAt >= :since", Long.class)
                .setParameter("a", agencyId).setParameter("s", ComplaintStatus.RESOLVED).setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public List<Complaint> upheldAgainstOfficial(String officialKey, Instant since, int max) {
        if (officialKey == null) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Complaint c JOIN FETCH c.office JOIN FETCH c.agency WHERE c.officialKey = :k"
                        + " AND c.status = :s AND c.filedAt >= :since ORDER BY c.filedAt DESC, c.id DESC", Complaint.class)
                .setParameter("k", officialKey).setParameter("s", ComplaintStatus.RESOLVED).setParameter("since", since)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countUpheldAgainstOfficial(String officialKey, Instant since) {
        if (officialKey == null) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.officialKey = :k AND c.status = :s"
                        + " AND c.filedAt >= :since", Long.class)
                .setParameter("k", officialKey).setParameter("s", ComplaintStatus.RESOLVED).setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public List<Complaint> filedAround(long agencyId, ComplaintKind kind, Instant from, Instant to, int max) {
        return em.createQuery("SELECT c FROM Complaint c JOIN FETCH c.office WHERE c.agency.id = :a AND c.kind = :k"
                        + " AND c.filedAt >= :from AND c.filedAt <= :to ORDER BY c.filedAt DESC, c.id DESC", Complaint.class)
                .setParameter("a", agencyId).setParameter("k", kind).setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void store(Complaint complaint) {
        if (complaint.getId() == null) {
            em.persist(complaint);
        }
    }

    @Override
    public long countUpTo(ComplaintFilter filter, long cap) {
        return KeysetQuery.countUpTo(em, "complaint", "c", where(filter), cap);
    }

    @Override
    public Keyset.Page<Complaint> page(ComplaintFilter filter, Keyset.Request request) {
        return KeysetQuery.page(em, "complaint", "c", where(filter), request, this::load, JpaComplaintRepository::cursor);
    }

    private List<Complaint> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Complaint> byId = em.createQuery(
                        "SELECT c FROM Complaint c JOIN FETCH c.office JOIN FETCH c.agency WHERE c.id IN :ids", Complaint.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Complaint::getId, c -> c));
        List<Complaint> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Complaint c = byId.get(id);
            if (c != null) {
                ordered.add(c);
            }
        }
        return ordered;
    }

    private static Keyset.Cursor cursor(ListOrder sort, Complaint c) {
        String key = sort == ListOrder.FILED_NEWEST ? c.getFiledAt().toString()
                : (c.getDeadline() == null ? Complaint.NO_DEADLINE : c.getDeadline()).toString();
        return new Keyset.Cursor(key, c.getId());
    }


    private static NativeWhere where(ComplaintFilter f) {
        NativeWhere sql = new NativeWhere();
        if (!f.statuses().isEmpty()) {
            sql.in("c.status", f.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (f.agencyId() != null) {
            sql.condition("c.agency_id = ?", f.agencyId());
        }
        if (f.officeId() != null) {
            sql.condition("c.office_id = ?", f.officeId());
        }
        if (f.kind() != null) {
            sql.condition("c.kind = ?", f.kind().name());
        }
        if (f.resolutionId() != null) {
            sql.condition("EXISTS (SELECT 1 FROM complaint_resolution cr WHERE cr.complaint_id = c.id AND cr.resolution_id = ?)",
                    f.resolutionId());
        }
        if (f.forwardedOnly()) {
            sql.condition("c.forwarded_at IS NOT NULL");
        }
        if (f.overdueOnly()) {
            sql.condition("c.due_sort < ?", f.today());
            sql.in("c.status", Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen).map(Enum::name).toList());
        }
        if (f.filedFrom() != null) {
            sql.condition("c.filed_at >= ?", NativeWhere.startOf(f.filedFrom()));
        }
        if (f.filedTo() != null) {
            sql.condition("c.filed_at < ?", NativeWhere.startOf(f.filedTo().plusDays(1)));
        }
        sql.search("c", Complaint.trackingNumber(f.text()), f.text());
        return sql;
    }


    @Override
    public List<Complaint> pastDeadline(ComplaintStatus status, LocalDate today, LocalDate afterDeadline, long afterId, int max) {
        return PastDeadline.batch(em, Complaint.class, status, today, afterDeadline, afterId, max);
    }
}
