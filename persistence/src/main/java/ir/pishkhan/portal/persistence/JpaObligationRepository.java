package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationFile;
import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationRepository;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.workflow.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Obligations. The lists are paged by key in SQL of their own (the same on H2 and PostgreSQL), as the complaints and
 * line requests are: the ids of one page by an index seek on (sort key, id), then those rows read with their
 * resolution, meeting and agency. Counting stops at a cap.
 */
@ApplicationScoped
public class JpaObligationRepository implements ObligationRepository {

    // What is met is the domain's rule (ObligationStatus.isMet); here it only becomes SQL.
    private static final List<String> NOT_MET = Arrays.stream(ObligationStatus.values()).filter(s -> !s.isMet())
            .map(Enum::name).sorted().toList();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaObligationRepository() {
    }

    public JpaObligationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Obligation> byId(long id) {
        return Optional.ofNullable(em.find(Obligation.class, id));
    }

    @Override
    public Optional<Obligation> of(long resolutionId, long agencyId) {
        return em.createQuery("SELECT o FROM Obligation o WHERE o.resolution.id = :r AND o.agency.id = :a",
                        Obligation.class)
                .setParameter("r", resolutionId).setParameter("a", agencyId).getResultStream().findFirst();
    }

    @Override
    public Optional<ObligationFile> file(long fileId) {
        return Optional.ofNullable(em.find(ObligationFile.class, fileId));
    }

    /** No office files an obligation: a published resolution opens it. */
    @Override
    public Optional<Obligation> bySubmissionKey(long officeId, String submissionKey) {
        return Optional.empty();
    }

    @Override
    public void store(Obligation obligation) {
        if (obligation.getId() == null) {
            em.persist(obligation);
        }
    }

    @Override
    public long countUpTo(ObligationFilter filter, long cap) {
        return KeysetQuery.countUpTo(em, "obligation", "o", where(filter), cap);
    }

    @Override
    public Keyset.Page<Obligation> page(ObligationFilter filter, Keyset.Request request) {
        return KeysetQuery.page(em, "obligation", "o", where(filter), request, this::load, JpaObligationRepository::cursor);
    }

    private List<Obligation> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Obligation> byId = em.createQuery("SELECT o FROM Obligation o JOIN FETCH o.agency"
                        + " JOIN FETCH o.resolution r JOIN FETCH r.meeting WHERE o.id IN :ids", Obligation.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Obligation::getId, o -> o));
        List<Obligation> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Obligation o = byId.get(id);
            if (o != null) {
                ordered.add(o);
            }
        }
        return ordered;
    }

    private static Keyset.Cursor cursor(ListOrder sort, Obligation o) {
        String key = sort == ListOrder.FILED_NEWEST ? o.getFiledAt().toString()
                : (o.getDeadline() == null ? Obligation.NO_DEADLINE : o.getDeadline()).toString();
        return new Keyset.Cursor(key, o.getId());
    }

    private static NativeWhere where(ObligationFilter f) {
        NativeWhere sql = new NativeWhere();
        if (f.nothing()) {
            sql.condition("1 = 0");
            return sql;
        }
        if (!f.statuses().isEmpty()) {
            sql.in("o.status", f.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (f.agencyId() != null) {
            sql.condition("o.agency_id = ?", f.agencyId());
        }
        if (f.resolutionId() != null) {
            sql.condition("o.resolution_id = ?", f.resolutionId());
        }
        if (f.overdueOnly()) {
            sql.condition("o.due_sort < ?", f.today());
            sql.in("o.status", NOT_MET);
        }
        if (f.text() != null && !f.text().isBlank()) {
            Optional<TrackingNumber> number = Obligation.trackingNumber(f.text());
            if (number.isEmpty()) {
                // only a tracking number names an obligation: any other text names none
                sql.condition("1 = 0");
            } else {
                sql.search("o", number, f.text());
            }
        }
        return sql;
    }

    @Override
    public List<Obligation> pastDeadline(ObligationStatus status, LocalDate today, LocalDate afterDeadline, long afterId,
                                         int max) {
        return PastDeadline.batch(em, Obligation.class, status, today, afterDeadline, afterId, max);
    }
}
