package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.workflow.Keyset;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Paging by key, newest first, over an entity with an instant and an id (notifications, the outbox): a page is a seek
 * from the cursor on (instant, id) — never an offset — so the deepest page costs what the first does. JPQL has no row
 * comparison, hence the spelled-out "older than the cursor".
 */
final class Newest {

    private Newest() {
    }

    static <T> Keyset.Page<T> page(EntityManager em, Class<T> type, String alias, String atField, String where,
                                   Consumer<TypedQuery<T>> bind, Keyset.Request request, Function<T, Instant> at,
                                   Function<T, Long> id) {
        String a = alias + "." + atField;
        String i = alias + ".id";
        boolean seek = request.cursor() != null && (request.direction() == Keyset.Direction.AFTER
                || request.direction() == Keyset.Direction.BEFORE);
        // AFTER reads on, to older rows; BEFORE and LAST read back, to newer rows, and are turned round
        boolean reversed = request.direction() == Keyset.Direction.BEFORE || request.direction() == Keyset.Direction.LAST;
        String cmp = reversed ? ">" : "<";
        StringBuilder jpql = new StringBuilder("SELECT ").append(alias).append(" FROM ").append(type.getSimpleName())
                .append(' ').append(alias).append(" WHERE ").append(where);
        if (seek) {
            jpql.append(" AND (").append(a).append(' ').append(cmp).append(" :cursorAt OR (").append(a)
                    .append(" = :cursorAt AND ").append(i).append(' ').append(cmp).append(" :cursorId))");
        }
        String order = reversed ? " ASC" : " DESC";
        jpql.append(" ORDER BY ").append(a).append(order).append(", ").append(i).append(order);
        TypedQuery<T> q = em.createQuery(jpql.toString(), type);
        bind.accept(q);
        if (seek) {
            q.setParameter("cursorAt", Instant.parse(request.cursor().key()));
            q.setParameter("cursorId", request.cursor().id());
        }
        List<T> rows = new ArrayList<>(q.setMaxResults(request.size() + 1).getResultList());
        boolean more = rows.size() > request.size();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (reversed) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new Keyset.Page<>(rows, null, null, false, false);
        }
        boolean hasPrevious;
        boolean hasNext;
        switch (request.direction()) {
            case FIRST -> { hasPrevious = false; hasNext = more; }
            case AFTER -> { hasPrevious = true; hasNext = more; }
            case BEFORE -> { hasPrevious = more; hasNext = true; }
            default -> { hasPrevious = more; hasNext = false; }
        }
        T first = rows.get(0);
        T last = rows.get(rows.size() - 1);
        return new Keyset.Page<>(rows, new Keyset.Cursor(at.apply(first).toString(), id.apply(first)),
                new Keyset.Cursor(at.apply(last).toString(), id.apply(last)), hasPrevious, hasNext);
    }
}
