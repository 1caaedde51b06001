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
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail waiting in the outbox, written in the same transaction as the step it tells of (so that a step is never
 * taken without its mail, nor a mail sent for a step rolled back), and sent later by a worker. The message is written
 * out when the step is taken, in the recipient's language: what the worker sends is what the administrator sees.
 * <p>
 * Its states: pending → sending (claimed by exactly one worker: see the repository's {@code claim}) → sent; or back to
 * pending with a later attempt after a failure; or failed after the last attempt.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ERROR_MAX = 500;

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Column(name = "recipient", nullable = false, updatable = false, length = 40)
    private String recipient;

    @Column(name = "address", nullable = false, updatable = false, length = 254)
    private String address;

    @Column(name = "language", nullable = false, updatable = false, length = 5)
    private String language;

    /** The record the mail is about; null for a daily digest, which is about several. */
    @Column(name = "tracking_number", updatable = false, length = 30)
    private String trackingNumber;

    @Column(name = "subject", nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, updatable = false, length = 20000)
    private String textBody;

    @Column(name = "html_body", nullable = false, updatable = false, length = 20000)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private MailState state = MailState.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxMail() {
    }

    /** The mail of one notification, about the record of this tracking number. */
    public OutboxMail(String recipient, String address, String language, String trackingNumber, String subject,
                      String textBody, String htmlBody, Instant now) {
        this(recipient, address, language, subject, textBody, htmlBody, now, Objects.requireNonNull(trackingNumber));
    }

    /** A daily digest's mail, about several records. */
    public static OutboxMail digest(String recipient, String address, String language, String subject,
                                    String textBody, String htmlBody, Instant now) {
        return new OutboxMail(recipient, address, language, subject, textBody, htmlBody, now, null);
    }

    private OutboxMail(String recipient, String address, String language, String subject, String textBody,
                       String htmlBody, Instant now, String trackingNumber) {
        this.recipient = Objects.requireNonNull(recipient);
        this.address = Objects.requireNonNull(address);
        this.language = Objects.requireNonNull(language);
        this.trackingNumber = trackingNumber;
        this.subject = Objects.requireNonNull(subject);
        this.textBody = Objects.requireNonNull(textBody);
        this.htmlBody = Objects.requireNonNull(htmlBody);
        this.createdAt = Objects.requireNonNull(now);
        this.nextAttemptAt = now;
    }

    /** Sent by the worker that claimed it. */
    public void sent(Instant now) {
        requireState(MailState.SENDING);
        state = MailState.SENT;
        sentAt = now;
        lastError = null;
    }

    /** The attempt failed: pending again, after the retries' wait, or failed for good after the last attempt. */
    public void failed(String error, Instant now, Retries retries) {
        requireState(MailState.SENDING);
        attempts++;
        lastError = error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (attempts >= retries.attempts()) {
            state = MailState.FAILED;
        } else {
            state = MailState.PENDING;
            nextAttemptAt = now.plus(retries.after(attempts));
        }
        claimedAt = null;
    }

    private void requireState(MailState expected) {
        if (state != expected) {
            throw new IllegalStateException("mail " + id + " is " + state + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getAddress() {
        return address;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isDigest() {
        return trackingNumber == null;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public long getVersion() {
        return version;
    }
}
