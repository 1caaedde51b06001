package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.delegation.DelegationRepository;
import ir.pishkhan.portal.domain.delegation.RegisterChange;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.domain.delegation.ServiceScope;
import ir.pishkhan.portal.domain.workflow.Actor;

import java.time.Instant;

/**
 * A few services in the demo agencies' catalogues, marked demo ({@link ServiceItem#isDemo()}): the working group has
 * published no agency's catalogue, so these are made up for the demo only and the pages say so. None is delegated:
 * the demo starts where resolution 5 finds every agency.
 */
final class DemoServices {

    private static final String[][] SERVICES = {
            {"post-bank", "PB-D01", "افتتاح حساب سپرده", "Opening a deposit account", "BOTH"},
            {"post-bank", "PB-D02", "پرداخت قبوض", "Paying utility bills", "BOTH"},
            {"post-bank", "PB-D03", "درخواست کارت بانکی", "Requesting a bank card", "URBAN"},
            {"telecom", "TC-D01", "ثبت‌نام تلفن ثابت", "Fixed-line subscription", "BOTH"},
            {"telecom", "TC-D02", "درخواست اینترنت پرسرعت", "Broadband request", "BOTH"},
    };

    private final DelegationRepository delegations;
    private final AgencyRepository agencies;

    DemoServices(DelegationRepository delegations, AgencyRepository agencies) {
        this.delegations = delegations;
        this.agencies = agencies;
    }

    /** @return whether any was added now (the run command's data made before services existed gets them too) */
    boolean load(Actor by, Instant at) {
        boolean added = false;
        for (String[] s : SERVICES) {
            Agency agency = agencies.byCode(s[0]).orElse(null);
            if (agency == null || delegations.service(agency.getId(), s[1]).isPresent()) {
                continue;
            }
            ServiceItem item = ServiceItem.catalogue(agency, s[1], s[2], s[3], ServiceScope.valueOf(s[4]), true, by, at);
            delegations.store(item);
            delegations.record(new RegisterChange(RegisterChange.Subject.SERVICE, item.getId(),
                    RegisterChange.What.CATALOGUED, by, at, null, 0, null, null));
            added = true;
        }
        return added;
    }
}
