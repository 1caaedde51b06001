package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.delegation.DelegationRepository;
import ir.pishkhan.portal.domain.dispute.DisputeRepository;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import ir.pishkhan.portal.domain.office.LicenceRepository;
import ir.pishkhan.portal.domain.tariff.TariffRepository;
import ir.pishkhan.portal.persistence.ReferenceData;
import ir.pishkhan.portal.persistence.ReferenceRegisters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the reference data, and the demo offices and accounts where the configuration asks for them. */
@ApplicationScoped
public class SeedService {

    @Inject
    private MeetingRepository meetings;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private OfficeRepository offices;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private TariffRepository tariffs;

    @Inject
    private LicenceRepository licences;

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean demoData;

    @Inject
    @ConfigProperty(name = "portal.demo-password", defaultValue = "")
    private String demoPassword;

    @Inject
    private ObligationOpening obligations;

    @Inject
    private DelegationRepository delegations;

    @Inject
    private DisputeRepository disputes;

    /**
     * The reference data, then the 14th meeting's obligations as they stand today: opened on the meeting's day by the
     * portal in the secretariat's name (an obligation per resolution of kind obligation or report and agency it binds),
     * and nothing more — the portal holds no record of any report, verification or violation of 1391, so none is
     * invented. Those with a deadline (resolutions 1, 5 and 9) are therefore overdue today, as overdue is derived;
     * those without one stay open. Nobody is told of them.
     */
    @Transactional
    public boolean loadReferenceData() {
        boolean loaded = new ReferenceData(meetings, agencies).load();
        Meeting fourteenth = meetings.meeting(Meeting.FOURTEENTH).orElseThrow();
        Instant openedAt = fourteenth.getHeldOn().atTime(LocalTime.of(10, 0)).atZone(JalaliDates.ZONE).toInstant();
        // res. 18's tariff and res. 17's licences, recorded by the portal in the secretariat's name at the meeting
        loaded |= new ReferenceRegisters(meetings, tariffs, offices, licences).load(SEED, openedAt);
        return !obligations.open(fourteenth, SEED, openedAt).isEmpty() || loaded;
    }

    /** Who opened the 14th meeting's obligations: the portal, in the secretariat's name. */
    static final Actor SEED = new Actor("portal", Role.SECRETARIAT);

    /** The run command's demo meeting with its obligations ({@link DemoMeeting}); off unless asked for. */
    @Inject
    @ConfigProperty(name = "portal.demo-meeting", defaultValue = "false")
    private boolean demoMeeting;

    @Inject
    private java.time.Clock clock;

    @Transactional
    public boolean loadDemoDataIfEnabled() {
        if (!demoData) {
            return false;
        }
        boolean loaded = new DemoData(offices, agencies, accounts, hasher).load(demoPassword);
        loaded |= new DemoServices(delegations, agencies).load(SEED, clock.instant());
        Meeting fourteenth = meetings.meeting(Meeting.FOURTEENTH).orElseThrow();
        loaded |= new DemoDispute(disputes, meetings, agencies, offices).load(SEED,
                fourteenth.getHeldOn().atTime(LocalTime.of(10, 0)).atZone(JalaliDates.ZONE).toInstant());
        if (demoMeeting) {
            loaded |= new DemoMeeting(meetings, obligations).load(LocalDate.ofInstant(clock.instant(), JalaliDates.ZONE));
        }
        return loaded;
    }
}
