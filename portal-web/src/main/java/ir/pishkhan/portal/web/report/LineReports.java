package ir.pishkhan.portal.web.report;

import ir.pishkhan.portal.domain.linerequest.LineStanding;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.report.Report.Cell;
import ir.pishkhan.portal.web.report.Report.Column;
import ir.pishkhan.portal.web.application.LineReportService;
import ir.pishkhan.portal.web.application.LineReportService.OfficeRow;
import ir.pishkhan.portal.web.application.LineReportService.ProviderRow;
import ir.pishkhan.portal.web.application.LineReportService.Resolution1;
import ir.pishkhan.portal.web.application.LineReportService.WaitingRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The line requests' reports as {@link Report}s in the reader's language, for the exports: the follow-up report
 * (resolution 10) and resolution 1's. The screens show the same figures from the same service; the lists are read
 * from it a page at a time while the file is written.
 */
@ApplicationScoped
public class LineReports {

    /** Rows read from the database at a time while a report is written. */
    static final int CHUNK = PageRequest.MAX_SIZE;

    @Inject
    private LineReportService service;

    /** The follow-up report: per provider, of the requests sent within the period; per office, what it waits for. */
    public Report followUp(Locale locale, LocalDate sentFrom, LocalDate sentTo) {
        List<ProviderRow> providers = service.providers(sentFrom, sentTo);
        Report.Table byProvider = new Report.Table(text(locale, "reports.providers"), List.of(
                Column.text(text(locale, "reports.provider"), 4),
                Column.number(text(locale, "reports.made")),
                Column.number(text(locale, "reports.installedOnTime")),
                Column.number(text(locale, "reports.installedLate")),
                Column.number(text(locale, "reports.open")),
                Column.number(text(locale, "reports.overdue")),
                Column.number(text(locale, "reports.refused")),
                Column.number(text(locale, "reports.escalated"))),
                sink -> providers.forEach(p -> sink.accept(List.of(
                        Cell.text(p.provider().name(locale)),
                        Cell.number(p.figures().made(), locale),
                        Cell.number(p.figures().installedOnTime(), locale),
                        Cell.number(p.figures().installedLate(), locale),
                        Cell.number(p.figures().open(), locale),
                        Cell.number(p.figures().overdue(), locale),
                        Cell.number(p.figures().refused(), locale),
                        Cell.number(p.figures().escalated(), locale)))));
        Report.Table waiting = new Report.Table(text(locale, "reports.waiting"), List.of(
                Column.text(text(locale, "reports.office"), 4),
                Column.text(text(locale, "reports.licence"), 2),
                Column.text(text(locale, "reports.provider"), 3),
                Column.text(text(locale, "reports.kind"), 3),
                Column.number(text(locale, "reports.requests")),
                Column.number(text(locale, "reports.quantity")),
                Column.number(text(locale, "reports.overdue")),
                Column.text(text(locale, "reports.earliestDeadline"), 2)),
                sink -> pages(service::waiting, (WaitingRow w) -> List.of(
                        Cell.text(w.office().name(locale)),
                        Cell.text(w.office().getLicenceNumber()),
                        Cell.text(w.provider().name(locale)),
                        Cell.text(label(locale, w.waiting().kind())),
                        Cell.number(w.waiting().requests(), locale),
                        Cell.number(w.waiting().quantity(), locale),
                        Cell.number(w.waiting().overdue(), locale),
                        Cell.text(JalaliDates.format(w.waiting().earliestDeadline(), locale))), sink));
        return new Report(text(locale, "reports.lines.title"),
                List.of(period(locale, sentFrom, sentTo), generated(locale)), List.of(byProvider, waiting), locale);
    }

    /** Resolution 1 as of its deadline: how many offices stand where, and each office (of these standings). */
    public Report resolution1(Locale locale, Set<LineStanding> standings) {
        Resolution1 r = service.resolution1();
        Report.Table summary = new Report.Table(text(locale, "reports.resolution1.summary"), List.of(
                Column.text(text(locale, "reports.overall"), 4), Column.number(text(locale, "reports.offices"))),
                sink -> {
                    for (LineStanding s : LineStanding.values()) {
                        sink.accept(List.of(Cell.text(label(locale, s)), Cell.number(r.offices().get(s), locale)));
                    }
                    sink.accept(List.of(Cell.text(text(locale, "reports.resolution1.total")), Cell.number(r.total(), locale)));
                });
        Set<LineStanding> only = standings == null || standings.isEmpty() ? Set.of() : EnumSet.copyOf(standings);
        Report.Table offices = new Report.Table(text(locale, "reports.resolution1.offices"), List.of(
                Column.text(text(locale, "reports.office"), 4),
                Column.text(text(locale, "reports.licence"), 2),
                Column.text(text(locale, "reports.fixedLine"), 2),
                Column.text(text(locale, "reports.dataLine"), 2),
                Column.text(text(locale, "reports.overall"), 2)),
                sink -> pages(page -> service.resolution1Offices(only, page), (OfficeRow o) -> List.of(
                        Cell.text(o.office().name(locale)),
                        Cell.text(o.office().getLicenceNumber()),
                        Cell.text(label(locale, o.lines().fixedLine())),
                        Cell.text(label(locale, o.lines().dataLine())),
                        Cell.text(label(locale, o.lines().overall()))), sink));
        List<String> lines = new ArrayList<>();
        lines.add(r.resolution().getTextFa());
        if (!only.isEmpty()) {
            lines.add(text(locale, "reports.resolution1.only", String.join(text(locale, "list.separator"),
                    only.stream().map(s -> label(locale, s)).toList())));
        }
        lines.add(generated(locale));
        return new Report(text(locale, "reports.resolution1.title", JalaliDates.format(r.deadline(), locale)), lines,
                List.of(summary, offices), locale);
    }

    /** Every row of a paged list, a chunk at a time. */
    private static <T> void pages(Function<PageRequest, Page<T>> source, Function<T, List<Cell>> row,
                                  Consumer<List<Cell>> sink) {
        for (int offset = 0; ; offset += CHUNK) {
            Page<T> page = source.apply(new PageRequest(offset, CHUNK, null, true));
            page.items().forEach(item -> sink.accept(row.apply(item)));
            if (page.items().size() < CHUNK || offset + CHUNK >= page.total()) {
                return;
            }
        }
    }

    /** What period a follow-up report covers, in words. */
    public static String period(Locale locale, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return text(locale, "reports.period.all");
        }
        if (to == null) {
            return text(locale, "reports.period.since", JalaliDates.format(from, locale));
        }
        if (from == null) {
            return text(locale, "reports.period.until", JalaliDates.format(to, locale));
        }
        return text(locale, "reports.period.between", JalaliDates.format(from, locale), JalaliDates.format(to, locale));
    }

    private static String generated(Locale locale) {
        return text(locale, "reports.generated", JalaliDates.format(Instant.now(), locale));
    }

    private static String label(Locale locale, Enum<?> value) {
        return text(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
