package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a liaison's report records beside its text: how many files came with it, and whether it came after the
 * deadline (the day it was made, in Tehran, past the deadline).
 */
public record ReportRecord(int files, boolean late) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("files", String.valueOf(files));
        f.put("late", String.valueOf(late));
        return f;
    }

    static ReportRecord of(int files, LocalDate deadline, LocalDate today) {
        return new ReportRecord(files, deadline != null && today.isAfter(deadline));
    }

    /** The record of a report entry; none for any other entry. */
    public static Optional<ReportRecord> of(ObligationEntry entry) {
        Map<String, String> f = entry == null ? Map.of() : entry.facts(ObligationAction.REPORT);
        if (!f.containsKey("files")) {
            return Optional.empty();
        }
        return Optional.of(new ReportRecord(Integer.parseInt(f.get("files")), Boolean.parseBoolean(f.get("late"))));
    }
}
