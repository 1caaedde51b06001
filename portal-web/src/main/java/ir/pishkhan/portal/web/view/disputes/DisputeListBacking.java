package ir.pishkhan.portal.web.view.disputes;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeFilter;
import ir.pishkhan.portal.domain.dispute.DisputeStatus;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.application.DisputeService;
import ir.pishkhan.portal.web.faces.WorkflowListBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * disputes/list.xhtml: the disputes a user may see — an office those it is a side of, a liaison its agency's, the
 * secretariat and the guild every one — filtered by status, agency and a search (a tracking number, or words of the
 * matter and the parties' names, folded), newest first, paged by key; exported to Excel and PDF as filtered.
 */
@Named
@ViewScoped
public class DisputeListBacking extends WorkflowListBacking<Dispute, DisputeStatus, DisputeFilter> {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisputeService service;

    private List<Agency> agencies;

    public DisputeListBacking() {
        super("disputes.title.");
    }

    @PostConstruct
    void loadChoices() {
        // a dispute has no deadline: newest first, for every role
        setSort(null);
        agencies = isAgencyFilter() ? service.agencyChoices() : List.of();
    }

    @Override
    protected DisputeFilter filter() {
        return filter(statusSet(), getAgencyId(), getText());
    }

    /** The filter of the list, as its export asks for it again (the service narrows it to the caller's). */
    public static DisputeFilter filter(java.util.Set<DisputeStatus> statuses, Long agencyId, String text) {
        return new DisputeFilter(statuses, agencyId, null, text);
    }

    @Override
    protected DisputeService service() {
        return service;
    }

    public boolean isOpener() {
        return role() == Role.SECRETARIAT;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public DisputeStatus[] getStatusChoices() {
        return DisputeStatus.values();
    }

    /** The list's filters as the export's query: the same disputes, as the Excel and PDF files. */
    public String getExportQuery() {
        StringBuilder q = new StringBuilder();
        for (DisputeStatus s : statusSet()) {
            q.append(q.length() == 0 ? "?" : "&").append("status=").append(s.name());
        }
        if (getAgencyId() != null) {
            q.append(q.length() == 0 ? "?" : "&").append("agency=").append(getAgencyId());
        }
        if (getText() != null && !getText().isBlank()) {
            q.append(q.length() == 0 ? "?" : "&").append("text=")
                    .append(java.net.URLEncoder.encode(getText().strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }
}
