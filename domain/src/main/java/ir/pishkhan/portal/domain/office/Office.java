package ir.pishkhan.portal.domain.office;

import ir.pishkhan.portal.domain.shared.PersianText;
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
import java.util.Objects;
import java.util.regex.Pattern;

/** A licensed government services counter office (دفتر پیشخوان خدمات دولت). */
@Entity
@Table(name = "office")
public class Office implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Licence numbers as the minutes write them: 14-71-1024, 1059-14-72. */
    public static final Pattern LICENCE = Pattern.compile("\\d{1,5}(-\\d{1,5}){1,3}");

    @Id
    @SequenceGenerator(name = "office_seq", sequenceName = "office_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_seq")
    private Long id;

    @Column(name = "licence_number", nullable = false, unique = true, length = 30)
    private String licenceNumber;

    @Column(name = "name_fa", nullable = false, length = 200)
    private String nameFa;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private OfficeKind kind;

    @Column(name = "county_fa", nullable = false, length = 100)
    private String countyFa;

    @Column(name = "county_en", length = 100)
    private String countyEn;

    @Column(name = "address", length = 500)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LicenceStatus status;

    /** Normalized name, county and licence number (see {@link PersianText#normalize}), for search. */
    @Column(name = "search_key", nullable = false, length = 1000)
    private String searchKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Office() {
    }

    public Office(String licenceNumber, String nameFa, String nameEn, OfficeKind kind, String countyFa, String countyEn,
                  String address, LicenceStatus status) {
        String licence = PersianText.toAsciiDigits(Objects.requireNonNull(licenceNumber)).trim();
        if (!LICENCE.matcher(licence).matches()) {
            throw new IllegalArgumentException("Not a licence number: " + licenceNumber);
        }
        this.licenceNumber = licence;
        this.nameFa = Objects.requireNonNull(nameFa);
        this.nameEn = nameEn;
        this.kind = Objects.requireNonNull(kind);
        this.countyFa = Objects.requireNonNull(countyFa);
        this.countyEn = countyEn;
        this.address = address;
        this.status = Objects.requireNonNull(status);
        this.searchKey = PersianText.normalize(String.join(" ", nameFa, nameEn == null ? "" : nameEn, countyFa,
                countyEn == null ? "" : countyEn, licence));
    }

    public Long getId() {
        return id;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public String getNameFa() {
        return nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(java.util.Locale locale) {
        return "fa".equals(locale.getLanguage()) || nameEn == null ? nameFa : nameEn;
    }

    public String county(java.util.Locale locale) {
        return "fa".equals(locale.getLanguage()) || countyEn == null ? countyFa : countyEn;
    }

    public OfficeKind getKind() {
        return kind;
    }

    public String getCountyFa() {
        return countyFa;
    }

    public String getCountyEn() {
        return countyEn;
    }

    public String getAddress() {
        return address;
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    /** Only a licence change moves the office's status, with its entry on the licence's timeline. */
    void licenceMoved(LicenceStatus to) {
        status = Objects.requireNonNull(to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Office other && licenceNumber.equals(other.licenceNumber);
    }

    @Override
    public int hashCode() {
        return licenceNumber.hashCode();
    }
}
