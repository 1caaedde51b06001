package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a triage records on the timeline: the resolutions (as "meeting/number", in their order: records kept before it
 * was numeric, 1, 10, 11, 2, are read in it too), the priority and the deadline. The screens word it in the user's
 * language.
 */
public record TriageRecord(List<String> resolutions, Priority priority, LocalDate deadline) implements StepRecord {

    /** Resolutions in one order everywhere: by meeting, then by number (14/2 before 14/10), as the facts box lists them. */
    static final Comparator<String> ORDER = Comparator.comparingInt((String r) -> part(r, 0)).thenComparingInt(r -> part(r, 1));

    public TriageRecord {
        resolutions = resolutions.stream().sorted(ORDER).toList();
    }

    /** A part of "meeting/number" as a number (0 where it is none: such a reference sorts first). */
    private static int part(String reference, int index) {
        String[] parts = reference.split("/");
        try {
            return index < parts.length ? Integer.parseInt(parts[index].trim()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
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
