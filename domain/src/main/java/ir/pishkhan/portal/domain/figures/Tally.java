package ir.pishkhan.portal.domain.figures;

import ir.pishkhan.portal.domain.complaint.ComplaintStatus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one complaint counts for in the compliance figures: against which agency, in which Jalali month of filing, in
 * which status, whether it reached the agency, and the days the agency took to answer (null: not answered). The
 * figures are sums of these over a span, kept counted in two small tables (see {@link Count}) rather than counted
 * again over the complaints on every request.
 */
public record Tally(Long agencyId, int month, ComplaintStatus status, boolean forwarded, Integer answerDays)
        implements Serializable {

    /**
     * What a complaint counted for before a change and what it counts for after (null before: it was just filed), as
     * the rows to add to the tallies: one taken away where it stood, one added where it stands. None when nothing the
     * figures count has changed.
     */
    public record Change(Tally before, Tally after) implements Serializable {

        public boolean isNone() {
            return java.util.Objects.equals(before, after);
        }

        /** The rows of the per-status tally: (agency, month, status, forwarded) ± 1. */
        public List<Count> statusCounts() {
            List<Count> counts = new ArrayList<>(2);
            if (before != null && after != null && before.statusKey().equals(after.statusKey())) {
                return counts;
            }
            if (before != null) {
                counts.add(new Count(before, -1));
            }
            if (after != null) {
                counts.add(new Count(after, +1));
            }
            return counts;
        }

        /** The rows of the answer-days tally: (agency, month, days) ± 1, only for complaints answered. */
        public List<Count> answerCounts() {
            List<Count> counts = new ArrayList<>(2);
            if (before != null && after != null && before.answerKey().equals(after.answerKey())) {
                return counts;
            }
            if (before != null && before.answerDays() != null) {
                counts.add(new Count(before, -1));
            }
            if (after != null && after.answerDays() != null) {
                counts.add(new Count(after, +1));
            }
            return counts;
        }
    }

    /** A row to add to a tally: the complaint's figures and +1 or -1. */
    public record Count(Tally of, int n) implements Serializable {
    }

    private List<Object> statusKey() {
        return java.util.Arrays.asList(agencyId, month, status, forwarded);
    }

    private List<Object> answerKey() {
        return java.util.Arrays.asList(agencyId, month, answerDays);
    }
}
