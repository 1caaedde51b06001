package ir.pishkhan.portal.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One person told of one step: what happened (the workflow, the action, from which state to which), to which record
 * (its id and tracking number), when, and whether they have read it. Facts only — never what anybody typed — so that
 * each reader sees it in words of their own language. Never deleted: reading it marks it read.
 */
@Entity
@Table(name = "notification")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "recipient", nullable = false, updatable = false, length = 40)
    private String recipient;

    @Column(name = "workflow", nullable = false, updatable = false, length = 30)
    private String workflow;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(name = "tracking_number", nullable = false, updatable = false, length = 30)
    private String trackingNumber;

    /** The action's enum name ({@code FORWARD}); its class is the workflow's. */
    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "from_status", updatable = false, length = 30)
    private String fromStatus;

    @Column(name = "to_status", updatable = false, length = 30)
    private String toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "read_at")
    private Instant readAt;

    /** Mailed in the recipient's daily digest, not on its own. */
    @Column(name = "digest_pending", nullable = false, updatable = false)
    private boolean digestPending;

    /** The outbox mail of the digest that carried it; null until then. */
    @Column(name = "digest_mail_id")
    private Long digestMailId;

    protected Notification() {
    }

    public Notification(String recipient, String workflow, Long recordId, String trackingNumber, Enum<?> action,
                        Enum<?> from, Enum<?> to, NotificationKind kind, Instant at) {
        this.recipient = Objects.requireNonNull(recipient);
        this.workflow = Objects.requireNonNull(workflow);
        this.recordId = Objects.requireNonNull(recordId);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.action = action.name();
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to == null ? null : to.name();
        this.kind = Objects.requireNonNull(kind);
        this.at = Objects.requireNonNull(at);
    }

    /** Read now, unless it was read before (the first reading is kept). */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** To be mailed in the recipient's next daily digest: decided once, before it is stored (the account's rule). */
    public void awaitDigest() {
        if (id != null) {
            throw new IllegalStateException("decided when the notification is stored");
        }
        digestPending = true;
    }

    /** Whether it waits for a digest: meant for one and not yet in one. */
    public boolean isAwaitingDigest() {
        return digestPending && digestMailId == null;
    }

    public Long getDigestMailId() {
        return digestMailId;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isFor(String username) {
        return recipient.equals(username);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getWorkflow() {
        return workflow;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getAction() {
        return action;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    /** Whether the step moved the record to another state (a note or a reply does not). */
    public boolean isStateChange() {
        return toStatus != null && !toStatus.equals(fromStatus);
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
