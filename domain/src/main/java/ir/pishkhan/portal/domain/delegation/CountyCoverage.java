package ir.pishkhan.portal.domain.delegation;

import ir.pishkhan.portal.domain.office.OfficeKind;

import java.io.Serializable;
import java.util.Locale;

/**
 * One county's coverage of a service (or of a bank's contracts): the county's active offices by kind, and how many of
 * each hold an active authorisation (or a signed contract). The database counts; the rule of what the counts mean is
 * here, and only here: which offices count (the service's {@link ServiceScope}) and when the delegation is selective
 * (resolution 19).
 *
 * @param subjectId   the service (or agency) the row is about
 * @param activeUrban the county's active urban offices
 * @param activeRural the county's active rural offices
 * @param coveredUrban of those urban offices, how many are authorised (hold a contract)
 * @param coveredRural of those rural offices, how many are authorised (hold a contract)
 */
public record CountyCoverage(long subjectId, ServiceScope scope, String countyFa, String countyEn, long activeUrban,
                             long activeRural, long coveredUrban, long coveredRural) implements Serializable {

    public CountyCoverage {
        if (activeUrban < 0 || activeRural < 0 || coveredUrban < 0 || coveredRural < 0
                || coveredUrban > activeUrban || coveredRural > activeRural) {
            throw new IllegalArgumentException("Counts out of range: " + activeUrban + "/" + activeRural + "/"
                    + coveredUrban + "/" + coveredRural);
        }
        if (scope == null) {
            throw new IllegalArgumentException("A scope is required");
        }
    }

    /** The active offices of the county that the service is meant for. */
    public long eligible() {
        return (scope.covers(OfficeKind.URBAN) ? activeUrban : 0)
                + (scope.covers(OfficeKind.RURAL) ? activeRural : 0);
    }

    /** Of {@link #eligible()}, how many are authorised. */
    public long covered() {
        return (scope.covers(OfficeKind.URBAN) ? coveredUrban : 0)
                + (scope.covers(OfficeKind.RURAL) ? coveredRural : 0);
    }

    /** The offices of the county left out: meant to offer it, active, not authorised. */
    public long leftOut() {
        return eligible() - covered();
    }

    public Selectivity selectivity() {
        long covered = covered();
        if (covered == 0) {
            return Selectivity.NONE;
        }
        if (covered == eligible()) {
            return Selectivity.ALL;
        }
        if (scope == ServiceScope.BOTH && coveredRural == 0 && activeRural > 0 && coveredUrban == activeUrban) {
            return Selectivity.URBAN_ONLY;
        }
        return Selectivity.PARTIAL;
    }

    public boolean isSelective() {
        return selectivity().isSelective();
    }

    public String county(Locale locale) {
        return "fa".equals(locale.getLanguage()) || countyEn == null ? countyFa : countyEn;
    }
}
