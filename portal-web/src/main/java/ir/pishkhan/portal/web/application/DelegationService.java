package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.contract.BankContract;
import ir.pishkhan.portal.domain.contract.ContractRepository;
import ir.pishkhan.portal.domain.delegation.AgencyDelegation;
import ir.pishkhan.portal.domain.delegation.Authorisation;
import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.delegation.DelegationRepository;
import ir.pishkhan.portal.domain.delegation.DelegationStep;
import ir.pishkhan.portal.domain.delegation.OfficeSelection;
import ir.pishkhan.portal.domain.delegation.RegisterChange;
import ir.pishkhan.portal.domain.delegation.RegisterChange.Subject;
import ir.pishkhan.portal.domain.delegation.RegisterChange.What;
import ir.pishkhan.portal.domain.delegation.Resolution5;
import ir.pishkhan.portal.domain.delegation.ServiceCoverage;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.domain.delegation.ServiceScope;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeName;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.web.application.ComplaintService.Upload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registers of services and their delegation (resolutions 5, 7, 19) and of the banks' and the post directorate's
 * contracts (20, 16). A liaison keeps the agency's own catalogue, delegations and contracts — another agency's does
 * not exist for it (404), by URL or crafted post —; the secretariat keeps any; the guild reads. Each change is one
 * transaction with its {@link RegisterChange} on the subject's timeline; nothing is deleted.
 */
@Stateless
public class DelegationService {

    /** How many offices left out a coverage row names; the rest are counted. */
    public static final int LEFT_OUT_LISTED = 10;
    private static final int TIMELINE_MAX = 200;

    @Inject
    private Caller caller;

    @Inject
    private DelegationRepository delegations;

    @Inject
    private ContractRepository contracts;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private OfficeRepository offices;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private Commands commands;

    @Inject
    private Clock clock;

    /** An agency in the overview, and whether it stands out against resolution 5. */
    public record AgencyStanding(AgencyDelegation delegation, boolean againstResolution5) implements Serializable {
    }

    /** A coverage row and, when selective, the first offices left out. */
    public record CoverageRow(ServiceItem service, CountyCoverage coverage, List<OfficeName> leftOut)
            implements Serializable {
    }

    // --- who may keep what ---

    private UserAccount user() {
        return caller.account();
    }

    /**
     * The agency the caller works on: a liaison's own (asking for another answers 404), any other role's the one asked
     * for (404 when there is none).
     */
    private Agency agencyFor(Long requested, UserAccount user) {
        if (user.getRole() == Role.AGENCY_LIAISON) {
            Agency own = user.getAgency();
            if (requested != null && !requested.equals(own.getId())) {
                throw new BusinessException.NotFound();
            }
            return own;
        }
        return commands.visibleOr404(requested == null ? Optional.empty() : agencies.byId(requested), a -> true);
    }

    private static boolean mayKeep(UserAccount user, Agency agency) {
        return user.getRole() == Role.SECRETARIAT
                || user.getRole() == Role.AGENCY_LIAISON && user.getAgency().getId().equals(agency.getId());
    }

    private static boolean maySee(UserAccount user, Agency agency) {
        return user.getRole() == Role.GUILD || mayKeep(user, agency);
    }

