package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * What the audit log records of requests, each in a transaction of its own (a refusal rolls back whatever the
 * request had begun; its record must stay): a request refused (403) and a report exported.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SecurityAudit {

    public static final String REQUEST = "Request";
    public static final String REFUSED = "REFUSED";
    public static final String REPORT = "Report";
    public static final String EXPORT = "EXPORT";
    private static final int WHAT_MAX = 500;

    @Inject
    private AuditLog log;

    @Inject
    private Clock clock;

    /**
     * A request refused with 403: who (a username, or "anonymous"), what was asked ("POST /complaints/view.xhtml
     * triage", say), from where. For the 403 handling: call it once per refused request.
     */
    public void refused(String actor, String what, String address) {
        log.record(new AuditEntry(clock.instant(), actorOf(actor), REQUEST, 0, REFUSED, cap(what), address));
    }

    /** A report downloaded: which, in which format and with which parameters. */
    public void exported(String actor, String what, String address) {
        log.record(new AuditEntry(clock.instant(), actorOf(actor), REPORT, 0, EXPORT, cap(what), address));
    }

    private static String actorOf(String actor) {
        return actor == null || actor.isBlank() ? "anonymous"
                : actor.length() > AuditEntry.ACTOR_MAX ? actor.substring(0, AuditEntry.ACTOR_MAX) : actor;
    }

    private static String cap(String what) {
        return what == null || what.length() <= WHAT_MAX ? what : what.substring(0, WHAT_MAX) + "…";
    }
}
