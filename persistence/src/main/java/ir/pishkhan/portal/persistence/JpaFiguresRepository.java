package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.figures.FiguresRepository;
import ir.pishkhan.portal.domain.figures.MonthSpan;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The compliance figures' counts, each one JPQL GROUP BY over the complaints of a span of Jalali months. */
@ApplicationScoped
public class JpaFiguresRepository implements FiguresRepository {

    private static final List<ComplaintStatus> OPEN =
            Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen).toList();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaFiguresRepository() {
    }

    public JpaFiguresRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Received> receivedPerAgency(MonthSpan span) {
        return spanned(em.createQuery("SELECT NEW " + Received.class.getName().replace('$', '.')
                + "(c.agency.id, COUNT(c), COUNT(c.forwardedAt), COUNT(c.answerDays)) FROM Complaint c"
                + " WHERE c.filedMonth BETWEEN :from AND :to GROUP BY c.agency.id", Received.class), span)
                .getResultList();
    }

    @Override
    public List<AnswerDays> answerDays(MonthSpan span, Long agencyId) {
        return spanned(em.createQuery("SELECT NEW " + AnswerDays.class.getName().replace('$', '.')
                + "(c.agency.id, c.answerDays, COUNT(c)) FROM Complaint c"
                + " WHERE c.filedMonth BETWEEN :from AND :to AND c.answerDays IS NOT NULL" + ofAgency(agencyId)
                + " GROUP BY c.agency.id, c.answerDays", AnswerDays.class), span, agencyId).getResultList();
    }

    @Override
    public List<MonthStatus> perMonthAndStatus(MonthSpan span, Long agencyId) {
        return spanned(em.createQuery("SELECT NEW " + MonthStatus.class.getName().replace('$', '.')
                + "(c.filedMonth, c.status, COUNT(c)) FROM Complaint c"
                + " WHERE c.filedMonth BETWEEN :from AND :to" + ofAgency(agencyId)
                + " GROUP BY c.filedMonth, c.status", MonthStatus.class), span, agencyId).getResultList();
    }

    @Override
    public List<Count> overduePerAgency(LocalDate today) {
        // due_sort, not deadline: the one the index over (status, due_sort, id) is on; NO_DEADLINE lies far ahead
        return em.createQuery("SELECT NEW " + Count.class.getName().replace('$', '.')
                        + "(c.agency.id, COUNT(c)) FROM Complaint c WHERE c.status IN :open AND c.dueSort < :today"
                        + " GROUP BY c.agency.id", Count.class)
                .setParameter("open", OPEN).setParameter("today", today).getResultList();
    }

    @Override
    public List<KindStatus> perAgencyKindAndStatus(MonthSpan span) {
        return spanned(em.createQuery("SELECT c.agency.id, c.kind, c.status, COUNT(c) FROM Complaint c"
                + " WHERE c.filedMonth BETWEEN :from AND :to GROUP BY c.agency.id, c.kind, c.status", Object[].class), span)
                .getResultStream()
                .map(r -> new KindStatus((Long) r[0], ((Enum<?>) r[1]).name(), (ComplaintStatus) r[2], (Long) r[3]))
                .toList();
    }

    @Override
    public List<ObligationLine> obligations(Collection<Long> resolutionIds, int first, int max) {
        if (resolutionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW " + ObligationLine.class.getName().replace('$', '.')
                        + "(r.meeting.number, r.number, a.nameFa, a.nameEn, o.status, o.deadline) FROM Obligation o"
                        + " JOIN o.resolution r JOIN o.agency a WHERE r.id IN :ids"
                        + " ORDER BY r.meeting.number, r.number, a.nameFa, o.id", ObligationLine.class)
                .setParameter("ids", List.copyOf(resolutionIds)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<ObligationCount> obligationsPerAgency(LocalDate today) {
        // overdue as Obligation.isOverdue: a deadline before today, not verified
        return em.createQuery("SELECT NEW " + ObligationCount.class.getName().replace('$', '.')
                        + "(o.agency.id, o.status, COUNT(o), SUM(CASE WHEN o.deadline < :today AND o.status <> :met"
                        + " THEN 1 ELSE 0 END)) FROM Obligation o GROUP BY o.agency.id, o.status", ObligationCount.class)
                .setParameter("today", today).setParameter("met", ObligationStatus.VERIFIED).getResultList();
    }

    @Override
    public List<ResolutionFigures> perResolution(MonthSpan span) {
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, int[]> numbers = new HashMap<>();
        spanned(em.createQuery("SELECT r.id, r.meeting.number, r.number, COUNT(c) FROM Complaint c JOIN c.resolutions r"
                + " WHERE c.filedMonth BETWEEN :from AND :to GROUP BY r.id, r.meeting.number, r.number", Object[].class), span)
                .getResultStream().forEach(row -> {
                    numbers.put((Long) row[0], new int[] {(Integer) row[1], (Integer) row[2]});
                    counts.computeIfAbsent((Long) row[0], k -> new long[3])[0] = (Long) row[3];
                });
        em.createQuery("SELECT r.id, r.meeting.number, r.number, COUNT(o), SUM(CASE WHEN o.status = :met THEN 1 ELSE 0 END)"
                        + " FROM Obligation o JOIN o.resolution r GROUP BY r.id, r.meeting.number, r.number", Object[].class)
                .setParameter("met", ObligationStatus.VERIFIED).getResultStream().forEach(row -> {
                    numbers.put((Long) row[0], new int[] {(Integer) row[1], (Integer) row[2]});
                    long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
                    c[1] = (Long) row[3];
                    c[2] = ((Number) row[4]).longValue();
                });
        return counts.entrySet().stream()
                .map(e -> new ResolutionFigures(e.getKey(), numbers.get(e.getKey())[0], numbers.get(e.getKey())[1],
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingInt(ResolutionFigures::meeting).thenComparingInt(ResolutionFigures::number))
                .toList();
    }

    private static <T> TypedQuery<T> spanned(TypedQuery<T> query, MonthSpan span) {
        return query.setParameter("from", span.from()).setParameter("to", span.to());
    }

    // a condition written only when there is an agency: a null bound in "? IS NULL" has no type PostgreSQL accepts
    private static String ofAgency(Long agencyId) {
        return agencyId == null ? "" : " AND c.agency.id = :agency";
    }

    private static <T> TypedQuery<T> spanned(TypedQuery<T> query, MonthSpan span, Long agencyId) {
        return agencyId == null ? spanned(query, span) : spanned(query, span).setParameter("agency", agencyId);
    }
}
