package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.complaint.Attachment;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintRepository;
import ir.pishkhan.portal.domain.complaint.ComplaintSort;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.complaint.Keyset;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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
    public void store(Complaint complaint) {
        if (complaint.getId() == null) {
            em.persist(complaint);
        }
    }

    @Override
    public long countUpTo(ComplaintFilter filter, long cap) {
        NativeWhere sql = where(filter);
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM complaint c" + sql.where()
                + " LIMIT " + Math.max(1, cap) + ") capped");
        sql.bind(q);
        return ((Number) q.getSingleResult()).longValue();
    }

    @Override
    public Keyset.Page<Complaint> page(ComplaintFilter filter, Keyset.Request request) {
        NativeWhere sql = where(filter);
        String keyColumn = request.sort() == ComplaintSort.FILED_NEWEST ? "c.filed_at" : "c.due_sort";
        // FILED_NEWEST runs descending, DEADLINE_EARLIEST ascending; BEFORE and LAST read the other way round.
        boolean naturalDescending = request.sort() == ComplaintSort.FILED_NEWEST;
        boolean reversed = request.direction() == Keyset.Direction.BEFORE || request.direction() == Keyset.Direction.LAST;
        boolean descending = naturalDescending != reversed;
        if (request.cursor() != null && (request.direction() == Keyset.Direction.AFTER
                || request.direction() == Keyset.Direction.BEFORE)) {
            sql.condition("(" + keyColumn + ", c.id) " + (descending ? "<" : ">") + " (?, ?)",
                    keyValue(request.sort(), request.cursor().key()), request.cursor().id());
        }
        String order = descending ? " DESC" : " ASC";
        Query q = em.createNativeQuery("SELECT c.id FROM complaint c" + sql.where() + " ORDER BY " + keyColumn + order
                + ", c.id" + order + " LIMIT " + (request.size() + 1));
        sql.bind(q);
        List<Long> ids = new ArrayList<>();
        for (Object row : q.getResultList()) {
            ids.add(((Number) row).longValue());
        }
        boolean more = ids.size() > request.size();
        if (more) {
            ids.remove(ids.size() - 1);
        }
        if (reversed) {
            Collections.reverse(ids);
        }
        List<Complaint> items = load(ids);
        if (items.isEmpty()) {
            return new Keyset.Page<>(items, null, null, false, false);
        }
        boolean hasPrevious;
        boolean hasNext;
        switch (request.direction()) {
            case FIRST -> { hasPrevious = false; hasNext = more; }
            case AFTER -> { hasPrevious = true; hasNext = more; }
            case BEFORE -> { hasPrevious = more; hasNext = true; }
            default -> { hasPrevious = more; hasNext = false; }
        }
        return new Keyset.Page<>(items, cursor(request.sort(), items.get(0)), cursor(request.sort(), items.get(items.size() - 1)),
                hasPrevious, hasNext);
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

    private static Keyset.Cursor cursor(ComplaintSort sort, Complaint c) {
        String key = sort == ComplaintSort.FILED_NEWEST ? c.getFiledAt().toString()
                : (c.getDeadline() == null ? Complaint.NO_DEADLINE : c.getDeadline()).toString();
        return new Keyset.Cursor(key, c.getId());
    }

    private static Object keyValue(ComplaintSort sort, String key) {
        return sort == ComplaintSort.FILED_NEWEST ? Instant.parse(key).atOffset(ZoneOffset.UTC) : LocalDate.parse(key);
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
        if (f.text() != null && !f.text().isBlank()) {
            Optional<Long> tracking = Complaint.idOfTrackingNumber(f.text());
            if (tracking.isPresent()) {
                sql.condition("c.id = ?", tracking.get());
            } else {
                String[] words = PersianText.normalize(f.text()).split(" ");
                for (int i = 0; i < words.length && i < 8; i++) {
                    if (!words[i].isEmpty()) {
                        sql.condition("c.search_key LIKE ? ESCAPE '\\'", "%" + JpqlFilter.escapeLike(words[i]) + "%");
                    }
                }
            }
        }
        return sql;
    }

}
