package ir.pishkhan.portal.domain.escalation;

import ir.pishkhan.portal.domain.escalation.Referrals.Kind;
import ir.pishkhan.portal.domain.escalation.Referrals.Subject;
import ir.pishkhan.portal.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.io.Serializable;
import java.time.Instant;

/**
 * The secretariat's decision on a proposed referral to the violations board ({@link Referrals}): confirmed (the
 * complaint referred through the complaint's own referral step) or dropped, by whom, when, why. The key (subject,
 * newest upheld complaint) is unique in the database: of two decisions on one proposal — a double submit, two
 * secretaries, two instances — the second's insert fails.
 */
@Entity
@Table(name = "referral", uniqueConstraints = @UniqueConstraint(name = "referral_proposal_uk",
        columnNames = {"subject", "agency_id", "official_key", "newest_upheld_id"}))
public class Referral implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 2000;

    public enum Outcome {
        CONFIRMED, DROPPED
    }

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, updatable = false, length = 10)
    private Kind subject;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private Long agencyId;

    @Column(name = "official_key", nullable = false, updatable = false, length = 200)
    private String officialKey;

    @Column(name = "newest_upheld_id", nullable = false, updatable = false)
    private Long newestUpheldId;

    @Column(name = "upheld", nullable = false, updatable = false)
    private long upheld;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 10)
    private Outcome outcome;

    /** The complaint referred on confirming; none when dropped. */
    @Column(name = "referred_id", updatable = false)
    private Long referredId;

    @Column(name = "reason", updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected Referral() {
    }

    private Referral(Referrals.Proposal p, Outcome outcome, Long referredId, String reason, String by, Instant at) {
        Subject s = p.subject();
        this.subject = s.kind();
        this.agencyId = s.agencyId();
        this.officialKey = s.officialKey();
        this.newestUpheldId = p.newestUpheldId();
        this.upheld = p.upheld();
        this.outcome = outcome;
        this.referredId = referredId;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public static Referral confirmed(Referrals.Proposal p, long referredId, String by, Instant at) {
        return new Referral(p, Outcome.CONFIRMED, referredId, null, by, at);
    }

    /** @throws BusinessException.InvalidInput without a reason, or with one too long */
    public static Referral dropped(Referrals.Proposal p, String reason, String by, Instant at) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException.InvalidInput("referral.reason.required");
        }
        if (text.length() > REASON_MAX) {
            throw new BusinessException.InvalidInput("referral.reason.tooLong", REASON_MAX);
        }
        return new Referral(p, Outcome.DROPPED, null, text, by, at);
    }

    public Long getId() {
        return id;
    }

    public Subject getSubject() {
        return new Subject(subject, agencyId, officialKey);
    }

    public long getNewestUpheldId() {
        return newestUpheldId;
    }

    public long getUpheld() {
        return upheld;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Long getReferredId() {
        return referredId;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
