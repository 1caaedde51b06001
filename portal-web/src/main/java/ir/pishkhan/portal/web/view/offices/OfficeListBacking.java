package ir.pishkhan.portal.web.view.offices;

import ir.pishkhan.portal.web.report.lists.OfficeListExport;
import ir.pishkhan.portal.web.faces.ExportLinks;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeFilter;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.web.faces.PagedModel;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** offices/list.xhtml: the counter offices, searched and paged in the database. */
@Named
@ViewScoped
public class OfficeListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ReferenceService is @ApplicationScoped: the field holds its serializable client proxy, a passivation-capable dependency (CDI)")
    private ReferenceService reference;

    private String text;
    private OfficeKind kind;
    private LicenceStatus status;
    private PagedModel<Office> model;

    @PostConstruct
    void init() {
        ReferenceService service = reference;
        model = new PagedModel<>(request -> service.offices(new OfficeFilter(text, kind, status), request), Office::getId, 20);
    }

    public OfficeKind[] getKinds() {
        return OfficeKind.values();
    }

    public LicenceStatus[] getStatuses() {
        return LicenceStatus.values();
    }

    public PagedModel<Office> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OfficeKind getKind() {
        return kind;
    }

    public void setKind(OfficeKind kind) {
        this.kind = kind;
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public void setStatus(LicenceStatus status) {
        this.status = status;
    }

    /** The list's file in a format (xlsx, csv), with the filters and the order the table is shown with. */
    public String exportUrl(String format) {
        return ExportLinks.url(OfficeListExport.PATH, format, OfficeListExport.query(new OfficeFilter(text, kind, status),
                model.getSortField(), model.isSortAscending()));
    }
}
