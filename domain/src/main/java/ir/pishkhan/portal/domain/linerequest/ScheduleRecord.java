package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.time.LocalDate;

import java.util.Map;
import java.util.Optional;

/** The installation date a schedule sets (the liaison's comment is the entry's text). */
public record ScheduleRecord(LocalDate date) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        return Map.of("date", date.toString());
    }

    /** The record of a {@link LineRequestAction#SCHEDULE} entry; none for any other entry. */
    public static Optional<ScheduleRecord> of(LineRequestEvent event) {
        String value = event == null ? null : event.facts(LineRequestAction.SCHEDULE).get("date");
        return value == null ? Optional.empty() : Optional.of(new ScheduleRecord(LocalDate.parse(value)));
    }
}
