package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static ir.pishkhan.portal.web.report.lists.ListTexts.cell;
import static ir.pishkhan.portal.web.report.lists.ListTexts.label;
import static ir.pishkhan.portal.web.report.lists.ListTexts.text;

/** agencies/list.xhtml's export: the agencies under the page's search and kind, in its order, by offset pages. */
@ApplicationScoped
public class AgencyListExport implements ListExport {

    public static final String PATH = "/agencies/export";

    @Inject
    private ReferenceService reference;

    public static ExportQuery query(String text, AgencyKind kind, String sortField, boolean ascending) {
        return new ExportQuery().with("text", text).with("kind", kind)
                .with("sort", sortField).with("desc", sortField != null && !ascending);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String name() {
        return "agencies";
    }

    @Override
    public Set<String> formats() {
        return ListTexts.SHEETS;
    }

    @Override
    public Report report(Locale locale, ExportQuery q) {
        String text = q.text("text");
        AgencyKind kind = q.choice(AgencyKind.class, "kind");
        String sort = q.text("sort");
        boolean ascending = !q.flag("desc");
        return ListTexts.single(locale, text(locale, "agencies.title"), List.of(
                        Column.text(text(locale, "agency.name"), 4),
                        Column.text(text(locale, "agency.kind"), 2),
                        Column.text(text(locale, "agency.party"), 2)),
                sink -> Paging.byOffset(page -> reference.agencies(text, kind, page), sort, ascending, (Agency a) -> List.<Report.Cell>of(
                        cell(a.name(locale)), cell(label(locale, a.getKind())),
                        cell(a.getParty().isPresent() ? text(locale, "agency.namedInResolutions") : "")), sink));
    }
}
