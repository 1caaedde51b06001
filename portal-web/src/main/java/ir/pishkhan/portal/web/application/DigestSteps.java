package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.notification.Digest;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.NotificationRepository;
import ir.pishkhan.portal.domain.notification.Outbox;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The digest pass's transactions: who has notifications waiting for a digest, and one user's digest — its outbox mail
 * and the mark on each notification it carries — written in one transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DigestSteps {

    @Resource
    private SessionContext session;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Outbox outbox;

    @Inject
    private MailWriter writer;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A batch of the recipients with notifications waiting at {@code upTo}, after {@code after}, by name. */
    public List<String> waiting(Instant upTo, String after, int limit) {
        return notifications.awaitingDigest(upTo, after, limit);
    }

    /**
     * Writes the recipient's digest of what waited up to {@code now}: its mail in the outbox (sent by the worker, with
     * its retries), and each notification marked as carried by it — only if none was carried already: the conditional
     * update of {@link NotificationRepository#markDigested} waits for another instance's pass holding the same rows
     * and then finds them carried, and this transaction is rolled back, mail and all. The mail written, if any.
     */
    public Optional<OutboxMail> send(String recipient, Instant now) {
        Optional<UserAccount> to = accounts.byUsername(recipient).filter(UserAccount::canTakeDigest);
        if (to.isEmpty()) {
            // mail off or no address: they wait, on the notifications page, and go in the digest once mail is on
            return Optional.empty();
        }
        List<Notification> waiting = notifications.awaitingDigest(recipient, now);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Digest digest = Digest.of(waiting);
        OutboxMail mail = writer.digest(to.get(), digest, now);
        outbox.store(mail);
        // the mail's id, for the mark
        em.flush();
        List<Long> ids = digest.covered().stream().map(Notification::getId).toList();
        if (notifications.markDigested(ids, mail.getId()) != ids.size()) {
            // another instance's pass carried some of them first: its digest goes, this one does not
            session.setRollbackOnly();
            return Optional.empty();
        }
        return Optional.of(mail);
    }
}
