package ir.pishkhan.portal.web.view.obligations;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.ObligationService;
import ir.pishkhan.portal.web.faces.Formats;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.WorkRow;
import ir.pishkhan.portal.web.faces.WorkflowListBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * obligations/list.xhtml: the obligations a user may see — a liaison its own agency's, earliest deadline first; the
 * secretariat and the guild every one, filtered by agency, resolution, status and overdue — paged by key.
 */
@Named
@ViewScoped
public class ObligationListBacking extends WorkflowListBacking<Obligation, ObligationStatus, ObligationFilter, ObligationListBacking.Row> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObligationService service;

    private Long resolutionId;
    private List<SelectItem> resolutions;

    public ObligationListBacking() {
        super("obligations.title.", Row::new);
    }

    @PostConstruct
    void loadChoices() {
        // every list is worked by its deadline: what is due first comes first
        setSort(ListOrder.DEADLINE_EARLIEST);
        resolutions = service.resolutionChoices().stream().map(r -> new SelectItem(r.getId(),
                formats().resolutionRef(r.getMeeting().getNumber(), r.getNumber()))).toList();
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

    /** An obligation as the list shows it: the resolution it comes of, the agency it binds. */
    public static final class Row extends WorkRow {

        private static final long serialVersionUID = 1L;

        private final String resolution;
        private final String agency;

        Row(Obligation o, Formats fmt, LocalDate today) {
            super(o, fmt, today);
            this.resolution = fmt.resolutionRef(o.getResolution().getMeeting().getNumber(), o.getResolution().getNumber());
            this.agency = o.getAgency().name(Messages.locale());
        }

        public String getResolution() {
            return resolution;
        }

        public String getAgency() {
            return agency;
        }
    }

    @Override
    protected List<Agency> agencyChoices() {
        return service.agencyChoices();
    }

    /** The resolutions to filter by, "14/3": labels, not the resolutions, kept with the view. */
    public List<SelectItem> getResolutions() {
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
