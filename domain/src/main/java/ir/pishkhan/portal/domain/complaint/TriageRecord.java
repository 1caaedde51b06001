package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a triage records on the timeline: the resolutions (as "meeting/number"), the priority and the deadline. The
 * screens word it in the user's language.
 */
public record TriageRecord(List<String> resolutions, Priority priority, LocalDate deadline) implements StepRecord {

    public TriageRecord {
        resolutions = List.copyOf(resolutions);
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("resolutions", String.join(",", resolutions));
        f.put("priority", priority.name());
        f.put("deadline", deadline.toString());
        return f;
    }

    /** The record of a triage entry; none for any other entry. */
    public static Optional<TriageRecord> of(ComplaintEvent event) {
        Map<String, String> f = event == null ? Map.of() : event.facts(ComplaintAction.TRIAGE);
        if (!f.containsKey("priority") || !f.containsKey("deadline")) {
            return Optional.empty();
        }
        String linked = f.getOrDefault("resolutions", "");
        return Optional.of(new TriageRecord(linked.isEmpty() ? List.of() : List.of(linked.split(",")),
                Priority.valueOf(f.get("priority")), LocalDate.parse(f.get("deadline"))));
    }
}
