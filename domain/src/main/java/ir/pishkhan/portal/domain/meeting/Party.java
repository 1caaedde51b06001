package ir.pishkhan.portal.domain.meeting;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A party that resolutions oblige or report to: an agency, a class of agencies, or a body. Reference data, written
 * once (the seed) and never changed, so kept in EclipseLink's shared cache: an agency read with a page of complaints
 * takes its party from there, not by one more statement (cached in each instance, nothing to keep in step).
 */
@Entity
@Cacheable
@Table(name = "party")
public class Party implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Classes of agencies that the resolutions oblige as a whole. */
    public static final String ALL_AGENCIES = "all-agencies";
    public static final String ALL_BANKS = "all-banks";
    public static final String ICT_AGENCIES = "ict-agencies";

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_fa", nullable = false, length = 200)
    private String nameFa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false, length = 20)
    private PartyType type;

    protected Party() {
    }

    public Party(String code, String nameFa, String nameEn, PartyType type) {
        this.code = Objects.requireNonNull(code);
        this.nameFa = Objects.requireNonNull(nameFa);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.type = Objects.requireNonNull(type);
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

    public PartyType getType() {
        return type;
    }

    public String name(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? nameFa : nameEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Party p && code.equals(p.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
