package ir.pishkhan.portal.domain.figures;

import ir.pishkhan.portal.domain.obligation.ObligationStatus;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One agency's obligations as they stand today: how many the resolutions put on it, how many it met (the secretariat
 * verified its report) and of those how many on time (the verified report came by the deadline), how many are past
 * their deadline and not met, and how many stand in each state.
 */
public record ObligationFigures(long agencyId, long total, long met, long metOnTime, long overdue,
                                Map<ObligationStatus, Long> byStatus)
        implements Serializable {

    public ObligationFigures {
        byStatus = byStatus.isEmpty() ? Map.of() : Map.copyOf(byStatus);
    }

    public long of(ObligationStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** Each agency's obligations, zeros where it has none. */
    public static Map<Long, ObligationFigures> of(Collection<Long> agencyIds, List<FiguresRepository.ObligationCount> counts) {
        Map<Long, Map<ObligationStatus, Long>> statuses = new HashMap<>();
        Map<Long, Long> overdue = new HashMap<>();
        Map<Long, Long> onTime = new HashMap<>();
        for (FiguresRepository.ObligationCount c : counts) {
            statuses.computeIfAbsent(c.agencyId(), k -> new EnumMap<>(ObligationStatus.class)).merge(c.status(), c.obligations(), Long::sum);
            overdue.merge(c.agencyId(), c.overdue(), Long::sum);
            onTime.merge(c.agencyId(), c.metOnTime(), Long::sum);
        }
        Map<Long, ObligationFigures> out = new HashMap<>();
        for (Long id : agencyIds) {
            Map<ObligationStatus, Long> s = statuses.getOrDefault(id, Map.of());
            long total = s.values().stream().mapToLong(Long::longValue).sum();
            long met = s.entrySet().stream().filter(e -> e.getKey().isMet()).mapToLong(Map.Entry::getValue).sum();
            out.put(id, new ObligationFigures(id, total, met, onTime.getOrDefault(id, 0L), overdue.getOrDefault(id, 0L), s));
        }
        return out;
    }
}
