package ir.pishkhan.portal.domain.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a triage records on the timeline: the resolutions (as "meeting/number"), the priority and the deadline. It is
 * kept as data in the entry's text, written and read here only; the screens word it in the user's language.
 */
public record TriageRecord(List<String> resolutions, Priority priority, LocalDate deadline) {

    private static final Pattern FORMAT = Pattern.compile("resolutions=([\\d/,]*) priority=([A-Z]+) deadline=(\\d{4}-\\d{2}-\\d{2})");

    public TriageRecord {
        resolutions = List.copyOf(resolutions);
    }

    /** The text stored on the timeline entry. */
    public String text() {
        return "resolutions=" + String.join(",", resolutions) + " priority=" + priority + " deadline=" + deadline;
    }

    /** The record of a triage entry, if the event is one. */
    public static Optional<TriageRecord> of(ComplaintEvent event) {
        if (event == null || event.getAction() != ComplaintAction.TRIAGE || event.getText() == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(event.getText());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> linked = m.group(1).isEmpty() ? List.of() : List.of(m.group(1).split(","));
        return Optional.of(new TriageRecord(linked, Priority.valueOf(m.group(2)), LocalDate.parse(m.group(3))));
    }
}
