package ir.pishkhan.portal.domain.figures;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The median of whole numbers given as how many times each occurs (days → complaints that took them), so that the
 * database hands over a few dozen counts rather than a row per complaint. Of an even count, the mean of the two middle
 * values, as PostgreSQL's {@code percentile_cont(0.5)}.
 */
public final class Median {

    private Median() {
    }

    public static OptionalDouble of(Map<Integer, Long> counts) {
        SortedMap<Integer, Long> sorted = new TreeMap<>(counts);
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return OptionalDouble.empty();
        }
        long lowRank = (total - 1) / 2;
        long highRank = total / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : sorted.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("A count is never negative: " + e);
            }
            seen += e.getValue();
            if (low == null && lowRank < seen) {
                low = e.getKey();
            }
            if (highRank < seen) {
                high = e.getKey();
                break;
            }
        }
        return OptionalDouble.of((low + high) / 2.0);
    }
}
