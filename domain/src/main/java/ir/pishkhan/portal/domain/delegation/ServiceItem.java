package ir.pishkhan.portal.domain.delegation;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A service in an agency's catalogue (خدمت), which the agency delegates to counter offices by {@link Authorisation}s.
 * A service the demo data made is marked {@link #isDemo()}: never the working group's.
 */
@Entity
@Table(name = "agency_service")
public class ServiceItem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A code as agencies write them: letters, digits, dots and dashes. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,39}");
    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "agency_service_seq", sequenceName = "agency_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_service_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name_fa", nullable = false, length = NAME_MAX)
    private String nameFa;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 10)
    private ServiceScope scope;

    @Column(name = "demo", nullable = false, updatable = false)
    private boolean demo;

    @Column(name = "search_key", nullable = false, length = 600)
    private String searchKey;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceItem() {
    }

    /** A new service in the agency's catalogue; bad input is refused with its message key, nothing made. */
    public static ServiceItem catalogue(Agency agency, String code, String nameFa, String nameEn, ServiceScope scope,
                                        boolean demo, Actor actor, Instant at) {
        ServiceItem s = new ServiceItem();
        s.agency = Objects.requireNonNull(agency);
        s.demo = demo;
        s.createdBy = actor.username();
        s.createdAt = at;
        s.describe(code, nameFa, nameEn, scope);
        return s;
    }

    /** Changes the code, names and scope. */
    public void describe(String code, String nameFa, String nameEn, ServiceScope scope) {
        String c = code == null ? "" : PersianText.toAsciiDigits(code).trim();
        if (c.isEmpty()) {
            throw new BusinessException.InvalidInput("service.code.required");
        }
        if (!CODE.matcher(c).matches()) {
            throw new BusinessException.InvalidInput("service.code.invalid");
        }
        if (scope == null) {
            throw new BusinessException.InvalidInput("service.scope.required");
        }
        this.code = c;
        this.nameFa = Texts.required(nameFa, 1, NAME_MAX, "service.nameFa.invalid");
        this.nameEn = Texts.required(nameEn, 1, NAME_MAX, "service.nameEn.invalid");
        this.scope = scope;
        this.searchKey = Texts.searchKey(this.code + " " + this.nameFa + " " + this.nameEn, 600);
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getCode() {
        return code;
    }

    public String getNameFa() {
        return nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? nameFa : nameEn;
    }

    public ServiceScope getScope() {
        return scope;
    }

    public boolean isDemo() {
        return demo;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceItem other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
