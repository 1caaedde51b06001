package ir.pishkhan.portal.domain.notification;

/**
 * When a user's mails go out: each notification in a mail of its own as it happens, or the day's notifications in one
 * daily digest, early in the morning.
 */
public enum MailSchedule {
    /** A mail for each notification, written in the step's own transaction (the default). */
    EACH,
    /** One mail a day listing the notifications since the last one. */
    DAILY_DIGEST
}
