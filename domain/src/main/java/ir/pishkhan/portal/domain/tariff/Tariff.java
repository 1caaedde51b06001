package ir.pishkhan.portal.domain.tariff;

import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.PersianText;
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
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One row of the tariff register (res. 18): what an office charges for one service, in rials, provisional or final,
 * over an effective period (from, and to inclusive; open while no later row has followed it), set by a resolution.
 * A row is never rewritten: a change is a new row ({@link TariffHistory#change}), and the row before it only has its
 * period ended.
 */
@Entity
@Table(name = "tariff")
public class Tariff implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_MAX = 60;
    public static final int NAME_MAX = 300;

    @Id
    @SequenceGenerator(name = "tariff_seq", sequenceName = "tariff_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tariff_seq")
    private Long id;

    @Column(name = "service_code", nullable = false, updatable = false, length = CODE_MAX)
    private String serviceCode;

    @Column(name = "service_fa", nullable = false, updatable = false, length = NAME_MAX)
    private String serviceFa;

    @Column(name = "service_en", nullable = false, updatable = false, length = NAME_MAX)
    private String serviceEn;

    @Column(name = "rials", nullable = false, updatable = false)
    private long rials;

    @Column(name = "provisional", nullable = false, updatable = false)
    private boolean provisional;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    /** The last day it applies; null while it is the service's open row. Set once, when a later row follows. */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false, updatable = false)
    private Resolution resolution;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    /** Normalized service names and code, for search. */
    @Column(name = "search_key", nullable = false, updatable = false, length = 1000)
    private String searchKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tariff() {
    }

    Tariff(String serviceCode, String serviceFa, String serviceEn, long rials, boolean provisional,
           LocalDate effectiveFrom, LocalDate effectiveTo, Resolution resolution, String recordedBy, Instant recordedAt) {
        this.serviceCode = serviceCode;
        this.serviceFa = serviceFa;
        this.serviceEn = serviceEn;
        this.rials = rials;
        this.provisional = provisional;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.resolution = resolution;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.searchKey = PersianText.normalize(serviceFa + " " + serviceEn + " " + serviceCode);
    }

    /** Whether the row applies on a day. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Whether its period and [from, to] (to null: open) share a day. */
    boolean overlaps(LocalDate from, LocalDate to) {
        return (effectiveTo == null || !from.isAfter(effectiveTo)) && (to == null || !effectiveFrom.isAfter(to));
    }

    void endOn(LocalDate lastDay) {
        effectiveTo = lastDay;
    }

    public Long getId() {
        return id;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getServiceFa() {
        return serviceFa;
    }

    public String getServiceEn() {
        return serviceEn;
    }

    public String service(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? serviceFa : serviceEn;
    }

    public long getRials() {
        return rials;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
