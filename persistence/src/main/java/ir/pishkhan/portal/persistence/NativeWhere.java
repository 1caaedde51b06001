package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.workflow.TrackingNumber;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A WHERE clause of native SQL with numbered positional parameters, shared by the key-paged lists. */
final class NativeWhere {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** A parameter the caller numbers itself (ahead of the conditions' parameters). */
    void parameter(Object value) {
        parameters.add(value);
    }

    void condition(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(Arrays.asList(values));
    }

    void in(String column, List<String> values) {
        conditions.add(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
        parameters.addAll(values);
    }

    /**
     * What a list's search box asks of the records aliased {@code alias}: a tracking number of the list's workflow
     * finds that one record (its id, filed in the number's Jalali year); any other text, each of its words (up to 8,
     * folded as {@link PersianText#normalize}, as typed or, where {@link PersianText#foundApart}, written apart) somewhere in the record's
     * search key.
     */
    void search(String alias, Optional<TrackingNumber> tracking, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (tracking.isPresent()) {
            condition(alias + ".id = ?", tracking.get().id());
            condition(alias + ".filed_at >= ?", startOf(tracking.get().filedFrom()));
            condition(alias + ".filed_at < ?", startOf(tracking.get().filedBefore()));
            return;
        }
        String[] words = PersianText.normalize(text).split(" ");
        for (int i = 0; i < words.length && i < 8; i++) {
            if (!words[i].isEmpty()) {
                // a word also found written apart is looked for in the key with its spaces taken out: on PostgreSQL
                // the expression has a trigram index of its own (V27), the key another (V2_1)
                String key = PersianText.foundApart(words[i]) ? "REPLACE(" + alias + ".search_key, ' ', '')" : alias + ".search_key";
                condition(key + " LIKE ? ESCAPE '\\'", "%" + JpqlFilter.escapeLike(words[i]) + "%");
            }
        }
    }

    String where() {
        return where(0);
    }

    /** The clause, its parameters numbered from {@code numbered + 1} on. */
    String where(int numbered) {
        if (conditions.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" WHERE ");
        int n = numbered;
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                out.append(" AND ");
            }
            for (char ch : conditions.get(i).toCharArray()) {
                out.append(ch);
                if (ch == '?') {
                    out.append(++n);
                }
            }
        }
        return out.toString();
    }

    void bind(Query q) {
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
    }

    /** The first instant of a day in Tehran, as a bind value. */
    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(JalaliDates.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
