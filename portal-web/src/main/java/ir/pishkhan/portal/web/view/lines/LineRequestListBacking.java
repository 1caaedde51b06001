package ir.pishkhan.portal.web.view.lines;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.faces.KeysetModel;
import ir.pishkhan.portal.web.service.CurrentUser;
import ir.pishkhan.portal.web.service.LineRequestService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * lines/list.xhtml: the line requests a user may see — an office its own, a liaison its agency's work queue
 * (overdue first), the guild and the secretariat every request with its age and status — filtered and paged by key.
 */
@Named
@ViewScoped
public class LineRequestListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineRequestService service;

    @Inject
    private CurrentUser currentUser;

    private Role role;
    private List<LineRequestStatus> statuses = new ArrayList<>();
    private Long agencyId;
    private LineKind kind;
    private boolean overdueOnly;
    private String text;
    private ListOrder sort;
    private KeysetModel<LineRequest> model;

    @PostConstruct
    void init() {
        role = currentUser.getRole();
        sort = role == Role.AGENCY_LIAISON ? ListOrder.DEADLINE_EARLIEST : ListOrder.FILED_NEWEST;
        LineRequestService requests = service;
        model = new KeysetModel<>(new KeysetModel.Source<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Keyset.Page<LineRequest> fetch(Keyset.Request request) {
                return requests.page(filter(), request);
            }

            @Override
            public long count() {
                return requests.count(filter());
            }
        }, LineRequest::getId, LineRequestService.COUNT_CAP, (java.util.function.Supplier<ListOrder> & Serializable) () -> sort);
    }

    LineRequestFilter filter() {
        return new LineRequestFilter(statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses), agencyId, null, kind,
                overdueOnly, text, false, JalaliDates.today());
    }

    /** The filters changed: back to the first page. */
    public void search() {
        model.reset();
    }

    public boolean isOverdue(LineRequest r) {
        return r.isOverdue(JalaliDates.today());
    }

    /** Days since the request was filed. */
    public long age(LineRequest r) {
        return Math.max(0, Duration.between(r.getFiledAt(), Instant.now()).toDays());
    }

    public boolean isOfficeColumn() {
        return role != Role.OFFICE_OPERATOR;
    }

    public boolean isAgencyFilter() {
        return role != Role.AGENCY_LIAISON;
    }

    public String getTitleKey() {
        return "lines.title." + role;
    }

    public List<Agency> getAgencies() {
        return service.providerChoices();
    }

    public LineRequestStatus[] getStatusChoices() {
        return LineRequestStatus.values();
    }

    public LineKind[] getKinds() {
        return LineKind.values();
    }

    public ListOrder[] getSorts() {
        return ListOrder.values();
    }

    public KeysetModel<LineRequest> getModel() {
        return model;
    }

    public List<LineRequestStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<LineRequestStatus> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public LineKind getKind() {
        return kind;
    }

    public void setKind(LineKind kind) {
        this.kind = kind;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ListOrder getSort() {
        return sort;
    }

    public void setSort(ListOrder sort) {
        this.sort = sort == null ? ListOrder.FILED_NEWEST : sort;
    }
}
