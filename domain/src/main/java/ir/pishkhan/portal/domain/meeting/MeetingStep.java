package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.workflow.StepRecord;
import ir.pishkhan.portal.domain.workflow.TimelineEntry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a step of a meeting was about, typed: the resolution (by its number, and the version a correction made), the
 * agenda item (by its place), or the minutes' file name. Read back only from the meeting's own entries.
 */
public record MeetingStep(Integer resolution, Integer version, Integer agendaItem, String fileName)
        implements StepRecord {

    public static MeetingStep resolution(int number) {
        return new MeetingStep(number, null, null, null);
    }

    public static MeetingStep corrected(int number, int version) {
        return new MeetingStep(number, version, null, null);
    }

    public static MeetingStep agendaItem(int position) {
        return new MeetingStep(null, null, position, null);
    }

    public static MeetingStep minutes(String fileName) {
        return new MeetingStep(null, null, null, fileName);
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("resolution", resolution == null ? null : resolution.toString());
        f.put("version", version == null ? null : version.toString());
        f.put("agendaItem", agendaItem == null ? null : agendaItem.toString());
        f.put("file", fileName);
        return f;
    }

    public static Optional<MeetingStep> of(TimelineEntry<MeetingStatus, MeetingAction> entry) {
        Map<String, String> f = entry.facts(entry.getAction());
        if (f.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeetingStep(integer(f.get("resolution")), integer(f.get("version")),
                integer(f.get("agendaItem")), f.get("file")));
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
