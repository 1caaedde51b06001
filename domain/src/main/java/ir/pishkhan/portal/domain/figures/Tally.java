package ir.pishkhan.portal.domain.figures;

import ir.pishkhan.portal.domain.complaint.ComplaintStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one complaint counts for in the compliance figures: against which agency, in which Jalali month of filing, in
 * which status, whether it reached the agency, the days the agency took to answer (null: not answered), and the day it
 * is due by ({@code dueSort}; while it is open and that day has passed, it is overdue). The figures are sums of these,
 * kept counted in small tables (see {@link Change}) rather than counted again over the complaints on every request.
 */
public record Tally(Long agencyId, int month, ComplaintStatus status, boolean forwarded, Integer answerDays,
                    LocalDate dueSort) implements Serializable {

    /** The key of the per-status tally: (agency, month, status, forwarded). */
    public List<Object> statusKey() {
        return Arrays.asList(agencyId, month, status, forwarded);
    }

    /** The key of the answer-days tally, (agency, month, days); null when not answered. */
    public List<Object> answerKey() {
        return answerDays == null ? null : Arrays.asList(agencyId, month, answerDays);
    }

    /** The key of the open-complaints tally, (agency, due day); null once it is closed. */
    public List<Object> openKey() {
        return status.isOpen() ? Arrays.asList(agencyId, dueSort) : null;
    }

    /**
     * What a complaint counted for before a change and what it counts for after (null before: it was just filed), as
     * the rows to add to each tally: one taken away where it stood, one added where it stands. None when nothing the
     * figures count has changed.
     */
    public record Change(Tally before, Tally after) implements Serializable {

        public boolean isNone() {
            return Objects.equals(before, after);
        }

        public List<Count> statusCounts() {
            return counts(Tally::statusKey);
        }

        public List<Count> answerCounts() {
            return counts(Tally::answerKey);
        }

        public List<Count> openCounts() {
            return counts(Tally::openKey);
        }

        private List<Count> counts(Function<Tally, List<Object>> key) {
            List<Object> was = before == null ? null : key.apply(before);
            List<Object> is = after == null ? null : key.apply(after);
            List<Count> counts = new ArrayList<>(2);
            if (Objects.equals(was, is)) {
                return counts;
            }
            if (was != null) {
                counts.add(new Count(was, -1));
            }
            if (is != null) {
                counts.add(new Count(is, +1));
            }
            return counts;
        }
    }

    /** A row to add to a tally: its key, and +1 or -1. */
    public record Count(List<Object> key, int n) implements Serializable {
    }
}
