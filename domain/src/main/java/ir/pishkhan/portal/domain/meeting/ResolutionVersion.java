package ir.pishkhan.portal.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * An earlier wording of a published resolution, kept readable when a correction replaced it: the text as it was in
 * force until {@code replacedAt}, and why the correction was made. Never altered.
 */
@Entity
@Table(name = "resolution_version")
public class ResolutionVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "resolution_version_seq", sequenceName = "resolution_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resolution_version_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false, updatable = false)
    private Resolution resolution;

    /** 1 for the wording first published, 2 for the first correction's, … */
    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "text_fa", nullable = false, updatable = false, length = 10000)
    private String textFa;

    @Column(name = "summary_en", updatable = false, length = 2000)
    private String summaryEn;

    @Column(name = "reason", nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "replaced_by", nullable = false, updatable = false, length = 40)
    private String replacedBy;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    protected ResolutionVersion() {
    }

    ResolutionVersion(Resolution resolution, int number, String textFa, String summaryEn, String reason,
                      String replacedBy, Instant replacedAt) {
        this.resolution = resolution;
        this.number = number;
        this.textFa = textFa;
        this.summaryEn = summaryEn;
        this.reason = reason;
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTextFa() {
        return textFa;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    /** Why the next version replaced this one. */
    public String getReason() {
        return reason;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
