package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.util.Map;
import java.util.Optional;

/** Why the provider refused (its words are the entry's text); as NOT_NEEDED, resolution 13 escalates it. */
public record RefusalRecord(RefusalReason reason) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        return Map.of("reason", reason.toString());
    }

    /** The record of a {@link LineRequestAction#REFUSE} entry; none for any other entry. */
    public static Optional<RefusalRecord> of(LineRequestEvent event) {
        String value = event == null ? null : event.facts(LineRequestAction.REFUSE).get("reason");
        return value == null ? Optional.empty() : Optional.of(new RefusalRecord(RefusalReason.valueOf(value)));
    }
}
