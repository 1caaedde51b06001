package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.office.OfficeName;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.application.DelegationService.CoverageRow;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static ir.pishkhan.portal.web.report.lists.ListTexts.cell;
import static ir.pishkhan.portal.web.report.lists.ListTexts.standing;
import static ir.pishkhan.portal.web.report.lists.ListTexts.text;

/**
 * services/coverage.xhtml's export: an agency's whole coverage report (every service × county, active offices
 * authorised out of those meant to offer it, the standing, the selective rows with the offices left out, the first
 * {@link DelegationService#LEFT_OUT_LISTED} named and the rest counted), read as the page reads it, a few services at a
 * time; the agency as the page opens it (a liaison's own; another's answers 404).
 */
@ApplicationScoped
public class CoverageListExport implements ListExport {

    public static final String PATH = "/services/coverage/export";

    /** Services read at a time: each brings its counties' rows and the offices left out of its selective ones. */
    static final int SERVICES_AT_A_TIME = 10;

    @Inject
    private DelegationService service;

    public static ExportQuery query(Long agencyId) {
        return new ExportQuery().with("agency", agencyId);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public Set<String> formats() {
        return ListTexts.SHEETS_AND_PDF;
    }

    @Override
    public Report report(Locale locale, ExportQuery q) {
        Agency agency = service.agency(q.id("agency")).orElseThrow(BusinessException.NotFound::new);
        long agencyId = agency.getId();
        return ListTexts.single(locale, text(locale, "coverage.title") + " — " + agency.name(locale), List.of(
                        Column.text(text(locale, "service.code"), 2),
                        Column.text(text(locale, "service.title"), 4),
                        Column.text(text(locale, "office.county"), 2),
                        Column.number(text(locale, "coverage.export.covered")),
                        Column.number(text(locale, "coverage.export.eligible")),
                        Column.text(text(locale, "coverage.standing"), 2),
                        Column.number(text(locale, "coverage.export.leftOut")),
                        Column.text(text(locale, "coverage.leftOut"), 6)),
                sink -> {
                    for (int offset = 0; ; offset += SERVICES_AT_A_TIME) {
                        Page<CoverageRow> page = service.coverage(agencyId,
                                new PageRequest(offset, SERVICES_AT_A_TIME, null, true));
                        page.items().forEach(r -> sink.accept(row(locale, r)));
                        if (offset + SERVICES_AT_A_TIME >= page.total()) {
                            return;
                        }
                    }
                });
    }

    private static List<Report.Cell> row(Locale locale, CoverageRow r) {
        CountyCoverage c = r.coverage();
        String named = r.leftOut().stream().map(o -> o.name(locale)).collect(Collectors.joining("، "));
        if (c.isSelective() && c.leftOut() > r.leftOut().size()) {
            named += " " + text(locale, "coverage.leftOut.more") + " "
                    + Report.Cell.number(c.leftOut() - r.leftOut().size(), locale).text();
        }
        return List.of(
                cell(r.service().getCode()),
                cell(r.service().name(locale) + (r.service().isDemo() ? " " + text(locale, "service.demo") : "")),
                cell(c.county(locale)),
                Report.Cell.number(c.covered(), locale),
                Report.Cell.number(c.eligible(), locale),
                standing(c, locale),
                Report.Cell.number(c.isSelective() ? c.leftOut() : 0, locale),
                cell(c.isSelective() ? named : ""));
    }
}
