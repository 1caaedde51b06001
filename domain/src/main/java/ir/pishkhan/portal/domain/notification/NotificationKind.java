package ir.pishkhan.portal.domain.notification;

/**
 * What a notification is to its reader, so that a user chooses which kinds come by e-mail: work now waits for them,
 * a record they follow moved on, or somebody wrote them a note or a reply.
 */
public enum NotificationKind {
    /** The reader must act now (filed, forwarded, information asked for or given, a line request sent…). */
    WORK,
    /** A record the reader follows moved on (resolved, rejected, reopened, scheduled, installed…). */
    PROGRESS,
    /** A reply or a follow-up note. */
    NOTE
}
