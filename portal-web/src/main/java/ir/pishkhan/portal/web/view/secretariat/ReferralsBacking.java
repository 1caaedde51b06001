package ir.pishkhan.portal.web.view.secretariat;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.escalation.Referrals.Proposal;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.application.ReferralService;
import ir.pishkhan.portal.web.application.ReferralService.Row;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * secretariat/referrals.xhtml: the referrals to the violations board the portal proposes (res. 4 and 12), each with
 * the complaints behind it; the secretariat confirms one (the newest open complaint referred) or drops it with a
 * reason. Under /secretariat/: another role's post is refused (403) by web.xml and by the service.
 */
@Named
@ViewScoped
public class ReferralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ReferralService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private ReferralService service;

    /** Proposals a page: each brings a form, and the page's rendering grows with them (100 took ~0.3 s). */
    static final int PER_PAGE = 10;

    /** The page asked for (?page=, from 1); anything else than a page that exists shows the nearest that does. */
    private String pageParam;
    private int pageNumber = 1;
    private long total;
    private List<Row> rows = List.of();
    private List<Resolution> sanctions = List.of();
    private final Map<Integer, String> resolutions = new HashMap<>();
    private final Map<Integer, String> notes = new HashMap<>();
    private final Map<Integer, String> reasons = new HashMap<>();

    public void load() {
        pageNumber = requested(pageParam);
        // a page far past the last (any int): its first row past every proposal, not an overflow
        Page<Row> page = service.proposals((int) Math.min(Integer.MAX_VALUE, (long) (pageNumber - 1) * PER_PAGE), PER_PAGE);
        if (page.items().isEmpty() && page.total() > 0) {
            // past the last page (decisions shortened the list): the last page
            pageNumber = pages(page.total());
            page = service.proposals((pageNumber - 1) * PER_PAGE, PER_PAGE);
        }
        rows = page.items();
        total = page.total();
        sanctions = service.sanctions();
    }

    static int requested(String param) {
        if (param == null || param.isBlank()) {
            return 1;
        }
        try {
            // Persian or Arabic-Indic digits as typed into the address
            return Math.max(1, Integer.parseInt(PersianText.toAsciiDigits(param.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int pages(long total) {
        return (int) Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
    }

    /** Confirms the page's proposal at {@code index}: its newest open complaint referred under the chosen resolution. */
    public void confirm(int index) throws IOException {
        Proposal p = row(index).proposal();
        String chosen = resolutions.get(index);
        Long resolutionId = chosen == null || chosen.isBlank() ? null : Long.valueOf(chosen);
        service.confirm(p.subject(), p.newestUpheldId(), resolutionId, notes.get(index));
        Messages.info("referral.confirmed");
        again();
    }

    /** Drops the page's proposal at {@code index}, with the reason typed. */
    public void drop(int index) throws IOException {
        Proposal p = row(index).proposal();
        service.drop(p.subject(), p.newestUpheldId(), reasons.get(index));
        Messages.info("referral.dropped");
        again();
    }

    private Row row(int index) {
        // the command applies to a proposal the page listed, whatever a crafted post names
        if (index < 0 || index >= rows.size()) {
            throw new BusinessException.NotFound();
        }
        return rows.get(index);
    }

    /** After a post, the same page afresh: a reload must not post again. */
    private void again() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/secretariat/referrals.xhtml" + (pageNumber > 1 ? "?page=" + pageNumber : ""));
        faces.responseComplete();
    }

    public String agency(Row row) {
        return row.agency(Messages.locale());
    }

    public String getPage() {
        return pageParam;
    }

    public void setPage(String page) {
        this.pageParam = page;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public int getPages() {
        return pages(total);
    }

    public long getTotal() {
        return total;
    }

    /** The place of the page's first proposal in the list, from 1. */
    public long getFirst() {
        return rows.isEmpty() ? 0 : (long) (pageNumber - 1) * PER_PAGE + 1;
    }

    public long getLast() {
        return (long) (pageNumber - 1) * PER_PAGE + rows.size();
    }

    public boolean isHasPrevious() {
        return pageNumber > 1;
    }

    public boolean isHasNext() {
        return (long) pageNumber * PER_PAGE < total;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Resolution> getSanctions() {
        return sanctions;
    }

    public Map<Integer, String> getResolutions() {
        return resolutions;
    }

    public Map<Integer, String> getNotes() {
        return notes;
    }

    public Map<Integer, String> getReasons() {
        return reasons;
    }
}
