package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** What declaring an obligation violated records: the deadline that was missed. */
public record ViolationRecord(LocalDate missedDeadline) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        return Map.of("missed", missedDeadline.toString());
    }

    /** The record of a violation entry; none for any other entry. */
    public static Optional<ViolationRecord> of(ObligationEntry entry) {
        String value = entry == null ? null : entry.facts(ObligationAction.DECLARE_VIOLATED).get("missed");
        return value == null ? Optional.empty() : Optional.of(new ViolationRecord(LocalDate.parse(value)));
    }
}
