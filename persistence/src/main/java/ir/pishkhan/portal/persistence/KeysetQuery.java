package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.workflow.Keyset;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Paging by key over a table with {@code filed_at}, {@code due_sort} and {@code id} columns (complaints, line
 * requests): the ids of one page are found with an index seek on (sort key, id) — never an offset — then read by
 * the repository; counts stop at a cap. The same SQL on H2 and PostgreSQL.
 */
final class KeysetQuery {

    private KeysetQuery() {
    }

    /** How many rows match, counted up to {@code cap} at most. */
    static long countUpTo(EntityManager em, String table, String alias, NativeWhere where, long cap) {
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " " + alias + where.where()
                + " LIMIT " + Math.max(1, cap) + ") capped");
        where.bind(q);
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * One page. FILED_NEWEST runs descending, DEADLINE_EARLIEST ascending; BEFORE and LAST read the other way round
     * and are turned back.
     */
    static <T> Keyset.Page<T> page(EntityManager em, String table, String alias, NativeWhere where, Keyset.Request request,
                                   Function<List<Long>, List<T>> load, BiFunction<ListOrder, T, Keyset.Cursor> cursor) {
        boolean byFiling = request.sort() == ListOrder.FILED_NEWEST;
        String keyColumn = alias + (byFiling ? ".filed_at" : ".due_sort");
        boolean reversed = request.direction() == Keyset.Direction.BEFORE || request.direction() == Keyset.Direction.LAST;
        boolean descending = byFiling != reversed;
        if (request.cursor() != null && (request.direction() == Keyset.Direction.AFTER
                || request.direction() == Keyset.Direction.BEFORE)) {
            where.condition("(" + keyColumn + ", " + alias + ".id) " + (descending ? "<" : ">") + " (?, ?)",
                    keyValue(request.sort(), request.cursor().key()), request.cursor().id());
        }
        String order = descending ? " DESC" : " ASC";
        Query q = em.createNativeQuery("SELECT " + alias + ".id FROM " + table + " " + alias + where.where()
                + " ORDER BY " + keyColumn + order + ", " + alias + ".id" + order + " LIMIT " + (request.size() + 1));
        where.bind(q);
        List<Long> ids = new ArrayList<>();
        for (Object row : q.getResultList()) {
            ids.add(((Number) row).longValue());
        }
        boolean more = ids.size() > request.size();
        if (more) {
            ids.remove(ids.size() - 1);
        }
        if (reversed) {
            Collections.reverse(ids);
        }
        List<T> items = load.apply(ids);
        if (items.isEmpty()) {
            return new Keyset.Page<>(items, null, null, false, false);
        }
        boolean hasPrevious;
        boolean hasNext;
        switch (request.direction()) {
            case FIRST -> { hasPrevious = false; hasNext = more; }
            case AFTER -> { hasPrevious = true; hasNext = more; }
            case BEFORE -> { hasPrevious = more; hasNext = true; }
            default -> { hasPrevious = more; hasNext = false; }
        }
        return new Keyset.Page<>(items, cursor.apply(request.sort(), items.get(0)),
                cursor.apply(request.sort(), items.get(items.size() - 1)), hasPrevious, hasNext);
    }

    private static Object keyValue(ListOrder sort, String key) {
        return sort == ListOrder.FILED_NEWEST ? Instant.parse(key).atOffset(ZoneOffset.UTC) : LocalDate.parse(key);
    }
}
