package ir.pishkhan.portal.domain.office;

import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a licence change records: the day it took effect (none known for some recorded ones), the resolutions behind it
 * (as "meeting/number", space-separated) and the order (a letter's number and date, as written), either or both.
 */
public record LicenceChange(LocalDate effective, String resolutions, String order) implements StepRecord {

    public static LicenceChange of(LocalDate effective, List<Resolution> resolutions, String order) {
        String refs = resolutions.stream().map(Resolution::reference).reduce((a, b) -> a + " " + b).orElse(null);
        return new LicenceChange(effective, refs, order);
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("effective", effective == null ? null : effective.toString());
        f.put("resolutions", resolutions);
        f.put("order", order);
        return f;
    }

    /** The record of a licence entry (every action records one). */
    public static Optional<LicenceChange> of(LicenceEntry entry) {
        Map<String, String> f = entry == null ? Map.of() : entry.facts(entry.getAction());
        if (f.isEmpty()) {
            return Optional.empty();
        }
        String effective = f.get("effective");
        return Optional.of(new LicenceChange(effective == null ? null : LocalDate.parse(effective),
                f.get("resolutions"), f.get("order")));
    }
}
