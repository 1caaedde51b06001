package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the filing of a complaint the portal opened on an office's behalf records: which line request was refused as
 * "not needed" (its tracking number and kind of line), by whom, and the resolution that forbids it ("meeting/number").
 * A complaint the office files itself has none.
 */
public record EscalationRecord(String lineRequest, String lineKind, String refusedBy, String resolution)
        implements StepRecord {

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("lineRequest", lineRequest);
        f.put("lineKind", lineKind);
        f.put("refusedBy", refusedBy);
        f.put("resolution", resolution);
        return f;
    }

    /** The record of a filing the portal made on an office's behalf; none for any other entry. */
    public static Optional<EscalationRecord> of(ComplaintEvent event) {
        Map<String, String> f = event == null ? Map.of() : event.facts(ComplaintAction.FILE);
        if (!f.containsKey("lineKind") || !f.containsKey("resolution")) {
            return Optional.empty();
        }
        return Optional.of(new EscalationRecord(f.get("lineRequest"), f.get("lineKind"), f.get("refusedBy"),
                f.get("resolution")));
    }
}
