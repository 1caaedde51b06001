package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.contract.BankContract;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static ir.pishkhan.portal.web.report.lists.ListTexts.cell;
import static ir.pishkhan.portal.web.report.lists.ListTexts.date;
import static ir.pishkhan.portal.web.report.lists.ListTexts.instant;
import static ir.pishkhan.portal.web.report.lists.ListTexts.standing;
import static ir.pishkhan.portal.web.report.lists.ListTexts.text;

/**
 * contracts/list.xhtml's export: a bank's (or the post directorate's) coverage per county as the page shows it, and
 * its contracts under the page's search, in its order, by offset pages; the party as the page opens it (a liaison's own; anything else names nothing).
 */
@ApplicationScoped
public class ContractListExport implements ListExport {

    public static final String PATH = "/contracts/export";

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
        return "contracts";
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
        // a party that is not a bank or the post, or not the caller's, names nothing: before the file is begun
        service.contracts(agencyId, text, new PageRequest(0, 1, null, true));
        String sort = q.text("sort");
        boolean ascending = !q.flag("desc");
        String title = text(locale, "contracts.title") + " — " + agency.name(locale);
        // as the page shows them: the coverage per county first, then the contracts
        Report.Table coverage = new Report.Table(text(locale, "contracts.coverage"), List.of(
                Column.text(text(locale, "office.county"), 3),
                Column.number(text(locale, "coverage.export.covered")),
                Column.number(text(locale, "coverage.export.eligible")),
                Column.text(text(locale, "coverage.standing"), 3)),
                sink -> service.contractCoverage(agencyId).forEach(c -> sink.accept(List.of(
                        cell(c.county(locale)),
                        Report.Cell.number(c.covered(), locale),
                        Report.Cell.number(c.eligible(), locale),
                        standing(c, locale)))));
        Report.Table contracts = new Report.Table(text(locale, "contracts.list"), List.of(
                        Column.text(text(locale, "office.name"), 4),
                        Column.text(text(locale, "office.county"), 2),
                        Column.text(text(locale, "contracts.signedOn"), 2),
                        Column.text(text(locale, "contracts.reference"), 2),
                        Column.text(text(locale, "delegation.state"), 2)),
                sink -> Paging.byOffset(page -> service.contracts(agencyId, text, page), sort, ascending, (BankContract c) -> List.<Report.Cell>of(
                        cell(c.getOffice().name(locale)), cell(c.getOffice().county(locale)),
                        date(c.getSignedOn(), locale), cell(c.getReference()),
                        c.isInForce() ? cell(text(locale, "delegation.inForce"))
                                : cell(text(locale, "contracts.endedAt") + " " + instant(c.getEndedAt(), locale).text())), sink));
        return ListTexts.of(locale, title, List.of(coverage, contracts));
    }
}
