package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.report.Report.Cell;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every row of a list, read from the database a page at a time, each page handed to the writer and let go before the
 * next is read: by key for the workflows' lists (each page after the last row of the one before, an index seek), by
 * offset for the registers' (the queries their pages already use). Each page is its own call to the service, so its
 * own transaction: nothing of a page is kept once it is written.
 */
public final class Paging {

    /** Rows read at a time: the most a page of either kind of query may hold. */
    public static final int SIZE = PageRequest.MAX_SIZE;

    private Paging() {
    }

    /** Every row of a list paged by offset, in the order given ({@code sort} null: the query's own). */
    public static <T> void byOffset(Function<PageRequest, Page<T>> source, String sort, boolean ascending,
                                    Function<T, List<Cell>> row, Consumer<List<Cell>> sink) {
        for (int offset = 0; ; offset += SIZE) {
            Page<T> page = source.apply(new PageRequest(offset, SIZE, sort, ascending));
            page.items().forEach(item -> sink.accept(row.apply(item)));
            if (page.items().size() < SIZE || offset + SIZE >= page.total()) {
                return;
            }
        }
    }

    /** Every row of a list paged by key, in the order given. */
    public static <T> void byKey(Function<Keyset.Request, Keyset.Page<T>> source, ListOrder order,
                                 Function<T, List<Cell>> row, Consumer<List<Cell>> sink) {
        Keyset.Request request = Keyset.Request.first(order, SIZE);
        while (true) {
            Keyset.Page<T> page = source.apply(request);
            page.items().forEach(item -> sink.accept(row.apply(item)));
            if (!page.hasNext() || page.items().isEmpty()) {
                return;
            }
            request = new Keyset.Request(order, Keyset.Direction.AFTER, page.last(), SIZE);
        }
    }
}
