package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Records who changed what, in the caller's transaction (it must have one). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditRecorder {

    @Inject
    private AuditLog log;

    @Inject
    private Clock clock;

    public Instant now() {
        return clock.instant();
    }

    public void record(String actor, String entityType, long entityId, String action, String detail) {
        log.record(new AuditEntry(now(), actor, entityType, entityId, action, detail));
    }
}
