package ir.pishkhan.portal.domain.delegation;

import java.io.Serializable;

/**
 * An agency's catalogue and delegation in two figures, for the overview of every agency (resolution 5): its services,
 * and how many of them are delegated to at least one office now.
 */
public record AgencyDelegation(long agencyId, String nameFa, String nameEn, long services, long servicesDelegated)
        implements Serializable {

    public String name(java.util.Locale locale) {
        return "fa".equals(locale.getLanguage()) ? nameFa : nameEn;
    }
}
