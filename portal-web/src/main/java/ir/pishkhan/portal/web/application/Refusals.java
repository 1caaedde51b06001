package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Records a request refused as not the caller's to make (403: a role crossing by crafted post), in the audit log.
 * In a transaction of its own: the refused request's own one, if it had any, is rolled back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Refusals {

    public static final String ENTITY = "REQUEST";
    public static final String ACTION = "REFUSED";

    @Inject
    private AuditLog log;

    @Inject
    private Clock clock;

    /** @param actor the user's name ("-" when nobody is signed in); @param what the method and path refused */
    public void refused(String actor, String what) {
        String who = actor == null || actor.isBlank() ? "-" : actor;
        String detail = what == null ? null : what.length() > 2000 ? what.substring(0, 2000) : what; // a log line, not user text
        log.record(new AuditEntry(clock.instant(), who.length() > 40 ? who.substring(0, 40) : who, ENTITY, 0, ACTION, detail));
    }
}
