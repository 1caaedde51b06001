package ir.pishkhan.portal.web.view.tariffs;

import ir.pishkhan.portal.web.report.lists.TariffListExport;
import ir.pishkhan.portal.web.faces.ExportLinks;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.tariff.Tariff;
import ir.pishkhan.portal.web.application.TariffService;
import ir.pishkhan.portal.web.faces.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** tariffs/list.xhtml: the tariffs that apply today, one per service, searched and paged in the database. */
@Named
@ViewScoped
public class TariffListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "TariffService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private TariffService service;

    private String text;
    private PagedModel<Tariff> model;

    @PostConstruct
    void init() {
        TariffService tariffs = service;
        model = new PagedModel<>(request -> tariffs.current(text, request), Tariff::getId, 20);
    }

    public PagedModel<Tariff> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The list's file in a format (xlsx, pdf, csv), with the search the table is shown with. */
    public String exportUrl(String format) {
        return ExportLinks.url(TariffListExport.PATH, format, TariffListExport.query(text));
    }
}
