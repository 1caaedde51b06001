package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What marking a complaint a duplicate records: the complaint it repeats (its id and tracking number). */
public record DuplicateRecord(long original, String originalTrackingNumber) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("original", Long.toString(original));
        f.put("tracking", originalTrackingNumber);
        return f;
    }

    /** The record of a duplicate's closing entry; none for any other entry. */
    public static Optional<DuplicateRecord> of(ComplaintEvent event) {
        Map<String, String> f = event == null ? Map.of() : event.facts(ComplaintAction.MARK_DUPLICATE);
        if (!f.containsKey("original")) {
            return Optional.empty();
        }
        return Optional.of(new DuplicateRecord(Long.parseLong(f.get("original")), f.get("tracking")));
    }
}
