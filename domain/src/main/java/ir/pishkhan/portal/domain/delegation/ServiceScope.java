package ir.pishkhan.portal.domain.delegation;

import ir.pishkhan.portal.domain.office.OfficeKind;

/** Which offices a service is meant for: urban (شهری), rural (روستایی), or both. */
public enum ServiceScope {
    URBAN, RURAL, BOTH;

    /** Whether an office of this kind is meant to offer a service of this scope (and so counts in its coverage). */
    public boolean covers(OfficeKind kind) {
        return this == BOTH || name().equals(kind.name());
    }
}
