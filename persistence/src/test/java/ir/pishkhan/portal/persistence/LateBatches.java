package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.workflow.Workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test only: walks a workflow's records past their deadline batch by batch, as the escalation pass does. */
final class LateBatches {

    /** One batch after the (deadline, id) of the last record seen; none seen yet: null and 0. */
    @FunctionalInterface
    interface Query<W> {
        List<W> after(LocalDate deadline, long id, int size);
    }

    private LateBatches() {
    }

    /** The ids of every record the query yields, in the order the batches gave them. */
    static <W extends Workflow<?, ?, ?>> List<Long> walk(int size, Query<W> query) {
        List<Long> seen = new ArrayList<>();
        LocalDate afterDeadline = null;
        long afterId = 0;
        while (true) {
            List<W> batch = query.after(afterDeadline, afterId, size);
            batch.forEach(r -> seen.add(r.getId()));
            if (batch.size() < size) {
                return seen;
            }
            afterDeadline = batch.get(batch.size() - 1).getDeadline();
            afterId = batch.get(batch.size() - 1).getId();
        }
    }

    /**
     * For each status, the walk in batches of 2 and of 1000 yields exactly the ids expected, in order; how many were
     * late in all.
     */
    static <S, W extends Workflow<?, ?, ?>> int assertWalks(S[] statuses, Function<S, List<Long>> expected,
                                                          Function<S, Query<W>> query) {
        int late = 0;
        for (S status : statuses) {
            List<Long> want = expected.apply(status);
            late += want.size();
            for (int size : new int[] {2, 1000}) {
                assertEquals(want, walk(size, query.apply(status)), status + " in batches of " + size);
            }
        }
        return late;
    }
}
