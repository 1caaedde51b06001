package ir.pishkhan.portal.domain.dispute;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What opening a dispute records: the resolution it acts on and the earlier clause that resolution rests on (each
 * as "meeting/number"; the clause may be none), and how many offices it names.
 */
public record OpenedRecord(String resolution, String cited, int offices) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("resolution", resolution);
        f.put("cited", cited);
        f.put("offices", String.valueOf(offices));
        return f;
    }

    /** The record of an opening entry; none for any other entry. */
    public static Optional<OpenedRecord> of(DisputeEntry entry) {
        Map<String, String> f = entry == null ? Map.of() : entry.facts(DisputeAction.OPEN_DISPUTE);
        if (!f.containsKey("resolution")) {
            return Optional.empty();
        }
        return Optional.of(new OpenedRecord(f.get("resolution"), f.get("cited"),
                Integer.parseInt(f.getOrDefault("offices", "0"))));
    }
}
