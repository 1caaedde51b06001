package ir.pishkhan.portal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API's answers as JSON text: maps, lists, texts, numbers, booleans, days and instants (ISO-8601), nulls. */
final class JsonOut {

    private JsonOut() {
    }

    /** An ordered map of the pairs given (name, value, name, value, …). */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static String text(Object value) {
        return value(value).toString();
    }

    private static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        } else if (v instanceof Map<?, ?> m) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            m.forEach((k, x) -> b.add(String.valueOf(k), value(x)));
            return b.build();
        } else if (v instanceof Collection<?> c) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            c.forEach(x -> b.add(value(x)));
            return b.build();
        } else if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (v instanceof Integer || v instanceof Long) {
            return Json.createValue(((Number) v).longValue());
        } else if (v instanceof Number n) {
            return Json.createValue(n.doubleValue());
        } else if (v instanceof Enum<?> e) {
            return Json.createValue(e.name());
        } else if (v instanceof Instant || v instanceof LocalDate) {
            return Json.createValue(v.toString());
        }
        return Json.createValue(v.toString());
    }
}
