package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.report.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A list's rows read for its file a page at a time: every row once, in order, no page larger than {@link Paging#SIZE},
 * each page asked for after the one before was written (by key: after the last row's cursor).
 */
class PagingTest {

    private static final Locale FA = Locale.forLanguageTag("fa");
    private static final List<Long> ROWS = LongStream.rangeClosed(1, 451).boxed().toList();

    @Test
    void byOffsetReadsEveryRowInPagesOf200() {
        List<PageRequest> asked = new ArrayList<>();
        List<Long> written = new ArrayList<>();
        Paging.byOffset(request -> {
            asked.add(request);
            int to = Math.min(ROWS.size(), request.offset() + request.size());
            return new Page<>(ROWS.subList(Math.min(request.offset(), to), to), ROWS.size());
        }, "nameFa", false, id -> List.of(Report.Cell.number(id, FA)), row -> written.add(row.get(0).number()));
        assertEquals(ROWS, written);
        assertEquals(List.of(0, 200, 400), asked.stream().map(PageRequest::offset).toList());
        assertTrue(asked.stream().allMatch(r -> r.size() == Paging.SIZE && "nameFa".equals(r.sortField()) && !r.ascending()));
    }

    @Test
    void byKeyAsksForEachPageAfterTheLastRowOfTheOneBefore() {
        List<Keyset.Request> asked = new ArrayList<>();
        List<Long> written = new ArrayList<>();
        Paging.byKey(request -> {
            asked.add(request);
            int from = request.cursor() == null ? 0 : (int) request.cursor().id();
            int to = Math.min(ROWS.size(), from + request.size());
            List<Long> items = ROWS.subList(from, to);
            return new Keyset.Page<>(items, new Keyset.Cursor("k", items.get(0)), new Keyset.Cursor("k", items.get(items.size() - 1)),
                    from > 0, to < ROWS.size());
        }, ListOrder.DEADLINE_EARLIEST, id -> List.of(Report.Cell.number(id, FA)), row -> written.add(row.get(0).number()));
        assertEquals(ROWS, written);
        assertEquals(3, asked.size());
        assertEquals(Keyset.Direction.FIRST, asked.get(0).direction());
        assertEquals(List.of(200L, 400L), asked.subList(1, 3).stream().map(r -> r.cursor().id()).toList());
        assertTrue(asked.stream().allMatch(r -> r.sort() == ListOrder.DEADLINE_EARLIEST && r.size() == Paging.SIZE));
    }

    @Test
    void anEmptyListIsOneQuery() {
        List<Keyset.Request> asked = new ArrayList<>();
        Paging.byKey(request -> {
            asked.add(request);
            return new Keyset.Page<Long>(List.of(), null, null, false, false);
        }, ListOrder.FILED_NEWEST, id -> List.of(), row -> { throw new AssertionError("no row"); });
        assertEquals(1, asked.size());
    }
}
