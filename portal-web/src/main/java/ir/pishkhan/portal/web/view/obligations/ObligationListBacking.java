package ir.pishkhan.portal.web.view.obligations;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.ObligationService;
import ir.pishkhan.portal.web.faces.WorkflowListBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * obligations/list.xhtml: the obligations a user may see — a liaison its own agency's, earliest deadline first; the
 * secretariat and the guild every one, filtered by agency, resolution, status and overdue — paged by key.
 */
@Named
@ViewScoped
public class ObligationListBacking extends WorkflowListBacking<Obligation, ObligationStatus, ObligationFilter> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObligationService service;

    private Long resolutionId;
    private List<Agency> agencies;
    private List<Resolution> resolutions;

    public ObligationListBacking() {
        super("obligations.title.");
    }

    @PostConstruct
    void loadChoices() {
        // every list is worked by its deadline: what is due first comes first
        setSort(ListOrder.DEADLINE_EARLIEST);
        agencies = isAgencyFilter() ? service.agencyChoices() : List.of();
        resolutions = service.resolutionChoices();
    }

    @Override
    protected ObligationFilter filter() {
        return new ObligationFilter(statusSet(), getAgencyId(), resolutionId, isOverdueOnly(), getText(),
                JalaliDates.today(), false);
    }

    @Override
    protected ObligationService service() {
        return service;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public List<Resolution> getResolutions() {
        return resolutions;
    }

    public ObligationStatus[] getStatusChoices() {
        return ObligationStatus.values();
    }

    public Long getResolutionId() {
        return resolutionId;
    }

    public void setResolutionId(Long resolutionId) {
        this.resolutionId = resolutionId;
    }
}
