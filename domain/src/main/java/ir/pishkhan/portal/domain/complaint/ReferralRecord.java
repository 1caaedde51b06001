package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.StepRecord;
import ir.pishkhan.portal.domain.workflow.TimelineEntry;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a referral to the violations board records: the official referred, and the resolution (as "meeting/number")
 * that carries the sanction (4, 12). The secretariat's note is the entry's text.
 */
public record ReferralRecord(String official, String resolution) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("official", official);
        f.put("resolution", resolution);
        return f;
    }

    /** The record of a referral entry; none for any other entry. */
    public static Optional<ReferralRecord> of(ComplaintEvent event) {
        return of(event, ComplaintAction.REFER);
    }

    /**
     * The record of a referral entry of any workflow that refers officials to the violations board (complaints,
     * obligations), {@code refer} being its referral action; none for any other entry.
     */
    public static <S extends Enum<S>, A extends Enum<A> & WorkflowAction<S>> Optional<ReferralRecord> of(
            TimelineEntry<S, A> event, A refer) {
        Map<String, String> f = event == null ? Map.of() : event.facts(refer);
        if (!f.containsKey("official") || !f.containsKey("resolution")) {
            return Optional.empty();
        }
        return Optional.of(new ReferralRecord(f.get("official"), f.get("resolution")));
    }
}
