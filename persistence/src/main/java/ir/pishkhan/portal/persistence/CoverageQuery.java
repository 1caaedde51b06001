package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.delegation.ServiceScope;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.OfficeKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The one GROUP BY of every coverage report (services' authorisations, banks' contracts): per subject and county, the
 * county's active offices by kind, and how many of each are covered by a row in force of the covering table. What the
 * counts mean is the domain's {@link CountyCoverage}; nothing here loads an office.
 */
final class CoverageQuery {

    private CoverageQuery() {
    }

    /**
     * @param subjects      the subjects' table and alias, e.g. {@code agency_service s}
     * @param covering      the covering table, e.g. {@code authorisation}
     * @param subjectColumn the covering table's column naming the subject, e.g. {@code service_id}
     * @param where         the condition on the subjects (with positional parameters from ?1)
     * @param scopeOf       the scope of a subject by its id (a bank's contracts are for every office)
     */
    static List<CountyCoverage> run(EntityManager em, String subjects, String alias, String covering,
                                    String subjectColumn, String where, List<Object> parameters,
                                    LongFunction<ServiceScope> scopeOf) {
        String urban = "'" + OfficeKind.URBAN.name() + "'";
        String rural = "'" + OfficeKind.RURAL.name() + "'";
        String sql = "SELECT " + alias + ".id, o.county_fa, MAX(o.county_en),"
                + " SUM(CASE WHEN o.kind = " + urban + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN o.kind = " + rural + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN o.kind = " + urban + " AND c.id IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN o.kind = " + rural + " AND c.id IS NOT NULL THEN 1 ELSE 0 END)"
                + " FROM " + subjects + " CROSS JOIN office o"
                // the covering rows of these subjects only, by the index that leads with the subject: joined to the
                // whole table, PostgreSQL hashes every row of it (2.6 s on 2 million authorisations, 0.2 s so)
                + " LEFT JOIN (SELECT x.id, x." + subjectColumn + " AS subject_id, x.office_id FROM " + covering + " x"
                + " WHERE x.ended_key = 0 AND x." + subjectColumn + " IN (SELECT " + alias + ".id FROM " + subjects
                + " WHERE " + where + ")) c ON c.subject_id = " + alias + ".id AND c.office_id = o.id"
                + " WHERE " + where + " AND o.status = '" + LicenceStatus.ACTIVE.name() + "'"
                + " GROUP BY " + alias + ".id, o.county_fa ORDER BY " + alias + ".id, o.county_fa";
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        List<CountyCoverage> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            long subject = ((Number) r[0]).longValue();
            out.add(new CountyCoverage(subject, scopeOf.apply(subject), (String) r[1], (String) r[2],
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue()));
        }
        return out;
    }
}
