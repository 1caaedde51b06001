package ir.pishkhan.portal.domain.notification;

/** Where a mail of the outbox is. */
public enum MailState {
    /** Waiting to be sent, at its next attempt's time. */
    PENDING,
    /** Claimed by one instance's worker, which is sending it now. */
    SENDING,
    SENT,
    /** Given up after the last attempt: the administrator sees it, with the last error. */
    FAILED
}
