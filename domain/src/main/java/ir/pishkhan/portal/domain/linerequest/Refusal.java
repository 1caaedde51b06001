package ir.pishkhan.portal.domain.linerequest;

import java.io.Serializable;

/**
 * What a provider's refusal came to. {@code escalated}: the refusal was for a reason resolution 13 forbids, the
 * request is {@link LineRequestStatus#ESCALATED} rather than closed, and a complaint must be opened against the
 * provider ({@link LineRequest#openComplaint}) in the same transaction.
 */
public record Refusal(RefusalReason reason, LineRequestStatus status, boolean escalated) implements Serializable {
}
