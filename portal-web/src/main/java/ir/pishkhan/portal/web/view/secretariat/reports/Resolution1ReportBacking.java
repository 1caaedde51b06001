package ir.pishkhan.portal.web.view.secretariat.reports;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.linerequest.LineStanding;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.PagedModel;
import ir.pishkhan.portal.web.application.LineReportService;
import ir.pishkhan.portal.web.application.LineReportService.OfficeRow;
import ir.pishkhan.portal.web.application.LineReportService.Resolution1;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * secretariat/reports/resolution1.xhtml: resolution 1 of the 14th meeting as of its deadline — how many offices had
 * their telephone and data lines by then, and each office's standing, filtered by standing — and the same report
 * as Excel and PDF files.
 */
@Named
@ViewScoped
public class Resolution1ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "LineReportService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private LineReportService service;

    private Resolution1 resolution1;
    private List<LineStanding> standings = new ArrayList<>();
    /** The standings listed now (and in the files' links): changed by a show. */
    private final Set<LineStanding> shown = EnumSet.noneOf(LineStanding.class);
    private PagedModel<OfficeRow> offices;

    @PostConstruct
    void init() {
        resolution1 = service.resolution1();
        LineReportService reports = service;
        Set<LineStanding> listed = shown;
        offices = new PagedModel<>(page -> reports.resolution1Offices(listed, page), o -> o.office().getId(), 20);
    }

    /** Lists the offices of the standings chosen (none: every office). */
    public void show() {
        shown.clear();
        shown.addAll(standings);
    }

    /** The link to this report's file in a format (xlsx or pdf), for the standings listed. */
    public String exportUrl(String format) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/secretariat/reports/export/resolution1.").append(format);
        String sep = "?";
        for (LineStanding s : shown) {
            url.append(sep).append("standing=").append(s.name());
            sep = "&";
        }
        return url.toString();
    }

    public String getTitle() {
        return Messages.text("reports.resolution1.title", JalaliDates.format(resolution1.deadline(), Messages.locale()));
    }

    public Resolution1 getResolution1() {
        return resolution1;
    }

    public LineStanding[] getStandingChoices() {
        return LineStanding.values();
    }

    public long count(LineStanding standing) {
        return resolution1.offices().get(standing);
    }

    public List<LineStanding> getStandings() {
        return standings;
    }

    public void setStandings(List<LineStanding> standings) {
        this.standings = standings == null ? new ArrayList<>() : new ArrayList<>(standings);
    }

    public PagedModel<OfficeRow> getOffices() {
        return offices;
    }
}
