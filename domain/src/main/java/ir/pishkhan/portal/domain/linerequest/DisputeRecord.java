package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.util.Map;
import java.util.Optional;

/** Why the office disputes an installation (its words are the entry's text). */
public record DisputeRecord(DisputeReason reason) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        return Map.of("reason", reason.toString());
    }

    /** The record of a {@link LineRequestAction#DISPUTE} entry; none for any other entry. */
    public static Optional<DisputeRecord> of(LineRequestEvent event) {
        String value = event == null ? null : event.facts(LineRequestAction.DISPUTE).get("reason");
        return value == null ? Optional.empty() : Optional.of(new DisputeRecord(DisputeReason.valueOf(value)));
    }
}
