package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.notification.Outbox;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The worker's steps on the outbox, each in a transaction of its own, so that a claim is committed (and seen by the
 * other instances) before the mail is sent, and the mail is marked sent or failed as soon as the server answered.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDelivery {

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    public int releaseAbandoned() {
        return outbox.releaseAbandoned(clock.instant().minus(settings.abandonedAfter()));
    }

    public List<Outbox.Due> due(int limit) {
        return outbox.due(clock.instant(), limit);
    }

    /** The mail, claimed for this worker; empty when another worker claimed it first. */
    public Optional<OutboxMail> claim(Outbox.Due due) {
        if (!outbox.claim(due, clock.instant())) {
            return Optional.empty();
        }
        return outbox.byId(due.id());
    }

    public void sent(long id) {
        outbox.byId(id).ifPresent(m -> m.sent(clock.instant()));
    }

    public void failed(long id, String error) {
        outbox.byId(id).ifPresent(m -> m.failed(error, clock.instant(), settings.retries()));
    }
}
