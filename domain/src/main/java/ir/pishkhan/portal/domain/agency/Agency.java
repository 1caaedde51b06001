package ir.pishkhan.portal.domain.agency;

import ir.pishkhan.portal.domain.meeting.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A service agency or bank (دستگاه خدمت‌دهنده) whose services the counter offices deliver. */
@Entity
@Table(name = "agency")
public class Agency implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_fa", nullable = false, length = 200)
    private String nameFa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AgencyKind kind;

    /** The party of the resolutions that this agency is, where the resolutions name it. */
    @ManyToOne
    @JoinColumn(name = "party_code")
    private Party party;

    @Column(name = "search_key", nullable = false, length = 500)
    private String searchKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Agency() {
    }

    public Agency(String code, String nameFa, String nameEn, AgencyKind kind, Party party) {
        this.code = Objects.requireNonNull(code);
        this.nameFa = Objects.requireNonNull(nameFa);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.kind = Objects.requireNonNull(kind);
        this.party = party;
        this.searchKey = ir.pishkhan.portal.domain.shared.PersianText.normalize(nameFa + " " + nameEn + " " + code);
    }

    public Long getId() {
        return id;
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

    public AgencyKind getKind() {
        return kind;
    }

    public Optional<Party> getParty() {
        return Optional.ofNullable(party);
    }

    /**
     * Whether a resolution obliges this agency: by name, or as one of a class it names — the one rule of {@link
     * ir.pishkhan.portal.domain.meeting.Obligees}.
     */
    public boolean isBoundBy(ir.pishkhan.portal.domain.meeting.Resolution resolution) {
        return resolution.getObligated().stream()
                .anyMatch(p -> ir.pishkhan.portal.domain.meeting.Obligees.covers(p, this));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agency a && code.equals(a.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
