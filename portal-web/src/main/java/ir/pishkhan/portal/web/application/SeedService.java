package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import ir.pishkhan.portal.persistence.ReferenceData;
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
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean demoData;

    @Inject
    @ConfigProperty(name = "portal.demo-password", defaultValue = "")
    private String demoPassword;

    @Transactional
    public boolean loadReferenceData() {
        return new ReferenceData(meetings, agencies).load();
    }

    @Transactional
    public boolean loadDemoDataIfEnabled() {
        if (!demoData) {
            return false;
        }
        return new DemoData(offices, agencies, accounts, hasher).load(demoPassword);
    }
}
