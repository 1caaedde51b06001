package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.TimelineEntry;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.Workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * A step recorded on a workflow's timeline, as an event published once its transaction has committed: what happened
 * ({@code action}, from which state to which), to which record (its workflow, id and tracking number), by whom, when,
 * and who may read of it ({@code visibility}: an observer that tells people must tell none who may not see it).
 * The parties: the office the record concerns and the agency that must act ({@code officeId}, {@code agencyId}), and
 * the record itself, as it stood when the step was taken.
 * <p>
 * Observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: a step rolled back is never heard of.
 * An observer that must write in the step's own transaction (an outbox) observes it {@code IN_PROGRESS} (a plain
 * {@code @Observes}): it is told inside the command, and its writes commit or roll back with the step.
 */
public record StepRecorded(String workflow, Long recordId, String trackingNumber, Long entryId, Enum<?> action,
                           Enum<?> from, Enum<?> to, String actor, Role actorRole, Instant at, Visibility visibility,
                           Long officeId, Long agencyId, Workflow<?, ?, ?> record)
        implements Serializable {

    static StepRecorded of(Workflow<?, ?, ?> record, TimelineEntry<?, ?> entry) {
        return new StepRecorded(record.workflowName(), record.getId(), record.getTrackingNumber(), entry.getId(),
                entry.getAction(), entry.getFromStatus(), entry.getToStatus(), entry.getActor(), entry.getActorRole(),
                entry.getAt(), entry.getVisibility(), record.officeId(), record.agencyId(), record);
    }

    public boolean isStateChange() {
        return from != to;
    }
}
