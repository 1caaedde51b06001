package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.shared.PersianText;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A list's filters as an export's address carries them: written by the list's page from the filter its lazy model
 * queries with ({@link #with}), read back by the export into the same filter. A parameter that does not parse names
 * nothing: {@link IllegalArgumentException}, which the export answers with 404.
 */
public final class ExportQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> values = new LinkedHashMap<>();

    public ExportQuery() {
    }

    /** The parameters of a request: the first value of each. */
    public static ExportQuery of(Map<String, String[]> parameters) {
        ExportQuery q = new ExportQuery();
        parameters.forEach((name, v) -> {
            if (v != null && v.length > 0 && v[0] != null && !v[0].isBlank()) {
                q.values.put(name, v[0].trim());
            }
        });
        return q;
    }

    /** Adds a filter's value; none (null, blank, false, an empty set) is left out. */
    public ExportQuery with(String name, Object value) {
        String text;
        if (value == null) {
            text = null;
        } else if (value instanceof Boolean b) {
            text = b ? "true" : null;
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else if (value instanceof Collection<?> c) {
            text = c.isEmpty() ? null : c.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v))
                    .sorted().collect(Collectors.joining(","));
        } else {
            text = String.valueOf(value);
        }
        if (text != null && !text.isBlank()) {
            values.put(name, text);
        }
        return this;
    }

    /** As the query of an address: {@code ?a=1&b=x}, or nothing. */
    public String queryString() {
        if (values.isEmpty()) {
            return "";
        }
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    public String text(String name) {
        return values.get(name);
    }

    public boolean flag(String name) {
        String v = values.get(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException(name);
    }

    /** A record's id, or none. */
    public Long id(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        long id = Long.parseLong(PersianText.toAsciiDigits(v));
        if (id < 1) {
            throw new IllegalArgumentException(name);
        }
        return id;
    }

    public LocalDate day(String name) {
        String v = values.get(name);
        try {
            return v == null ? null : LocalDate.parse(PersianText.toAsciiDigits(v));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    public <E extends Enum<E>> E choice(Class<E> type, String name) {
        String v = values.get(name);
        return v == null ? null : Enum.valueOf(type, v);
    }

    /** Comma-separated choices; none means any. */
    public <E extends Enum<E>> Set<E> choices(Class<E> type, String name) {
        String v = values.get(name);
        Set<E> out = EnumSet.noneOf(type);
        if (v != null) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(Enum.valueOf(type, part.trim()));
                }
            }
        }
        return out;
    }

    public <T> T value(String name, Function<String, T> parse) {
        String v = values.get(name);
        return v == null ? null : parse.apply(v);
    }

    @Override
    public String toString() {
        return queryString();
    }
}
