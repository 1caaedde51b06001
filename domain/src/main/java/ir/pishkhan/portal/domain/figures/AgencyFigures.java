package ir.pishkhan.portal.domain.figures;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One agency's line of the scorecard over a span: the complaints filed against it, those it received (forwarded to
 * it), how many of those it answered, the median days it took to answer, and those open past their deadline now. Aggregates only: no office, no text, no person.
 *
 * @param medianAnswerDays null when it answered none
 */
public record AgencyFigures(long agencyId, long filed, long received, long answered, Double medianAnswerDays, long overdue)
        implements Serializable {

    /** Answered out of received, as a whole percentage; null when none was received. */
    public Integer answeredPercent() {
        return received == 0 ? null : (int) Math.round(answered * 100.0 / received);
    }

    /**
     * Each agency's line, of the agencies given (in their order): agencies with nothing to count show zeros, so that
     * an agency no complaint was filed against stands on the scorecard too.
     */
    public static List<AgencyFigures> of(Collection<Long> agencyIds, List<FiguresRepository.Received> received,
                                         List<FiguresRepository.AnswerDays> days, List<FiguresRepository.Count> overdue) {
        Map<Long, FiguresRepository.Received> byAgency = new HashMap<>();
        received.forEach(r -> byAgency.put(r.agencyId(), r));
        Map<Long, Map<Integer, Long>> daysByAgency = new HashMap<>();
        days.forEach(d -> daysByAgency.computeIfAbsent(d.agencyId(), k -> new HashMap<>()).merge(d.days(), d.complaints(), Long::sum));
        Map<Long, Long> overdueByAgency = new HashMap<>();
        overdue.forEach(o -> overdueByAgency.merge(o.agencyId(), o.complaints(), Long::sum));
        List<AgencyFigures> lines = new ArrayList<>();
        for (Long id : agencyIds) {
            FiguresRepository.Received r = byAgency.get(id);
            var median = Median.of(daysByAgency.getOrDefault(id, Map.of()));
            lines.add(new AgencyFigures(id, r == null ? 0 : r.filed(), r == null ? 0 : r.received(), r == null ? 0 : r.answered(),
                    median.isPresent() ? median.getAsDouble() : null, overdueByAgency.getOrDefault(id, 0L)));
        }
        return lines;
    }

    /** Most complaints first, then by agency id: the order the scorecard lists agencies in. */
    public static final Comparator<AgencyFigures> BUSIEST_FIRST =
            Comparator.comparingLong(AgencyFigures::received).reversed().thenComparingLong(AgencyFigures::agencyId);
}
