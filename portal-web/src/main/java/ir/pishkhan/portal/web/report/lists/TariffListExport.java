package ir.pishkhan.portal.web.report.lists;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.tariff.Tariff;
import ir.pishkhan.portal.web.application.TariffService;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static ir.pishkhan.portal.web.report.lists.ListTexts.cell;
import static ir.pishkhan.portal.web.report.lists.ListTexts.date;
import static ir.pishkhan.portal.web.report.lists.ListTexts.text;

/** tariffs/list.xhtml's export: today's tariffs under the page's search, by offset pages; amounts as numbers. */
@ApplicationScoped
public class TariffListExport implements ListExport {

    public static final String PATH = "/tariffs/export";

    @Inject
    private TariffService service;

    public static ExportQuery query(String text) {
        return new ExportQuery().with("text", text);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String name() {
        return "tariffs";
    }

    @Override
    public Set<String> formats() {
        return ListTexts.SHEETS_AND_PDF;
    }

    @Override
    public Report report(Locale locale, ExportQuery q) {
        String text = q.text("text");
        NumberFormat amounts = NumberFormat.getIntegerInstance(ULocale.forLocale(locale));
        return ListTexts.single(locale, text(locale, "tariffs.title"), List.of(
                        Column.text(text(locale, "tariff.service"), 5),
                        Column.number(text(locale, "tariff.amount")),
                        Column.text(text(locale, "tariff.standing"), 1),
                        Column.text(text(locale, "tariff.from"), 1),
                        Column.text(text(locale, "tariff.resolution"), 1)),
                sink -> Paging.byOffset(page -> service.current(text, page), null, true, (Tariff t) -> List.<Report.Cell>of(
                        cell(t.service(locale)),
                        new Report.Cell(text(locale, "tariff.rials", amounts.format(t.getRials())), t.getRials()),
                        cell(text(locale, t.isProvisional() ? "tariff.provisional" : "tariff.final")),
                        date(t.getEffectiveFrom(), locale),
                        cell(PersianText.digits(t.getResolution().getMeeting().getNumber() + "/" + t.getResolution().getNumber(), locale))), sink));
    }
}
