package ir.pishkhan.portal.domain.escalation;

import ir.pishkhan.portal.domain.workflow.StepRecord;
import ir.pishkhan.portal.domain.workflow.TimelineEntry;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a rung of the escalation ladder records on the record's timeline (the workflow's {@code ESCALATE} entry): which
 * rung, the deadline it was counted from, and, for the letter, the letter's number once one is issued.
 */
public record RungRecord(Rung rung, LocalDate deadline, String letterNumber) implements StepRecord {

    public RungRecord {
        if (rung == null || deadline == null) {
            throw new IllegalArgumentException("A rung is taken for a deadline");
        }
    }

    public RungRecord(Rung rung, LocalDate deadline) {
        this(rung, deadline, null);
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("rung", rung.name());
        f.put("deadline", deadline.toString());
        f.put("letter", letterNumber);
        return f;
    }

    /** The record of a rung's entry, of any workflow; none for any other entry, whatever its text says. */
    public static Optional<RungRecord> of(TimelineEntry<?, ?> entry) {
        if (entry == null || !WorkflowAction.byPortal(entry.getAction())) {
            return Optional.empty();
        }
        Map<String, String> f = factsOf(entry);
        Optional<Rung> rung = Rung.named(f.getOrDefault("rung", ""));
        if (rung.isEmpty() || !f.containsKey("deadline")) {
            return Optional.empty();
        }
        return Optional.of(new RungRecord(rung.get(), LocalDate.parse(f.get("deadline")), f.get("letter")));
    }

    private static <S extends Enum<S>, A extends Enum<A> & WorkflowAction<S>> Map<String, String> factsOf(
            TimelineEntry<S, A> entry) {
        return entry.facts(entry.getAction());
    }
}
