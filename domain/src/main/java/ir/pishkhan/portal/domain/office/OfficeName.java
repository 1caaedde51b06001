package ir.pishkhan.portal.domain.office;

import java.io.Serializable;
import java.util.Locale;

/**
 * An office by its name only, where a page names many offices and reads nothing else of them (the offices left out of
 * a selective delegation): read as three columns, no entity loaded.
 */
public record OfficeName(long id, String nameFa, String nameEn) implements Serializable {

    public String name(Locale locale) {
        return "fa".equals(locale.getLanguage()) || nameEn == null ? nameFa : nameEn;
    }
}
