package ir.pishkhan.portal.domain.notification;

import ir.pishkhan.portal.domain.workflow.Keyset;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** One user's notifications, newest first. */
public interface NotificationRepository {

    void store(Notification notification);

    Optional<Notification> byId(long id);

    /** A page of the recipient's notifications, newest first (the request's order is ignored: there is one). */
    Keyset.Page<Notification> page(String recipient, Keyset.Request request);

    /** How many the recipient has, counted up to {@code cap}. */
    long count(String recipient, long cap);

    /** How many the recipient has not read: one indexed count, for the bell on every page. */
    long unread(String recipient);

    /** Marks every unread one of the recipient's read; how many it marked. */
    int markAllRead(String recipient, Instant now);

    /** The recipients with notifications awaiting a digest, at or before {@code upTo}: after {@code after} (null for the first), by name, at most {@code limit}. */
    List<String> awaitingDigest(Instant upTo, String after, int limit);

    /** One recipient's notifications awaiting a digest, at or before {@code upTo}. */
    List<Notification> awaitingDigest(String recipient, Instant upTo);

    /**
     * Marks these notifications as carried by the digest mail {@code mailId}, each only if no digest carried it yet (a
     * conditional update, so that of two passes at once one marks them, the other none); how many it marked.
     */
    int markDigested(Collection<Long> ids, long mailId);
}
