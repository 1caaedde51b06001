package ir.pishkhan.portal.web.view.disputes;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeFilter;
import ir.pishkhan.portal.domain.dispute.DisputeStatus;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.application.DisputeService;
import ir.pishkhan.portal.web.faces.Formats;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.WorkRow;
import ir.pishkhan.portal.web.faces.WorkflowListBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * disputes/list.xhtml: the disputes a user may see — an office those it is a side of, a liaison its agency's, the
 * secretariat and the guild every one — filtered by status, agency and a search (a tracking number, or words of the
 * matter and the parties' names, folded), newest first, paged by key; exported to Excel and PDF as filtered.
 */
@Named
@ViewScoped
public class DisputeListBacking extends WorkflowListBacking<Dispute, DisputeStatus, DisputeFilter, DisputeListBacking.Row> {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisputeService service;


    public DisputeListBacking() {
        super("disputes.title.", Row::new);
    }

    @PostConstruct
    void loadChoices() {
        // a dispute has no deadline: newest first, for every role
        setSort(null);
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

    /** A dispute as the list shows it: its offices named one after another. */
    public static final class Row extends WorkRow {

        private static final long serialVersionUID = 1L;

        private final String agency;
        private final String offices;
        private final String resolution;
        private final String filedAt;

        Row(Dispute d, Formats fmt, LocalDate today) {
            super(d, fmt, today);
            Locale locale = Messages.locale();
            this.agency = d.getAgency().name(locale);
            this.offices = d.getOffices().stream().map(o -> o.name(locale))
                    .collect(Collectors.joining(Messages.text("list.separator")));
            this.resolution = fmt.resolutionRef(d.getResolution().getMeeting().getNumber(), d.getResolution().getNumber());
            this.filedAt = fmt.instant(d.getFiledAt());
        }

        public String getAgency() {
            return agency;
        }

        public String getOffices() {
            return offices;
        }

        public String getResolution() {
            return resolution;
        }

        public String getFiledAt() {
            return filedAt;
        }
    }

    public boolean isOpener() {
        return role() == Role.SECRETARIAT;
    }

    @Override
    protected List<Agency> agencyChoices() {
        return service.agencyChoices();
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
