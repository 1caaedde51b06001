package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.shared.PersianText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause built from optional conditions, with named parameters, and the page query and count query
 * that share it. Sort fields are taken only from a whitelist.
 */
final class JpqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition when the value is not null. */
    JpqlFilter equal(String path, String name, Object value) {
        if (value != null) {
            conditions.add(path + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition of one named parameter, {@code :name} in it, when the value is not null. */
    JpqlFilter condition(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds {@code path >= :name} when the value is not null. */
    JpqlFilter atLeast(String path, String name, Object value) {
        if (value != null) {
            conditions.add(path + " >= :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds {@code path < :name} when the value is not null. */
    JpqlFilter before(String path, String name, Object value) {
        if (value != null) {
            conditions.add(path + " < :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * Every word of the text must occur in the normalized search column, as typed or, a compound, written apart
     * ({@link PersianText#foundApart}: looked for in the column with its spaces taken out); letter forms, ZWNJ and digits are folded on
     * both sides (see {@link PersianText#normalize}).
     */
    JpqlFilter words(String searchKeyPath, String text) {
        String normalized = PersianText.normalize(text);
        if (normalized.isEmpty()) {
            return this;
        }
        String[] words = normalized.split(" ");
        for (int i = 0; i < words.length && i < 8; i++) {
            String key = PersianText.foundApart(words[i]) ? "FUNCTION('REPLACE', " + searchKeyPath + ", ' ', '')" : searchKeyPath;
            String name = "w" + i;
            conditions.add(key + " LIKE :" + name + " ESCAPE '\\'");
            parameters.put(name, "%" + escapeLike(words[i]) + "%");
        }
        return this;
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The page of {@code SELECT alias FROM entity alias [WHERE …] ORDER BY …}, and its count. */
    <T> ir.pishkhan.portal.domain.shared.Page<T> page(EntityManager em, Class<T> type, String alias, PageRequest page,
                                                       Map<String, String> sortable, String defaultOrder) {
        String from = " FROM " + type.getSimpleName() + " " + alias + where();
        String sortPath = page.sortField() == null ? null : sortable.get(page.sortField());
        String order = sortPath == null ? defaultOrder : sortPath + (page.ascending() ? " ASC" : " DESC") + ", " + defaultOrder;
        List<T> items = bind(em.createQuery("SELECT " + alias + from + " ORDER BY " + order, type))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = bind(em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class)).getSingleResult();
        return new ir.pishkhan.portal.domain.shared.Page<>(items, total);
    }
}
