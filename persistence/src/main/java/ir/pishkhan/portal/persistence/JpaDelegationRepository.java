package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.delegation.AgencyDelegation;
import ir.pishkhan.portal.domain.delegation.Authorisation;
import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.delegation.DelegationRepository;
import ir.pishkhan.portal.domain.delegation.DelegationStep;
import ir.pishkhan.portal.domain.delegation.OfficeSelection;
import ir.pishkhan.portal.domain.delegation.RegisterChange;
import ir.pishkhan.portal.domain.delegation.ServiceCoverage;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.domain.delegation.ServiceScope;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.office.OfficeName;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaDelegationRepository implements DelegationRepository {

    private static final Map<String, String> SERVICE_SORTABLE = Map.of(
            "code", "s.code", "nameFa", "s.nameFa", "nameEn", "s.nameEn", "scope", "s.scope");

    private static final Map<String, String> AUTHORISATION_SORTABLE = Map.of(
            "office", "a.office.nameFa", "county", "a.office.countyFa", "since", "a.since");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaDelegationRepository() {
    }

    public JpaDelegationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ServiceItem> service(long id) {
        return Optional.ofNullable(em.find(ServiceItem.class, id));
    }

    @Override
    public Optional<ServiceItem> service(long agencyId, String code) {
        return em.createQuery("SELECT s FROM ServiceItem s WHERE s.agency.id = :a AND s.code = :c", ServiceItem.class)
                .setParameter("a", agencyId).setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public void store(ServiceItem service) {
        if (service.getId() == null) {
            em.persist(service);
        }
        em.flush();
    }

    @Override
    public Page<ServiceItem> services(Long agencyId, String text, PageRequest page) {
        return new JpqlFilter().equal("s.agency.id", "agency", agencyId).words("s.searchKey", text)
                .page(em, ServiceItem.class, "s", page, SERVICE_SORTABLE, "s.code, s.id");
    }

    /** The offices a step selects, as a condition on {@code office o} with its parameters appended. */
    private static String selected(OfficeSelection selection, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (selection.officeId() != null) {
            where.append(" AND o.id = ?").append(parameters.size() + 1);
            parameters.add(selection.officeId());
        }
        if (selection.county() != null) {
            where.append(" AND o.county_fa = ?").append(parameters.size() + 1);
            parameters.add(selection.county());
        }
        if (selection.kind() != null) {
            where.append(" AND o.kind = ?").append(parameters.size() + 1);
            parameters.add(selection.kind().name());
        }
        return where.toString();
    }

    /** The office kinds a service of this scope is meant for, as an SQL list built from the domain's rule. */
    private static String kindsOf(ServiceScope scope) {
        return Arrays.stream(OfficeKind.values()).filter(scope::covers).map(k -> "'" + k.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static int execute(EntityManager em, String sql, List<Object> parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        return q.executeUpdate();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    @Override
    public int grant(ServiceItem service, DelegationStep step, String by, Instant at) {
        List<Object> p = new ArrayList<>(List.of(service.getId(), step.effectiveOn(), step.basis(), by, utc(at)));
        String sql = "INSERT INTO authorisation (service_id, office_id, since, basis, granted_by, granted_at, ended_key)"
                + " SELECT ?1, o.id, ?2, ?3, ?4, ?5, 0 FROM office o"
                + " WHERE o.status = '" + LicenceStatus.ACTIVE.name() + "' AND o.kind IN " + kindsOf(service.getScope())
                + selected(step.selection(), p)
                + " AND NOT EXISTS (SELECT 1 FROM authorisation x WHERE x.service_id = ?1 AND x.office_id = o.id"
                + " AND x.ended_key = 0)";
        return execute(em, sql, p);
    }

    @Override
    public int withdraw(ServiceItem service, DelegationStep step, String by, Instant at) {
        List<Object> p = new ArrayList<>(List.of(service.getId(), step.effectiveOn(), step.basis(), by, utc(at)));
        String sql = "UPDATE authorisation SET ended_key = id, withdrawn_on = ?2, withdrawn_basis = ?3,"
                + " withdrawn_by = ?4, withdrawn_at = ?5"
                + " WHERE service_id = ?1 AND ended_key = 0 AND office_id IN (SELECT o.id FROM office o WHERE 1 = 1"
                + selected(step.selection(), p) + ")";
        int ended = execute(em, sql, p);
        return ended;
    }

    @Override
    public Page<Authorisation> authorisations(long serviceId, String text, boolean inForceOnly, PageRequest page) {
        return new JpqlFilter().equal("a.service.id", "service", serviceId)
                .equal("a.endedKey", "ended", inForceOnly ? Authorisation.IN_FORCE : null)
                .words("a.office.searchKey", text)
                .page(em, Authorisation.class, "a", page, AUTHORISATION_SORTABLE,
                        "a.endedKey, a.office.countyFa, a.office.nameFa, a.id");
    }

    @Override
    public Page<Authorisation> authorisedFor(long officeId, PageRequest page) {
        return new JpqlFilter().equal("a.office.id", "office", officeId).equal("a.endedKey", "ended", Authorisation.IN_FORCE)
                .page(em, Authorisation.class, "a", page, Map.of(), "a.service.code, a.id");
    }

    /** Grants reach only offices of the service's scope, so any other active office authorised makes it selective. */
    @Override
    public List<ServiceItem> leftOutOf(Office office, int max) {
        if (office.getStatus() != LicenceStatus.ACTIVE) {
            return List.of();
        }
        List<ServiceScope> scopes = Arrays.stream(ServiceScope.values()).filter(s -> s.covers(office.getKind())).toList();
        return em.createQuery("SELECT s FROM ServiceItem s WHERE s.scope IN :scopes"
                        + " AND EXISTS (SELECT a FROM Authorisation a WHERE a.service = s AND a.endedKey = 0"
                        + " AND a.office.countyFa = :county AND a.office.status = :active)"
                        + " AND NOT EXISTS (SELECT b FROM Authorisation b WHERE b.service = s AND b.endedKey = 0"
                        + " AND b.office.id = :office)"
                        + " ORDER BY s.agency.nameFa, s.code, s.id", ServiceItem.class)
                .setParameter("scopes", scopes).setParameter("county", office.getCountyFa())
                .setParameter("active", LicenceStatus.ACTIVE).setParameter("office", office.getId())
                .setMaxResults(max).getResultList();
    }

    @Override
    public Page<ServiceCoverage> coverage(long agencyId, PageRequest page) {
        Page<ServiceItem> services = services(agencyId, null, page);
        if (services.items().isEmpty()) {
            return new Page<>(List.of(), services.total());
        }
        Map<Long, ServiceItem> byId = new HashMap<>();
        services.items().forEach(s -> byId.put(s.getId(), s));
        String ids = services.items().stream().map(s -> "?" + (services.items().indexOf(s) + 1))
                .collect(Collectors.joining(", "));
        List<Object> parameters = services.items().stream().map(s -> (Object) s.getId()).toList();
        List<CountyCoverage> rows = CoverageQuery.run(em, "agency_service s", "s", "authorisation", "service_id",
                "s.id IN (" + ids + ")", parameters, id -> byId.get(id).getScope());
        Map<Long, List<CountyCoverage>> perService = rows.stream()
                .collect(Collectors.groupingBy(CountyCoverage::subjectId));
        return new Page<>(services.items().stream()
                .map(s -> new ServiceCoverage(s, perService.getOrDefault(s.getId(), List.of()))).toList(),
                services.total());
    }

    /**
     * Two queries, whatever the number of rows: the active offices of the rows' counties by name, and which of them
     * hold an authorisation in force of the rows' services (by the key that leads with the service); then, per row, the
     * first {@code max} of its county meant to offer the service ({@link ServiceScope#covers}) and not among those.
     * (A window over every office of the page's services numbered all of those left out, and a sub-query per row
     * cost PostgreSQL more to plan than to run: 0.2 s for a page's 150 rows.)
     */
    @Override
    public Map<Long, Map<String, List<OfficeName>>> leftOut(List<CountyCoverage> rows, int max) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Long> services = rows.stream().map(CountyCoverage::subjectId).distinct().toList();
        List<String> counties = rows.stream().map(CountyCoverage::countyFa).distinct().toList();
        Map<String, List<Object[]>> officesByCounty = new HashMap<>();
        for (Object[] o : em.createQuery("SELECT o.id, o.countyFa, o.kind, o.nameFa, o.nameEn FROM Office o"
                        + " WHERE o.status = :active AND o.countyFa IN :counties ORDER BY o.nameFa, o.id", Object[].class)
                .setParameter("active", LicenceStatus.ACTIVE).setParameter("counties", counties).getResultList()) {
            officesByCounty.computeIfAbsent((String) o[1], k -> new ArrayList<>()).add(o);
        }
        Map<Long, java.util.Set<Long>> authorised = new HashMap<>();
        for (Object[] a : em.createQuery("SELECT a.service.id, a.office.id FROM Authorisation a WHERE a.service.id IN"
                        + " :services AND a.endedKey = 0 AND a.office.status = :active AND a.office.countyFa IN :counties",
                        Object[].class)
                .setParameter("services", services).setParameter("active", LicenceStatus.ACTIVE)
                .setParameter("counties", counties).getResultList()) {
            authorised.computeIfAbsent((Long) a[0], k -> new java.util.HashSet<>()).add((Long) a[1]);
        }
        Map<Long, Map<String, List<OfficeName>>> out = new HashMap<>();
        for (CountyCoverage row : rows) {
            java.util.Set<Long> covered = authorised.getOrDefault(row.subjectId(), java.util.Set.of());
            List<OfficeName> left = new ArrayList<>();
            for (Object[] o : officesByCounty.getOrDefault(row.countyFa(), List.of())) {
                if (left.size() == max) {
                    break;
                }
                long id = (Long) o[0];
                if (row.scope().covers((OfficeKind) o[2]) && !covered.contains(id)) {
                    left.add(new OfficeName(id, (String) o[3], (String) o[4]));
                }
            }
            if (!left.isEmpty()) {
                out.computeIfAbsent(row.subjectId(), k -> new LinkedHashMap<>()).put(row.countyFa(), left);
            }
        }
        return out;
    }

    @Override
    public List<AgencyDelegation> agencies() {
        // a service is delegated when one authorisation in force is found by the key that leads with the service:
        // counting every authorisation in force instead read all of them (0.7 s on 2 million)
        List<?> rows = em.createNativeQuery("SELECT g.id, g.name_fa, g.name_en,"
                + " (SELECT COUNT(*) FROM agency_service s WHERE s.agency_id = g.id),"
                + " (SELECT COUNT(*) FROM agency_service s WHERE s.agency_id = g.id AND EXISTS (SELECT 1 FROM"
                + " authorisation a WHERE a.service_id = s.id AND a.ended_key = 0))"
                + " FROM agency g ORDER BY g.name_fa, g.id").getResultList();
        List<AgencyDelegation> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new AgencyDelegation(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
        }
        return out;
    }

    @Override
    public void record(RegisterChange change) {
        em.persist(change);
    }

    @Override
    public List<RegisterChange> timeline(RegisterChange.Subject subject, long subjectId, int max) {
        return em.createQuery("SELECT c FROM RegisterChange c WHERE c.subject = :subject AND c.subjectId = :id"
                        + " ORDER BY c.at DESC, c.id DESC", RegisterChange.class)
                .setParameter("subject", subject).setParameter("id", subjectId).setMaxResults(max).getResultList();
    }
}
