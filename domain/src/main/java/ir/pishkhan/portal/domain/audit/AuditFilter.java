package ir.pishkhan.portal.domain.audit;

import java.io.Serializable;
import java.time.Instant;

/** What the administrator's audit screen asks for; each part optional: an action, an actor, a period [from, to). */
public record AuditFilter(String action, String actor, Instant from, Instant to) implements Serializable {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
