package ir.pishkhan.portal.domain.workflow;

import java.io.Serializable;
import java.util.List;

/**
 * Paging by key, not by offset: a page is asked for relative to the first or last row of the page the user is on,
 * so that any page — the deepest too — costs an index seek and never a scan of the rows before it.
 */
public final class Keyset {

    private Keyset() {
    }

    /** Where a row stands in the order: its sort key (an instant or a date, as ISO text) and its id. */
    public record Cursor(String key, long id) implements Serializable {
    }

    public enum Direction { FIRST, AFTER, BEFORE, LAST }

    public record Request(ListOrder sort, Direction direction, Cursor cursor, int size) implements Serializable {
        public Request {
            if (size < 1 || size > 200) {
                throw new IllegalArgumentException("page size 1..200");
            }
            if ((direction == Direction.AFTER || direction == Direction.BEFORE) && cursor == null) {
                throw new IllegalArgumentException(direction + " needs a cursor");
            }
        }

        public static Request first(ListOrder sort, int size) {
            return new Request(sort, Direction.FIRST, null, size);
        }
    }

    /** One page, with the cursors of its first and last rows and whether there is more on either side. */
    public record Page<T>(List<T> items, Cursor first, Cursor last, boolean hasPrevious, boolean hasNext)
            implements Serializable {
        public Page {
            items = List.copyOf(items);
        }

        /** The same page with each row made into another (a list's row as its screen shows it); the cursors kept. */
        public <U> Page<U> map(java.util.function.Function<? super T, ? extends U> row) {
            return new Page<>(items.stream().<U>map(row).toList(), first, last, hasPrevious, hasNext);
        }
    }
}
