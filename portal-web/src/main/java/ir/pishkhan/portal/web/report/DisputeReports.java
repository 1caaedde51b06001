package ir.pishkhan.portal.web.report;

import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeFilter;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.DisputeService;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.report.Report.Cell;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The disputes' list as a report, filtered as on its page and narrowed to what the caller may see (the service's
 * lists are: an office its own, an agency its own), newest first: read a key-paged page at a time while it is
 * written.
 */
@ApplicationScoped
public class DisputeReports {

    /** Disputes read at a time while the report is written. */
    static final int CHUNK = 200;

    @Inject
    private DisputeService disputes;

    public Report list(Locale locale, DisputeFilter filter) {
        List<String> intro = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        filter.statuses().stream().map(s -> label(locale, s)).sorted().forEach(filters::add);
        if (filter.text() != null && !filter.text().isBlank()) {
            filters.add("«" + filter.text().strip() + "»");
        }
        intro.add(filters.isEmpty() ? Messages.text(locale, "disputes.report.all")
                : Messages.text(locale, "disputes.report.filters", String.join(Messages.text(locale, "list.separator"), filters)));
        intro.add(Messages.text(locale, "disputes.report.count", disputes.count(filter)));
        Report.Table table = new Report.Table(Messages.text(locale, "disputes.report.title"), List.of(
                Column.text(Messages.text(locale, "dispute.tracking"), 2),
                Column.text(Messages.text(locale, "dispute.agency"), 2),
                Column.text(Messages.text(locale, "dispute.offices"), 4),
                Column.text(Messages.text(locale, "dispute.resolution"), 1),
                Column.text(Messages.text(locale, "dispute.status"), 2),
                Column.text(Messages.text(locale, "dispute.openedAt"), 2)),
                sink -> {
                    Keyset.Page<Dispute> page = disputes.page(filter, Keyset.Request.first(ListOrder.FILED_NEWEST, CHUNK));
                    while (true) {
                        for (Dispute d : page.items()) {
                            sink.accept(List.of(
                                    Cell.text(num(d.getTrackingNumber(), locale)),
                                    Cell.text(d.getAgency().name(locale)),
                                    Cell.text(d.getOffices().stream().map(o -> o.name(locale))
                                            .collect(Collectors.joining(Messages.text(locale, "list.separator")))),
                                    Cell.text(num(d.getResolution().reference(), locale)),
                                    Cell.text(label(locale, d.getStatus())),
                                    Cell.text(JalaliDates.format(LocalDate.ofInstant(d.getFiledAt(), JalaliDates.ZONE), locale))));
                        }
                        if (!page.hasNext()) {
                            return;
                        }
                        Keyset.Page<Dispute> from = page;
                        page = disputes.page(filter, new Keyset.Request(ListOrder.FILED_NEWEST, Keyset.Direction.AFTER,
                                from.last(), CHUNK));
                    }
                });
        return new Report(Messages.text(locale, "disputes.report.title"), intro, List.of(table), locale);
    }

    private static String label(Locale locale, Enum<?> value) {
        return Messages.text(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String num(String s, Locale locale) {
        return JalaliDates.isPersian(locale) ? PersianText.toPersianDigits(s) : s;
    }
}
