package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.CurrentUser;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
 * complaints/list.xhtml's export — the secretariat's triage queue, an office's own complaints, an agency's queue:
 * the complaint service's pages by key under the page's filter, which the service narrows to what the caller may see.
 */
@ApplicationScoped
public class ComplaintListExport implements ListExport {

    public static final String PATH = "/complaints/export";

    @Inject
    private ComplaintService service;

    @Inject
    private CurrentUser user;

    /** The page's filter and order as the export's address carries them. */
    public static ExportQuery query(ComplaintFilter f, ListOrder sort) {
        return new ExportQuery().with("status", f.statuses()).with("agency", f.agencyId()).with("kind", f.kind())
                .with("resolution", f.resolutionId()).with("office", f.officeId()).with("overdue", f.overdueOnly())
                .with("from", f.filedFrom()).with("to", f.filedTo()).with("text", f.text()).with("sort", sort);
    }

    static ComplaintFilter filter(ExportQuery q, LocalDate today) {
        return new ComplaintFilter(q.choices(ComplaintStatus.class, "status"), q.id("agency"),
                q.choice(ComplaintKind.class, "kind"), q.id("resolution"), q.id("office"), q.flag("overdue"),
                q.day("from"), q.day("to"), q.text("text"), false, today);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String name() {
        return "complaints";
    }

    @Override
    public Set<String> formats() {
        return ListTexts.SHEETS;
    }

    @Override
    public Report report(Locale locale, ExportQuery query) {
        LocalDate today = JalaliDates.today();
        ComplaintFilter filter = filter(query, today);
        ListOrder order = query.choice(ListOrder.class, "sort");
        Role role = user.getRole();
        ListOrder sort = order != null ? order
                : role == Role.AGENCY_LIAISON ? ListOrder.DEADLINE_EARLIEST : ListOrder.FILED_NEWEST;
        boolean officeColumn = role != Role.OFFICE_OPERATOR;
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(text(locale, "complaint.tracking"), 1));
        if (officeColumn) {
            columns.add(Column.text(text(locale, "complaint.office"), 3));
        }
        columns.addAll(List.of(Column.text(text(locale, "complaint.agency"), 3),
                Column.text(text(locale, "complaint.kind"), 2),
                Column.text(text(locale, "complaint.status"), 2),
                Column.text(text(locale, "complaint.filedAt"), 2),
                Column.text(text(locale, "complaint.deadline"), 1),
                Column.text(text(locale, "exports.overdue"), 1)));
        return ListTexts.single(locale, text(locale, "complaints.title." + role), columns,
                sink -> Paging.byKey(request -> service.page(filter, request), sort, (Complaint c) -> {
                    List<Report.Cell> row = new ArrayList<>();
                    row.add(digits(c.getTrackingNumber(), locale));
                    if (officeColumn) {
                        row.add(cell(c.getOffice().name(locale)));
                    }
                    row.addAll(List.of(cell(c.getAgency().name(locale)), cell(label(locale, c.getKind())),
                            cell(label(locale, c.getStatus())), instant(c.getFiledAt(), locale),
                            date(c.getDeadline(), locale),
                            cell(c.isOverdue(today) ? text(locale, "exports.yes") : "")));
                    return row;
                }, sink));
    }
}
