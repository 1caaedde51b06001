package ir.pishkhan.portal.domain.notification;

import ir.pishkhan.portal.domain.workflow.Keyset;

import java.time.Instant;
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
}
