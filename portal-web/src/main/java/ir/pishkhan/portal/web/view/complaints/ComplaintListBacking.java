package ir.pishkhan.portal.web.view.complaints;

import ir.pishkhan.portal.web.report.lists.ComplaintListExport;
import ir.pishkhan.portal.web.faces.ExportLinks;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.faces.Formats;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.WorkRow;
import ir.pishkhan.portal.web.faces.WorkflowListBacking;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * complaints/list.xhtml: the complaints a user may see — the secretariat's triage queue, the guild's overview,
 * an office's own complaints, an agency's forwarded ones (overdue first) — filtered and paged by key.
 */
@Named
@ViewScoped
public class ComplaintListBacking extends WorkflowListBacking<Complaint, ComplaintStatus, ComplaintFilter, ComplaintListBacking.Row> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService service;

    @Inject
    private ReferenceService reference;

    private ComplaintKind kind;
    private List<SelectItem> resolutions;
    private Long resolutionId;
    private Office office;
    private LocalDate filedFrom;
    private LocalDate filedTo;

    public ComplaintListBacking() {
        super("complaints.title.", Row::new);
    }

    @Override
    protected ComplaintFilter filter() {
        return new ComplaintFilter(statusSet(), getAgencyId(), kind, resolutionId, office == null ? null : office.getId(),
                isOverdueOnly(), filedFrom, filedTo, getText(), false, JalaliDates.today());
    }

    @Override
    protected ComplaintService service() {
        return service;
    }

    /** A complaint as the list shows it. */
    public static final class Row extends WorkRow {

        private static final long serialVersionUID = 1L;

        private final String office;
        private final String agency;
        private final String kind;
        private final String filedAt;

        Row(Complaint c, Formats fmt, LocalDate today) {
            super(c, fmt, today);
            Locale locale = Messages.locale();
            this.office = c.getOffice().name(locale);
            this.agency = c.getAgency().name(locale);
            this.kind = fmt.label(c.getKind());
            this.filedAt = fmt.instant(c.getFiledAt());
        }

        public String getOffice() {
            return office;
        }

        public String getAgency() {
            return agency;
        }

        public String getKind() {
            return kind;
        }

        public String getFiledAt() {
            return filedAt;
        }
    }

    public boolean isOfficeFilter() {
        return role() == Role.SECRETARIAT || role() == Role.GUILD;
    }

    public List<Office> completeOffice(String query) {
        return reference.suggestOffices(query);
    }

    @Override
    protected List<Agency> agencyChoices() {
        return reference.agencyChoices();
    }

    /** The resolutions to filter by, "Resolution 3", read once for the view (not on every rendering of the menu). */
    public List<SelectItem> getResolutions() {
        if (resolutions == null) {
            String numbered = Messages.text("resolution.numbered");
            resolutions = service.resolutionNumbers().stream()
                    .map(r -> new SelectItem(r.id(), numbered + " " + formats().num(r.number()))).toList();
        }
        return resolutions;
    }

    public ComplaintStatus[] getStatusChoices() {
        return ComplaintStatus.values();
    }

    /** The statuses as an address gives them: "ANSWERED,RESOLVED"; an unknown one is said and left out. */
    public String getStatusParam() {
        return getStatuses().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public void setStatusParam(String names) {
        List<ComplaintStatus> chosen = new ArrayList<>();
        for (String name : names == null ? new String[0] : names.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                chosen.add(ComplaintStatus.valueOf(name.trim()));
            } catch (IllegalArgumentException e) {
                Messages.error(null, "list.param.invalid", name.trim());
            }
        }
        setStatuses(chosen);
    }

    public ComplaintKind[] getKinds() {
        return ComplaintKind.values();
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

    /** The list's file in a format (xlsx, csv), with the filters and the order the list is shown with. */
    public String exportUrl(String format) {
        return ExportLinks.url(ComplaintListExport.PATH, format, ComplaintListExport.query(filter(), getSort()));
    }
}
