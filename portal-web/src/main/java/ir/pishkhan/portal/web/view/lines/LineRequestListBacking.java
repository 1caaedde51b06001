package ir.pishkhan.portal.web.view.lines;

import ir.pishkhan.portal.web.report.lists.LineRequestListExport;
import ir.pishkhan.portal.web.faces.ExportLinks;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.faces.WorkflowListBacking;
import ir.pishkhan.portal.web.application.LineRequestService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * lines/list.xhtml: the line requests a user may see — an office its own, a liaison its agency's work queue
 * (overdue first), the guild and the secretariat every request with its age and status — filtered and paged by key.
 */
@Named
@ViewScoped
public class LineRequestListBacking extends WorkflowListBacking<LineRequest, LineRequestStatus, LineRequestFilter> {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineRequestService service;

    private LineKind kind;

    public LineRequestListBacking() {
        super("lines.title.");
    }

    @Override
    protected LineRequestFilter filter() {
        return new LineRequestFilter(statusSet(), getAgencyId(), null, kind, isOverdueOnly(), getText(), false, JalaliDates.today());
    }

    @Override
    protected LineRequestService service() {
        return service;
    }

    /** Days since the request was filed. */
    public long age(LineRequest r) {
        return Math.max(0, Duration.between(r.getFiledAt(), Instant.now()).toDays());
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

    public LineKind getKind() {
        return kind;
    }

    public void setKind(LineKind kind) {
        this.kind = kind;
    }

    /** The list's file in a format (xlsx, csv), with the filters and the order the list is shown with. */
    public String exportUrl(String format) {
        return ExportLinks.url(LineRequestListExport.PATH, format, LineRequestListExport.query(filter(), getSort()));
    }
}
