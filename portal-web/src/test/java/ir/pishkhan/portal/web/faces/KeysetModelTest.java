package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The keyset model's count: taken once for a filter and kept for the page turns that follow, for a while. */
class KeysetModelTest {

    /** Three rows a page of ids from 1, as many as {@code total}; counts how often it was counted. */
    static final class Rows implements KeysetModel.Source<Long> {
        private static final long serialVersionUID = 1L;
        long total = 25;
        int counts;

        @Override
        public Keyset.Page<Long> fetch(Keyset.Request request) {
            long from = request.cursor() == null ? 1 : request.cursor().id() + 1;
            List<Long> ids = java.util.stream.LongStream.range(from, Math.min(total + 1, from + request.size())).boxed().toList();
            return new Keyset.Page<>(ids, new Keyset.Cursor("", ids.get(0)), new Keyset.Cursor("", ids.get(ids.size() - 1)),
                    from > 1, from + request.size() <= total);
        }

        @Override
        public long count() {
            counts++;
            return total;
        }
    }

    static final class Clock implements KeysetModel.Clock {
        private static final long serialVersionUID = 1L;
        long now = 1_000_000;

        @Override
        public long getAsLong() {
            return now;
        }
    }

    private final Rows rows = new Rows();
    private final Clock clock = new Clock();
    private final KeysetModel<Long> model = new KeysetModel<>(rows, id -> id, 10_000,
            (Supplier<ListOrder> & Serializable) () -> ListOrder.FILED_NEWEST, clock);

    @Test
    void pagingOnDoesNotCountAgainAFilterChangedOrAMinuteLaterDoes() {
        assertEquals(25, model.count(Map.of()));
        model.load(0, 3, Map.of(), Map.of());
        assertEquals(1, rows.counts);

        rows.total = 26; // a complaint filed meanwhile
        clock.now += KeysetModel.COUNT_KEPT_MILLIS - 1;
        assertEquals(25, model.count(Map.of()), "a page turn within the minute: the count it had");
        assertEquals(List.of(4L, 5L, 6L), model.load(3, 3, Map.of(), Map.of()), "the rows themselves are read afresh");
        assertEquals(1, rows.counts);

        clock.now += 1;
        assertEquals(26, model.count(Map.of()), "a minute after it was taken: counted again");
        assertEquals(2, rows.counts);

        rows.total = 27;
        model.reset(); // the filter or the order changed
        assertEquals(27, model.count(Map.of()));
        assertEquals(3, rows.counts);

        clock.now -= 5_000; // a view carried to an instance whose clock is behind
        assertEquals(27, model.count(Map.of()));
        assertEquals(4, rows.counts, "a count from the future is not trusted");
    }

    @Test
    void theModelStillTravelsWithItsViewAsBytes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new KeysetModel<>(new Rows(), id -> id, 10_000,
                    (Supplier<ListOrder> & Serializable) () -> ListOrder.FILED_NEWEST));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            KeysetModel<?> back = (KeysetModel<?>) in.readObject();
            assertNotNull(back);
            assertEquals(25, back.count(Map.of()), "with the wall clock it was made with");
        }
    }
}
