package ir.pishkhan.portal.web.view.lines;

import ir.pishkhan.portal.web.report.lists.LineRequestListExport;
import ir.pishkhan.portal.web.faces.ExportLinks;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.faces.Formats;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.WorkRow;
import ir.pishkhan.portal.web.faces.WorkflowListBacking;
import ir.pishkhan.portal.web.application.LineRequestService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * lines/list.xhtml: the line requests a user may see — an office its own, a liaison its agency's work queue
 * (overdue first), the guild and the secretariat every request with its age and status — filtered and paged by key.
 */
@Named
@ViewScoped
public class LineRequestListBacking extends WorkflowListBacking<LineRequest, LineRequestStatus, LineRequestFilter, LineRequestListBacking.Row> {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineRequestService service;

    private LineKind kind;

    public LineRequestListBacking() {
        super("lines.title.", Row::new);
    }

    @Override
    protected LineRequestFilter filter() {
        return new LineRequestFilter(statusSet(), getAgencyId(), null, kind, isOverdueOnly(), getText(), false, JalaliDates.today());
    }

    @Override
    protected LineRequestService service() {
        return service;
    }

    /** A line request as the list shows it: its age in days since it was filed. */
    public static final class Row extends WorkRow {

        private static final long serialVersionUID = 1L;

        private final String office;
        private final String provider;
        private final String kind;
        private final String quantity;
        private final String age;

        Row(LineRequest r, Formats fmt, LocalDate today) {
            super(r, fmt, today);
            Locale locale = Messages.locale();
            this.office = r.getOffice().name(locale);
            this.provider = r.getProvider().name(locale);
            this.kind = fmt.label(r.getKind());
            this.quantity = fmt.num(r.getQuantity());
            this.age = fmt.num(Math.max(0, Duration.between(r.getFiledAt(), Instant.now()).toDays()));
        }

        public String getOffice() {
            return office;
        }

        public String getProvider() {
            return provider;
        }

        public String getKind() {
            return kind;
        }

        public String getQuantity() {
            return quantity;
        }

        public String getAge() {
            return age;
        }
    }

    @Override
    protected List<Agency> agencyChoices() {
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
