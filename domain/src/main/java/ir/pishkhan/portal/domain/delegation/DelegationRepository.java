package ir.pishkhan.portal.domain.delegation;

import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeName;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The services' catalogue, their authorisations and the registers' timeline. */
public interface DelegationRepository {

    Optional<ServiceItem> service(long id);

    Optional<ServiceItem> service(long agencyId, String code);

    void store(ServiceItem service);

    /** An agency's services (every agency's when null), searched by code and names with the portal's folding. */
    Page<ServiceItem> services(Long agencyId, String text, PageRequest page);

    /**
     * Authorises the selected active offices the service is meant for that are not authorised yet, in one statement.
     *
     * @return how many offices were authorised now
     */
    int grant(ServiceItem service, DelegationStep step, String by, Instant at);

    /**
     * Ends the selected offices' authorisations in force, in one statement; nothing is deleted.
     *
     * @return how many authorisations were ended
     */
    int withdraw(ServiceItem service, DelegationStep step, String by, Instant at);

    /** A service's authorisations, those in force first; searched by the office's name, county and licence. */
    Page<Authorisation> authorisations(long serviceId, String text, boolean inForceOnly, PageRequest page);

    /** The services the office is authorised for now, with their authorisations. */
    Page<Authorisation> authorisedFor(long officeId, PageRequest page);

    /**
     * The services given to some active office of this office's county but not to it, though it is active and meant to
     * offer them: the county's delegation of each is selective by {@link CountyCoverage#selectivity} (some of those
     * meant for it covered, this one not). At most {@code max}.
     */
    List<ServiceItem> leftOutOf(Office office, int max);

    /** A page of an agency's services with their coverage per county: one GROUP BY for the page's services. */
    Page<ServiceCoverage> coverage(long agencyId, PageRequest page);

    /**
     * For each of these rows of a coverage report (a service in a county, meant to be selective), the first {@code max}
     * active offices of the county meant to offer the service and not authorised, by name: service id → county →
     * offices. One query, which reads no more than {@code max} offices left out per row.
     */
    Map<Long, Map<String, List<OfficeName>>> leftOut(List<CountyCoverage> rows, int max);

    /** Every agency with its services and how many of them are delegated to some office, by name. */
    List<AgencyDelegation> agencies();

    void record(RegisterChange change);

    /** A subject's timeline, newest first: at most {@code max} entries. */
    List<RegisterChange> timeline(RegisterChange.Subject subject, long subjectId, int max);
}
