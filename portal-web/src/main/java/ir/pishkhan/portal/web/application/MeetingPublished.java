package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.workflow.Actor;

import java.io.Serializable;
import java.time.Instant;

/**
 * A meeting of the working group was published: its resolutions are now in force and bind their parties.
 * <p>
 * Fired synchronously inside the publishing transaction, so that what observers write (the obligations each
 * resolution of kind obligation or report creates, one per obligated agency) commits or rolls back with the
 * publication: observe it with a plain {@code @Observes}. An observer reads the meeting by {@code meetingId}.
 */
public record MeetingPublished(long meetingId, int meetingNumber, Actor by, Instant at) implements Serializable {
}
