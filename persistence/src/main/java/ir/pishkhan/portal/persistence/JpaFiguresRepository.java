package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.figures.FiguresRepository;
import ir.pishkhan.portal.domain.figures.MonthSpan;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compliance figures' counts: the scorecard's and the dashboard's as sums over the tallies kept with every change
 * of a complaint ({@link ComplaintTallies}), the meeting report's and the overdue ones as GROUP BYs over the complaints.
 */
@ApplicationScoped
public class JpaFiguresRepository implements FiguresRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaFiguresRepository() {
    }

    public JpaFiguresRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Received> receivedPerAgency(MonthSpan span) {
        Map<Long, long[]> counts = new TreeMap<>();
        for (Object[] row : rows("SELECT agency_id, SUM(n), SUM(CASE WHEN forwarded THEN n ELSE 0 END)"
                + " FROM complaint_tally WHERE filed_month BETWEEN ?1 AND ?2 GROUP BY agency_id", span, null)) {
            long[] c = counts.computeIfAbsent(number(row[0]), k -> new long[3]);
            c[0] = number(row[1]);
            c[1] = number(row[2]);
        }
        for (Object[] row : rows("SELECT agency_id, SUM(n) FROM answer_tally WHERE filed_month BETWEEN ?1 AND ?2"
                + " GROUP BY agency_id", span, null)) {
            counts.computeIfAbsent(number(row[0]), k -> new long[3])[2] = number(row[1]);
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[0] != 0)
                .map(e -> new Received(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    @Override
    public List<AnswerDays> answerDays(MonthSpan span, Long agencyId) {
        return rows("SELECT agency_id, answer_days, SUM(n) FROM answer_tally WHERE filed_month BETWEEN ?1 AND ?2"
                + ofAgency(agencyId) + " GROUP BY agency_id, answer_days HAVING SUM(n) <> 0", span, agencyId).stream()
                .map(r -> new AnswerDays(number(r[0]), (int) number(r[1]), number(r[2]))).toList();
    }

    @Override
    public List<MonthStatus> perMonthAndStatus(MonthSpan span, Long agencyId) {
        return rows("SELECT filed_month, status, SUM(n) FROM complaint_tally WHERE filed_month BETWEEN ?1 AND ?2"
                + ofAgency(agencyId) + " GROUP BY filed_month, status HAVING SUM(n) <> 0", span, agencyId).stream()
                .map(r -> new MonthStatus((int) number(r[0]), ComplaintStatus.valueOf((String) r[1]), number(r[2])))
                .toList();
    }

    /** Folds the tallies' rows of each key into one, at most {@code max} rows of each: see ComplaintTallies. */
    @Override
    public int foldTallies(int max) {
        return ComplaintTallies.fold(em, max);
    }

    @Override
    public List<Count> overduePerAgency(LocalDate today) {
        // open complaints due before today: Complaint.isOverdue
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT agency_id, SUM(n) FROM open_tally WHERE due_sort < ?1"
                + " GROUP BY agency_id HAVING SUM(n) <> 0").setParameter(1, Date.valueOf(today)).getResultList();
        return rows.stream().map(r -> new Count(number(r[0]), number(r[1]))).toList();
    }

    @Override
    public List<KindStatus> perAgencyKindAndStatus(MonthSpan span) {
        // COUNT(*), not COUNT(id): read from the covering index complaint_kind_figures_ix alone (V26)
        return rows("SELECT agency_id, kind, status, COUNT(*) FROM complaint WHERE filed_month BETWEEN ?1 AND ?2"
                + " GROUP BY agency_id, kind, status", span, null).stream()
                .map(r -> new KindStatus(number(r[0]), (String) r[1], ComplaintStatus.valueOf((String) r[2]), number(r[3])))
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
        // overdue as Obligation.isOverdue: a deadline before today, not verified; on time as Obligation.isMetOnTime
        return em.createQuery("SELECT NEW " + ObligationCount.class.getName().replace('$', '.')
                        + "(o.agency.id, o.status, COUNT(o), SUM(CASE WHEN o.deadline < :today AND o.status <> :met"
                        + " THEN 1 ELSE 0 END), SUM(CASE WHEN o.status = :met AND (o.deadline IS NULL"
                        + " OR o.reportedOn <= o.deadline) THEN 1 ELSE 0 END))"
                        + " FROM Obligation o GROUP BY o.agency.id, o.status", ObligationCount.class)
                .setParameter("today", today).setParameter("met", ObligationStatus.VERIFIED).getResultList();
    }

    @Override
    public List<ResolutionFigures> perResolution(MonthSpan span) {
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, int[]> numbers = new HashMap<>();
        rows("SELECT t.resolution_id, m.number, r.number, SUM(t.n) FROM resolution_tally t"
                + " JOIN resolution r ON r.id = t.resolution_id JOIN meeting m ON m.id = r.meeting_id"
                + " WHERE t.filed_month BETWEEN ?1 AND ?2 GROUP BY t.resolution_id, m.number, r.number HAVING SUM(t.n) <> 0",
                span, null).forEach(row -> {
                    numbers.put(number(row[0]), new int[] {(int) number(row[1]), (int) number(row[2])});
                    counts.computeIfAbsent(number(row[0]), k -> new long[3])[0] = number(row[3]);
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

    // a condition written only when there is an agency: a null bound in "? IS NULL" has no type PostgreSQL accepts
    private static String ofAgency(Long agencyId) {
        return agencyId == null ? "" : " AND agency_id = ?3";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, MonthSpan span, Long agencyId) {
        var query = em.createNativeQuery(sql).setParameter(1, span.from()).setParameter(2, span.to());
        if (agencyId != null) {
            query.setParameter(3, agencyId);
        }
        return query.getResultList();
    }

    // SUM and COUNT come back as BIGINT, NUMERIC or INTEGER, as each database has it
    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
