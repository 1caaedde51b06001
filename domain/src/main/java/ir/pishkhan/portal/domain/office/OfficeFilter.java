package ir.pishkhan.portal.domain.office;

import java.io.Serializable;

/** What a list of offices is filtered by; null fields do not filter. {@code text} is matched normalized. */
public record OfficeFilter(String text, OfficeKind kind, LicenceStatus status) implements Serializable {

    public static OfficeFilter none() {
        return new OfficeFilter(null, null, null);
    }
}
