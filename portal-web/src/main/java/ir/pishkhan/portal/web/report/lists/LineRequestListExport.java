package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.CurrentUser;
import ir.pishkhan.portal.web.application.LineRequestService;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static ir.pishkhan.portal.web.report.lists.ListTexts.cell;
import static ir.pishkhan.portal.web.report.lists.ListTexts.date;
import static ir.pishkhan.portal.web.report.lists.ListTexts.digits;
import static ir.pishkhan.portal.web.report.lists.ListTexts.instant;
import static ir.pishkhan.portal.web.report.lists.ListTexts.label;
import static ir.pishkhan.portal.web.report.lists.ListTexts.text;

/**
 * lines/list.xhtml's export — an office's own line requests, a liaison's agency's queue, every request for the guild
 * and the secretariat: the line request service's pages by key under the page's filter, narrowed by the service to
 * what the caller may see.
 */
@ApplicationScoped
public class LineRequestListExport implements ListExport {

    public static final String PATH = "/lines/export";

    @Inject
    private LineRequestService service;

    @Inject
    private CurrentUser user;

    /** The page's filter and order as the export's address carries them. */
    public static ExportQuery query(LineRequestFilter f, ListOrder sort) {
        return new ExportQuery().with("status", f.statuses()).with("agency", f.agencyId()).with("office", f.officeId())
                .with("kind", f.kind()).with("overdue", f.overdueOnly()).with("text", f.text()).with("sort", sort);
    }

    static LineRequestFilter filter(ExportQuery q, LocalDate today) {
        return new LineRequestFilter(q.choices(LineRequestStatus.class, "status"), q.id("agency"), q.id("office"),
                q.choice(LineKind.class, "kind"), q.flag("overdue"), q.text("text"), false, today);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String name() {
        return "line-requests";
    }

    @Override
    public Set<String> formats() {
        return ListTexts.SHEETS;
    }

    @Override
    public Report report(Locale locale, ExportQuery query) {
        LocalDate today = JalaliDates.today();
        LineRequestFilter filter = filter(query, today);
        ListOrder order = query.choice(ListOrder.class, "sort");
        Role role = user.getRole();
        ListOrder sort = order != null ? order
                : role == Role.AGENCY_LIAISON ? ListOrder.DEADLINE_EARLIEST : ListOrder.FILED_NEWEST;
        boolean officeColumn = role != Role.OFFICE_OPERATOR;
        Instant now = Instant.now();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(text(locale, "lineRequest.tracking"), 1));
        if (officeColumn) {
            columns.add(Column.text(text(locale, "complaint.office"), 3));
        }
        columns.addAll(List.of(Column.text(text(locale, "lineRequest.provider"), 3),
                Column.text(text(locale, "lineRequest.kind"), 2),
                Column.number(text(locale, "lineRequest.quantity")),
                Column.text(text(locale, "lineRequest.status"), 2),
                Column.text(text(locale, "complaint.filedAt"), 2),
                Column.number(text(locale, "lineRequest.age")),
                Column.text(text(locale, "lineRequest.deadline"), 1),
                Column.text(text(locale, "exports.overdue"), 1)));
        return ListTexts.single(locale, text(locale, "lines.title." + role), columns,
                sink -> Paging.byKey(request -> service.page(filter, request), sort, (LineRequest r) -> {
                    List<Report.Cell> row = new ArrayList<>();
                    row.add(digits(r.getTrackingNumber(), locale));
                    if (officeColumn) {
                        row.add(cell(r.getOffice().name(locale)));
                    }
                    row.addAll(List.of(cell(r.getProvider().name(locale)), cell(label(locale, r.getKind())),
                            Report.Cell.number(r.getQuantity(), locale), cell(label(locale, r.getStatus())),
                            instant(r.getFiledAt(), locale),
                            Report.Cell.number(Math.max(0, Duration.between(r.getFiledAt(), now).toDays()), locale),
                            date(r.getDeadline(), locale),
                            cell(r.isOverdue(today) ? text(locale, "exports.yes") : "")));
                    return row;
                }, sink));
    }
}