    private ServiceItem visible(long id, UserAccount user) {
        return commands.visibleOr404(delegations.service(id), s -> maySee(user, s.getAgency()));
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), JalaliDates.ZONE);
    }

    /** The agency a page opens on: the liaison's own; for others the one asked for, if any. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public Optional<Agency> agency(Long requested) {
        UserAccount user = user();
        if (user.getRole() != Role.AGENCY_LIAISON && requested == null) {
            return Optional.empty();
        }
        return Optional.of(agencyFor(requested, user));
    }

    /** Whether the caller may change this agency's catalogue, delegations and contracts. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public boolean mayKeep(Agency agency) {
        return mayKeep(user(), agency);
    }

    // --- the catalogue ---

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public Page<ServiceItem> services(Long agencyId, String text, PageRequest page) {
        return delegations.services(agencyFor(agencyId, user()).getId(), text, page);
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public ServiceItem service(long id) {
        return visible(id, user());
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.LIAISON})
    public ServiceItem catalogue(Long agencyId, String code, String nameFa, String nameEn, ServiceScope scope) {
        UserAccount user = user();
        Agency agency = agencyFor(agencyId, user);
        Actor by = Caller.actor(user);
        Instant at = now();
        ServiceItem s = ServiceItem.catalogue(agency, code, nameFa, nameEn, scope, false, by, at);
        if (delegations.service(agency.getId(), s.getCode()).isPresent()) {
            throw new BusinessException.InvalidInput("service.code.taken", s.getCode());
        }
        delegations.store(s);
        delegations.record(new RegisterChange(Subject.SERVICE, s.getId(), What.CATALOGUED, by, at, null, 0, null, null));
        return s;
    }

    // --- delegation ---

    @RolesAllowed({Roles.SECRETARIAT, Roles.LIAISON})
    public int grant(long serviceId, OfficeSelection selection, LocalDate since, String basis) {
        return change(serviceId, selection, since, basis, What.GRANTED);
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.LIAISON})
    public int withdraw(long serviceId, OfficeSelection selection, LocalDate on, String basis) {
        return change(serviceId, selection, on, basis, What.WITHDRAWN);
    }

    /**
     * 404 first (another agency's service, or an office that does not exist), then the input, then the set-wise step
     * and its timeline entry, in one transaction. A step that reaches no office is refused, nothing written.
     */
    private int change(long serviceId, OfficeSelection selection, LocalDate on, String basis, What what) {
        UserAccount user = user();
        ServiceItem s = commands.visibleOr404(delegations.service(serviceId), x -> mayKeep(user, x.getAgency()));
        if (selection != null && selection.officeId() != null && offices.byId(selection.officeId()).isEmpty()) {
            throw new BusinessException.InvalidInput("delegation.office.unknown");
        }
        DelegationStep step = DelegationStep.checked(selection, on, basis, today());
        Actor by = Caller.actor(user);
        Instant at = now();
        int n = what == What.GRANTED ? delegations.grant(s, step, by.username(), at)
                : delegations.withdraw(s, step, by.username(), at);
        if (n == 0) {
            throw new BusinessException.InvalidInput(what == What.GRANTED ? "delegation.grant.none" : "delegation.withdraw.none");
        }
        delegations.record(new RegisterChange(Subject.SERVICE, s.getId(), what, by, at, step.selection(), n,
                step.effectiveOn(), step.basis()));
        return n;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public Page<Authorisation> authorisations(long serviceId, String text, boolean inForceOnly, PageRequest page) {
        return delegations.authorisations(visible(serviceId, user()).getId(), text, inForceOnly, page);
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public List<RegisterChange> timeline(long serviceId) {
        return delegations.timeline(Subject.SERVICE, visible(serviceId, user()).getId(), TIMELINE_MAX);
    }

    // --- coverage ---

    /** A page of the agency's services, each with its coverage per county and, where selective, the offices left out. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public Page<CoverageRow> coverage(long agencyId, PageRequest page) {
        Agency agency = agencyFor(agencyId, user());
        Page<ServiceCoverage> services = delegations.coverage(agency.getId(), page);
        Map<Long, Map<String, List<OfficeName>>> leftOut = delegations.leftOut(services.items().stream()
                .flatMap(sc -> sc.counties().stream()).filter(CountyCoverage::isSelective).toList(), LEFT_OUT_LISTED);
        List<CoverageRow> rows = services.items().stream().flatMap(sc -> sc.counties().stream()
                .map(c -> new CoverageRow(sc.service(), c, c.isSelective()
                        ? leftOut.getOrDefault(sc.service().getId(), Map.of()).getOrDefault(c.countyFa(), List.of())
                        : List.of()))).toList();
        return new Page<>(rows, services.total());
    }

    /** Every agency with its catalogue and delegations, and whether it stands out against resolution 5. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD})
    public List<AgencyStanding> agencies() {
        Optional<LocalDate> due = resolution5Due();
        LocalDate today = today();
        return delegations.agencies().stream()
                .map(a -> new AgencyStanding(a, Resolution5.standsOut(due, today, a.servicesDelegated()))).toList();
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public Optional<LocalDate> resolution5Due() {
        return meetings.resolution(Meeting.FOURTEENTH, Resolution5.NUMBER).flatMap(Resolution::dueDate);
    }

    // --- the office ---

    @RolesAllowed(Roles.OFFICE)
    public Page<Authorisation> authorisedServices(PageRequest page) {
        return delegations.authorisedFor(user().getOffice().getId(), page);
    }

    /** The services the office is left out of in its county: the selective delegations it may complain of. */
    @RolesAllowed(Roles.OFFICE)
    public List<ServiceItem> leftOutServices() {
        return delegations.leftOutOf(user().getOffice(), 200);
    }

    /** A service the office is left out of (404 for any other), to name in its complaint. */
    @RolesAllowed(Roles.OFFICE)
    public ServiceItem leftOutService(long id) {
        Office office = user().getOffice();
        return commands.visibleOr404(delegations.service(id),
                s -> delegations.leftOutOf(office, 200).stream().anyMatch(x -> x.getId().equals(s.getId())));
    }

    // --- contracts (res. 20; res. 16 for the post directorate) ---

    /** The banks and the post directorate, for the contracts' page. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public List<Agency> contractParties() {
        UserAccount user = user();
        return agencies.choices().stream().filter(a -> BankContract.PARTIES.contains(a.getKind()))
                .filter(a -> user.getRole() != Role.AGENCY_LIAISON || a.getId().equals(user.getAgency().getId())).toList();
    }

    private Agency contractParty(Long agencyId, UserAccount user) {
        Agency a = agencyFor(agencyId, user);
        if (!BankContract.PARTIES.contains(a.getKind())) {
            throw new BusinessException.NotFound();
        }
        return a;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public Page<BankContract> contracts(Long agencyId, String text, PageRequest page) {
        return contracts.contracts(contractParty(agencyId, user()).getId(), text, page);
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public List<CountyCoverage> contractCoverage(Long agencyId) {
        return contracts.coverage(contractParty(agencyId, user()).getId());
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.LIAISON})
    public BankContract recordContract(Long agencyId, Long officeId, LocalDate signedOn, String reference, Upload file) {
        UserAccount user = user();
        Agency agency = contractParty(agencyId, user);
        if (officeId == null) {
            throw new BusinessException.InvalidInput("contract.office.required");
        }
        Office office = offices.byId(officeId).orElseThrow(() -> new BusinessException.InvalidInput("delegation.office.unknown"));
        if (contracts.inForce(agency.getId(), office.getId()).isPresent()) {
            throw new BusinessException.InvalidInput("contract.inForce.already");
        }
        EvidenceFile checked = file == null ? null : EvidenceFile.of(file.name(), file.content());
        Actor by = Caller.actor(user);
        Instant at = now();
        BankContract c = BankContract.signed(agency, office, signedOn, reference, checked, by, at, today());
        contracts.store(c);
        delegations.record(new RegisterChange(Subject.CONTRACTS, agency.getId(), What.CONTRACT_SIGNED, by, at,
                OfficeSelection.office(office.getId()), 1, signedOn, c.getReference()));
        return c;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.LIAISON})
    public void endContract(long contractId) {
        UserAccount user = user();
        BankContract c = commands.visibleOr404(contracts.byId(contractId), x -> mayKeep(user, x.getAgency()));
        Actor by = Caller.actor(user);
        Instant at = now();
        c.end(by, at);
        delegations.record(new RegisterChange(Subject.CONTRACTS, c.getAgency().getId(), What.CONTRACT_ENDED, by, at,
                OfficeSelection.office(c.getOffice().getId()), 1, today(), c.getReference()));
    }

    /** A contract's signed file, to those who may see the agency's contracts (404 for anyone else). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public ContractFile contractFile(long contractId) {
        UserAccount user = user();
        BankContract c = commands.visibleOr404(contracts.byId(contractId), x -> maySee(user, x.getAgency()));
        return new ContractFile(c.getFileName(), c.getContentType(), c.getContent().getData());
    }

    public record ContractFile(String name, String contentType, byte[] data) {
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public List<RegisterChange> contractTimeline(Long agencyId) {
        return delegations.timeline(Subject.CONTRACTS, contractParty(agencyId, user()).getId(), TIMELINE_MAX);
    }
}
