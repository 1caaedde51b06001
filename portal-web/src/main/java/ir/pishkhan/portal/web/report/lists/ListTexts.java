package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.report.Report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the lists' exports write as the pages show it: the bundles' texts, labels, Jalali dates, the language's digits. */
final class ListTexts {

    static final Set<String> SHEETS = Set.of("xlsx", "csv");
    static final Set<String> SHEETS_AND_PDF = Set.of("xlsx", "csv", "pdf");

    private ListTexts() {
    }

    static String text(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    static String label(Locale locale, Enum<?> value) {
        return value == null ? "" : text(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static Report.Cell cell(String text) {
        return Report.Cell.text(text);
    }

    static Report.Cell digits(String text, Locale locale) {
        return Report.Cell.text(text == null ? "" : PersianText.digits(text, locale));
    }

    static Report.Cell date(LocalDate day, Locale locale) {
        return Report.Cell.text(day == null ? "" : JalaliDates.format(day, locale));
    }

    static Report.Cell instant(Instant at, Locale locale) {
        return Report.Cell.text(at == null ? "" : JalaliDates.format(at, locale));
    }

    /** A county's coverage standing as the pages show it: its selectivity, and the flag of resolution 19. */
    static Report.Cell standing(CountyCoverage c, Locale locale) {
        return cell(label(locale, c.selectivity()) + (c.isSelective() ? " " + text(locale, "coverage.selective") : ""));
    }

    /** The report of one table, titled as its page, with the day it was made. */
    static Report single(Locale locale, String title, List<Report.Column> columns, Report.Rows rows) {
        return of(locale, title, List.of(new Report.Table(title, columns, rows)));
    }

    /** The report of a page's tables (each a sheet of the workbook), titled as the page, with the day it was made. */
    static Report of(Locale locale, String title, List<Report.Table> tables) {
        return new Report(title, List.of(text(locale, "reports.generated", JalaliDates.format(Instant.now(), locale))),
                tables, locale);
    }
}
