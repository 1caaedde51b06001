package ir.pishkhan.portal.web.view.agencies;

import ir.pishkhan.portal.web.report.lists.AgencyListExport;
import ir.pishkhan.portal.web.faces.ExportLinks;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.web.faces.PagedModel;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** agencies/list.xhtml: the service agencies, searched and paged in the database. */
@Named
@ViewScoped
public class AgencyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ReferenceService is @ApplicationScoped: the field holds its serializable client proxy, a passivation-capable dependency (CDI)")
    private ReferenceService reference;

    private String text;
    private AgencyKind kind;
    private PagedModel<Agency> model;

    @PostConstruct
    void init() {
        ReferenceService service = reference;
        model = new PagedModel<>(request -> service.agencies(text, kind, request), Agency::getId, 20);
    }

    public AgencyKind[] getKinds() {
        return AgencyKind.values();
    }

    public PagedModel<Agency> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    /** The list's file in a format (xlsx, csv), with the filters and the order the table is shown with. */
    public String exportUrl(String format) {
        return ExportLinks.url(AgencyListExport.PATH, format, AgencyListExport.query(text, kind,
                model.getSortField(), model.isSortAscending()));
    }
}
