package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.workflow.Keyset;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PrimeFaces lazy model that pages by key. The paginator offers first, previous, next and last: each is a
 * seek from the rows on screen (or from either end), never an offset, so the deepest page costs what the first
 * does. The count is capped: above the cap the list says "more than". A count serves the page turns of its filter
 * for {@link #COUNT_KEPT_MILLIS}: paging on does not count again (up to cap + 1 index entries each time, a third of
 * the database's work of a queue page), a filter or order changed ({@link #reset()}) or a new view does.
 */
public class KeysetModel<T> extends KeyedModel<T> {

    private static final long serialVersionUID = 1L;

    /** The queries: a page, and the capped count. Serializable, as the model lives in the view state. */
    public interface Source<T> extends Serializable {
        Keyset.Page<T> fetch(Keyset.Request request);

        long count();
    }


    private final Source<T> source;
    private final long cap;
    private final java.util.function.Supplier<ir.pishkhan.portal.domain.workflow.ListOrder> sort;

    /** How long a count serves the page turns of the same filter. */
    public static final long COUNT_KEPT_MILLIS = 60_000;

    /** The wall clock, in milliseconds (a view may move to another instance: not a monotonic clock). */
    public interface Clock extends java.util.function.LongSupplier, Serializable {
    }

    private final Clock clock;
    private long counted;
    /** When {@link #counted} was counted for the filter as it is; -1: not yet. */
    private long countedAt = -1;
    private int shownFirst = -1;
    private Keyset.Cursor shownFirstCursor;
    private Keyset.Cursor shownLastCursor;
    /** For each page start shown so far, the cursor of the row before it: a page can be shown again. */
    private final Map<Integer, Keyset.Cursor> before = new HashMap<>();

    public <S extends java.util.function.Supplier<ir.pishkhan.portal.domain.workflow.ListOrder> & Serializable>
    KeysetModel(Source<T> source, Key<T> key, long cap, S sort) {
        this(source, key, cap, sort, System::currentTimeMillis);
    }

    <S extends java.util.function.Supplier<ir.pishkhan.portal.domain.workflow.ListOrder> & Serializable>
    KeysetModel(Source<T> source, Key<T> key, long cap, S sort, Clock clock) {
        super(key);
        this.source = source;
        this.cap = cap;
        this.sort = sort;
        this.clock = clock;
    }

    /** Forget the position: the filter or the order changed. */
    public void reset() {
        shownFirst = -1;
        shownFirstCursor = null;
        shownLastCursor = null;
        before.clear();
        countedAt = -1;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long now = clock.getAsLong();
        if (countedAt < 0 || now - countedAt >= COUNT_KEPT_MILLIS || now < countedAt) {
            counted = source.count();
            countedAt = now;
        }
        return (int) Math.min(counted, cap);
    }

    /** More rows match than the count shows. */
    public boolean isCapped() {
        return counted > cap;
    }

    public long getCounted() {
        return Math.min(counted, cap);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Keyset.Request request;
        var order = sort.get();
        if (first <= 0 || shownFirst < 0) {
            request = new Keyset.Request(order, Keyset.Direction.FIRST, null, pageSize);
        } else if (first == shownFirst + pageSize && shownLastCursor != null) {
            request = new Keyset.Request(order, Keyset.Direction.AFTER, shownLastCursor, pageSize);
        } else if (first == shownFirst - pageSize && shownFirstCursor != null) {
            request = new Keyset.Request(order, Keyset.Direction.BEFORE, shownFirstCursor, pageSize);
        } else if (before.containsKey(first)) {
            request = new Keyset.Request(order, Keyset.Direction.AFTER, before.get(first), pageSize);
        } else if (first >= getRowCount() - pageSize) {
            request = new Keyset.Request(order, Keyset.Direction.LAST, null, pageSize);
        } else {
            request = new Keyset.Request(order, Keyset.Direction.FIRST, null, pageSize);
            first = 0;
        }
        Keyset.Page<T> page = source.fetch(request);
        if (request.direction() == Keyset.Direction.AFTER && request.cursor() != null) {
            before.put(first, request.cursor());
        }
        shownFirst = first;
        shownFirstCursor = page.first();
        shownLastCursor = page.last();
        return page.items();
    }


}
