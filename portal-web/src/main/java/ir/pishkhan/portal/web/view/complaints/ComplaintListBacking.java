package ir.pishkhan.portal.web.view.complaints;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.faces.KeysetModel;
import ir.pishkhan.portal.web.service.ComplaintService;
import ir.pishkhan.portal.web.service.CurrentUser;
import ir.pishkhan.portal.web.service.ReferenceService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * complaints/list.xhtml: the complaints a user may see — the secretariat's triage queue, the guild's overview,
 * an office's own complaints, an agency's forwarded ones (overdue first) — filtered and paged by key.
 */
@Named
@ViewScoped
public class ComplaintListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService service;

    @Inject
    private ReferenceService reference;

    @Inject
    private CurrentUser currentUser;

    private Role role;
    private List<ComplaintStatus> statuses = new ArrayList<>();
    private Long agencyId;
    private ComplaintKind kind;
    private Long resolutionId;
    private Office office;
    private boolean overdueOnly;
    private LocalDate filedFrom;
    private LocalDate filedTo;
    private String text;
    private ListOrder sort;
    private KeysetModel<Complaint> model;

    @PostConstruct
    void init() {
        role = currentUser.getRole();
        sort = role == Role.AGENCY_LIAISON ? ListOrder.DEADLINE_EARLIEST : ListOrder.FILED_NEWEST;
        ComplaintService complaints = service;
        model = new KeysetModel<>(new KeysetModel.Source<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public ir.pishkhan.portal.domain.workflow.Keyset.Page<Complaint> fetch(
                    ir.pishkhan.portal.domain.workflow.Keyset.Request request) {
                return complaints.page(filter(), request);
            }

            @Override
            public long count() {
                return complaints.count(filter());
            }
        }, Complaint::getId, ComplaintService.COUNT_CAP, (java.util.function.Supplier<ListOrder> & Serializable) () -> sort);
    }

    ComplaintFilter filter() {
        return new ComplaintFilter(statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses), agencyId, kind, resolutionId,
                office == null ? null : office.getId(), overdueOnly, filedFrom, filedTo, text, false, JalaliDates.today());
    }

    /** The filters changed: back to the first page. */
    public void search() {
        model.reset();
    }

    public boolean isOverdue(Complaint c) {
        return c.isOverdue(JalaliDates.today());
    }

    public boolean isOfficeFilter() {
        return role == Role.SECRETARIAT || role == Role.GUILD;
    }

    public boolean isOfficeColumn() {
        return role != Role.OFFICE_OPERATOR;
    }

    public boolean isAgencyFilter() {
        return role != Role.AGENCY_LIAISON;
    }

    public String getTitleKey() {
        return "complaints.title." + role;
    }

    public List<Office> completeOffice(String query) {
        return reference.suggestOffices(query);
    }

    public List<Agency> getAgencies() {
        return reference.agencyChoices();
    }

    public List<Resolution> getResolutions() {
        return service.resolutionChoices();
    }

    public ComplaintStatus[] getStatusChoices() {
        return ComplaintStatus.values();
    }

    public ComplaintKind[] getKinds() {
        return ComplaintKind.values();
    }

    public ListOrder[] getSorts() {
        return ListOrder.values();
    }

    public KeysetModel<Complaint> getModel() {
        return model;
    }

    public List<ComplaintStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<ComplaintStatus> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public Long getResolutionId() {
        return resolutionId;
    }

    public void setResolutionId(Long resolutionId) {
        this.resolutionId = resolutionId;
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public LocalDate getFiledFrom() {
        return filedFrom;
    }

    public void setFiledFrom(LocalDate filedFrom) {
        this.filedFrom = filedFrom;
    }

    public LocalDate getFiledTo() {
        return filedTo;
    }

    public void setFiledTo(LocalDate filedTo) {
        this.filedTo = filedTo;
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
