package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What opening an obligation records: the resolution (as "meeting/number") that created it, and the deadline it got
 * (none when the resolution sets none).
 */
public record OpenedRecord(String resolution, LocalDate deadline) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("resolution", resolution);
        f.put("deadline", deadline == null ? null : deadline.toString());
        return f;
    }

    /** The record of an opening entry; none for any other entry. */
    public static Optional<OpenedRecord> of(ObligationEntry entry) {
        Map<String, String> f = entry == null ? Map.of() : entry.facts(ObligationAction.OPEN_OBLIGATION);
        if (!f.containsKey("resolution")) {
            return Optional.empty();
        }
        String deadline = f.get("deadline");
        return Optional.of(new OpenedRecord(f.get("resolution"), deadline == null ? null : LocalDate.parse(deadline)));
    }
}
