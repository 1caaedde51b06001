package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.web.application.DelegationService;
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

/**
 * services/list.xhtml's export: an agency's catalogue under the page's search, in its order, by offset pages; the
 * agency as the page opens it (a liaison's own; another's names nothing).
 */
@ApplicationScoped
public class ServiceListExport implements ListExport {

    public static final String PATH = "/services/export";

    @Inject
    private DelegationService service;

    public static ExportQuery query(Long agencyId, String text, String sortField, boolean ascending) {
        return new ExportQuery().with("agency", agencyId).with("text", text)
                .with("sort", sortField).with("desc", sortField != null && !ascending);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String name() {
        return "services";
    }

    @Override
    public Set<String> formats() {
        return ListTexts.SHEETS_AND_PDF;
    }

    @Override
    public Report report(Locale locale, ExportQuery q) {
        Agency agency = service.agency(q.id("agency")).orElseThrow(BusinessException.NotFound::new);
        long agencyId = agency.getId();
        String text = q.text("text");
        String sort = q.text("sort");
        boolean ascending = !q.flag("desc");
        return ListTexts.single(locale, text(locale, "services.title") + " — " + agency.name(locale), List.of(
                        Column.text(text(locale, "service.code"), 2),
                        Column.text(text(locale, "service.name"), 5),
                        Column.text(text(locale, "service.scope"), 2)),
                sink -> Paging.byOffset(page -> service.services(agencyId, text, page), sort, ascending, (ServiceItem s) -> List.<Report.Cell>of(
                        cell(s.getCode()),
                        cell(s.name(locale) + (s.isDemo() ? " " + text(locale, "service.demo") : "")),
                        cell(label(locale, s.getScope()))), sink));
    }
}
