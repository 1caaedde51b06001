package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeFilter;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static ir.pishkhan.portal.web.report.lists.ListTexts.cell;
import static ir.pishkhan.portal.web.report.lists.ListTexts.digits;
import static ir.pishkhan.portal.web.report.lists.ListTexts.label;
import static ir.pishkhan.portal.web.report.lists.ListTexts.text;

/** offices/list.xhtml's export: the offices under the page's search, kind and status, in its order, by offset pages. */
@ApplicationScoped
public class OfficeListExport implements ListExport {

    public static final String PATH = "/offices/export";

    @Inject
    private ReferenceService reference;

    public static ExportQuery query(OfficeFilter f, String sortField, boolean ascending) {
        return new ExportQuery().with("text", f.text()).with("kind", f.kind()).with("status", f.status())
                .with("sort", sortField).with("desc", sortField != null && !ascending);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String name() {
        return "offices";
    }

    @Override
    public Set<String> formats() {
        return ListTexts.SHEETS;
    }

    @Override
    public Report report(Locale locale, ExportQuery q) {
        OfficeFilter filter = new OfficeFilter(q.text("text"), q.choice(OfficeKind.class, "kind"),
                q.choice(LicenceStatus.class, "status"));
        String sort = q.text("sort");
        boolean ascending = !q.flag("desc");
        return ListTexts.single(locale, text(locale, "offices.title"), List.of(
                        Column.text(text(locale, "office.name"), 4),
                        Column.text(text(locale, "office.licence"), 2),
                        Column.text(text(locale, "office.county"), 2),
                        Column.text(text(locale, "office.kind"), 2),
                        Column.text(text(locale, "office.status"), 2)),
                sink -> Paging.byOffset(page -> reference.offices(filter, page), sort, ascending, (Office o) -> List.<Report.Cell>of(
                        cell(o.name(locale)), digits(o.getLicenceNumber(), locale), cell(o.county(locale)),
                        cell(label(locale, o.getKind())), cell(label(locale, o.getStatus()))), sink));
    }
}
