package ir.pishkhan.portal.domain.delegation;

import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.BusinessException;

import java.io.Serializable;

/**
 * Which offices a grant or withdrawal is for: one office, or every active office of a county, of a kind, or of a
 * county and a kind. Only offices the service is meant for ({@link ServiceScope}) and whose licence is active are
 * granted; a withdrawal ends whatever of the selection is in force.
 */
public record OfficeSelection(Long officeId, String county, OfficeKind kind) implements Serializable {

    public OfficeSelection {
        county = county == null || county.isBlank() ? null : county.strip();
        if (officeId != null && (county != null || kind != null)) {
            throw new BusinessException.InvalidInput("delegation.selection.oneOrMany");
        }
    }

    public static OfficeSelection office(long officeId) {
        return new OfficeSelection(officeId, null, null);
    }

    public static OfficeSelection of(String county, OfficeKind kind) {
        return new OfficeSelection(null, county, kind);
    }

    /** The whole province: refused for a grant unless asked for explicitly, so that a form left empty grants nothing. */
    public boolean isWholeProvince() {
        return officeId == null && county == null && kind == null;
    }
}
