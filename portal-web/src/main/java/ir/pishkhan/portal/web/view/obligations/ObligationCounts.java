package ir.pishkhan.portal.web.view.obligations;

import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.application.ObligationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.Set;

/**
 * The obligation counts of the liaison's and the secretariat's home pages, each counted once per request (the
 * service scopes them: a liaison's are the agency's own): what waits for the agency (open or returned), what waits
 * for the secretariat (reported), and what is overdue.
 */
@Named
@RequestScoped
public class ObligationCounts {

    private static final Set<ObligationStatus> AGENCY_OWES = EnumSet.of(ObligationStatus.OPEN, ObligationStatus.RETURNED);

    @Inject
    private ObligationService service;

    private Long owed;
    private Long reported;
    private Long overdue;

    private ObligationFilter of(Set<ObligationStatus> statuses) {
        return new ObligationFilter(statuses, null, null, false, null, JalaliDates.today(), false);
    }

    public long getOwed() {
        if (owed == null) {
            owed = service.count(of(AGENCY_OWES));
        }
        return owed;
    }

    public long getReported() {
        if (reported == null) {
            reported = service.count(of(EnumSet.of(ObligationStatus.REPORTED)));
        }
        return reported;
    }

    public long getOverdue() {
        if (overdue == null) {
            overdue = service.count(of(Set.of()).overdue());
        }
        return overdue;
    }
}
