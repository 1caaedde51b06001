package ir.pishkhan.portal.domain.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts of a structured step (a triage's resolutions, priority and deadline; a refusal's reason; a date set), kept
 * on its timeline entry apart from what a person typed: the entry's {@code detail}, written only from a typed record
 * of the domain and read back only by it, for entries of the action it belongs to. A note whose text looks like a
 * record stays a note: the text is never read as facts.
 * <p>
 * A record gives its facts as named values ({@link #fields}); the kernel stores them in one form-encoded column.
 */
public interface StepRecord {

    /** The record's facts by name, in a stable order. */
    Map<String, String> fields();

    /**
     * The stored form: {@code name=value&…}, where only {@code %}, {@code &} and {@code =} are escaped (as {@code %25},
     * {@code %26}, {@code %3D}): a value may hold any character, and Persian text stays as long as it is.
     */
    static String encode(StepRecord record) {
        if (record == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> f : record.fields().entrySet()) {
            if (f.getValue() == null) {
                continue;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(escape(f.getKey())).append('=').append(escape(f.getValue()));
        }
        return out.toString();
    }

    /** The named values of a stored record; empty for none. */
    static Map<String, String> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : stored.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(unescape(part.substring(0, eq)), unescape(part.substring(eq + 1)));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static String escape(String value) {
        return value.replace("%", "%25").replace("&", "%26").replace("=", "%3D");
    }

    private static String unescape(String value) {
        return value.replace("%3D", "=").replace("%26", "&").replace("%25", "%");
    }
}
