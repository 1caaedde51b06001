package ir.pishkhan.portal.web.view.reports;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.PagedModel;
import ir.pishkhan.portal.web.report.LineReports;
import ir.pishkhan.portal.web.application.LineReportService;
import ir.pishkhan.portal.web.application.LineReportService.ProviderRow;
import ir.pishkhan.portal.web.application.LineReportService.WaitingRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * reports/lines.xhtml: the follow-up report of the line requests (resolution 10) for the guild association and the
 * secretariat — per provider, of the requests sent in a period (Jalali days; none: all), how they stand; per office,
 * what it still waits for — and the same report as Excel and PDF files.
 */
@Named
@ViewScoped
public class LineReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "LineReportService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private LineReportService service;

    private LocalDate sentFrom;
    private LocalDate sentTo;
    /** The period the figures on screen (and the files' links) are for: changed only by a successful show. */
    private LocalDate shownFrom;
    private LocalDate shownTo;
    private List<ProviderRow> providers;
    private PagedModel<WaitingRow> waiting;

    @PostConstruct
    void init() {
        providers = service.providers(null, null);
        LineReportService reports = service;
        waiting = new PagedModel<>(reports::waiting, w -> w.office().getId() + "-" + w.provider().getId() + "-"
                + w.waiting().kind(), 20);
    }

    /** Shows the figures for the period typed; a period that ends before it starts is told, nothing else changes. */
    public void show() {
        providers = service.providers(sentFrom, sentTo);
        shownFrom = sentFrom;
        shownTo = sentTo;
    }

    /** The link to this report's file in a format (xlsx or pdf), for the period shown. */
    public String exportUrl(String format) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/reports/export/lines.").append(format);
        String sep = "?";
        if (shownFrom != null) {
            url.append(sep).append("from=").append(shownFrom);
            sep = "&";
        }
        if (shownTo != null) {
            url.append(sep).append("to=").append(shownTo);
        }
        return url.toString();
    }

    public String getPeriod() {
        return LineReports.period(Messages.locale(), shownFrom, shownTo);
    }

    public List<ProviderRow> getProviders() {
        return providers;
    }

    public PagedModel<WaitingRow> getWaiting() {
        return waiting;
    }

    public LocalDate getSentFrom() {
        return sentFrom;
    }

    public void setSentFrom(LocalDate sentFrom) {
        this.sentFrom = sentFrom;
    }

    public LocalDate getSentTo() {
        return sentTo;
    }

    public void setSentTo(LocalDate sentTo) {
        this.sentTo = sentTo;
    }
}
