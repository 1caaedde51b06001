package ir.pishkhan.portal.web.view.services;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.faces.ExportLinks;
import ir.pishkhan.portal.web.report.lists.CoverageListExport;
import ir.pishkhan.portal.web.application.DelegationService.AgencyStanding;
import ir.pishkhan.portal.web.application.DelegationService.CoverageRow;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * services/coverage.xhtml: an agency's services × counties, active offices authorised out of those meant to offer it,
 * selective delegations (resolution 19) flagged with the offices left out; paged by services in the database. Without
 * an agency (secretariat, guild), every agency's catalogue and delegations, those against resolution 5 marked.
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Services per page: each brings its counties' rows. */
    static final int SERVICES_PER_PAGE = 5;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "DelegationService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private DelegationService service;

    private Long agencyId;
    private Agency agency;
    private int pageIndex;
    private transient Page<CoverageRow> page;
    private List<AgencyStanding> agencies;
    private LocalDate resolution5Due;

    public void load() {
        agency = service.agency(agencyId).orElse(null);
        resolution5Due = service.resolution5Due().orElse(null);
        if (agency == null) {
            agencies = service.agencies();
            return;
        }
        fetch();
    }

    /** The page's services with their counties: the rows of one page are a page of services, never every office. */
    private void fetch() {
        page = service.coverage(agency.getId(), new PageRequest(pageIndex * SERVICES_PER_PAGE, SERVICES_PER_PAGE, null, true));
    }

    public void next() {
        if (hasNext()) {
            pageIndex++;
        }
        fetch();
    }

    public void previous() {
        pageIndex = Math.max(0, pageIndex - 1);
        fetch();
    }

    public boolean hasNext() {
        return page != null && (long) (pageIndex + 1) * SERVICES_PER_PAGE < page.total();
    }

    public boolean hasPrevious() {
        return pageIndex > 0;
    }

    public List<CoverageRow> getRows() {
        if (page == null && agency != null) {
            fetch();
        }
        return page.items();
    }

    public long getServices() {
        return page == null ? 0 : page.total();
    }

    public int getPageNumber() {
        return pageIndex + 1;
    }

    public long getPages() {
        return page == null ? 0 : Math.max(1, (page.total() + SERVICES_PER_PAGE - 1) / SERVICES_PER_PAGE);
    }

    public Agency getAgency() {
        return agency;
    }

    public List<AgencyStanding> getAgencies() {
        return agencies;
    }

    public LocalDate getResolution5Due() {
        return resolution5Due;
    }

    public int getLeftOutListed() {
        return DelegationService.LEFT_OUT_LISTED;
    }

    /** The whole report of the agency on the page, as a file (every service, not only this page's). */
    public String exportUrl(String format) {
        return ExportLinks.url(CoverageListExport.PATH, format, CoverageListExport.query(agency == null ? null : agency.getId()));
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }
}
