package ir.pishkhan.portal.web.report;

import ir.pishkhan.portal.domain.shared.PersianText;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A report as the working group reads it: a title, a few lines saying what it covers, and tables, every text already
 * in the reader's language (Jalali dates, the language's digits). {@link XlsxWriter} and {@link PdfWriter} write the
 * same report; neither knows what it is about. The rows of a table are read when it is written, a page at a time
 * ({@link Rows}), so that a report of every office never holds them all.
 */
public record Report(String title, List<String> lines, List<Table> tables, Locale locale) {

    public Report {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
        Objects.requireNonNull(locale, "locale");
    }

    /** Persian reads right to left; English left to right. */
    public boolean rightToLeft() {
        return "fa".equals(locale.getLanguage());
    }

    /** One table: its name (a sheet of the workbook), its columns, and its rows, read when written. */
    public record Table(String title, List<Column> columns, Rows rows) {
        public Table {
            Objects.requireNonNull(title, "title");
            columns = List.copyOf(columns);
            Objects.requireNonNull(rows, "rows");
        }
    }

    /** A column: its heading, whether it holds numbers, and its share of the page's width in the PDF. */
    public record Column(String heading, boolean numeric, int weight) {
        public static Column text(String heading, int weight) {
            return new Column(heading, false, weight);
        }

        public static Column number(String heading) {
            return new Column(heading, true, 1);
        }
    }

    /** The rows of a table, handed to the writer one by one as they are read. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<List<Cell>> row);
    }

    /**
     * One cell: the text the reader sees, and for a number its value (a number cell in the workbook, so that it can be
     * summed).
     */
    public record Cell(String text, Long number) {
        public Cell {
            text = text == null ? "" : text;
        }

        public static Cell text(String text) {
            return new Cell(text, null);
        }

        public static Cell number(long value, Locale locale) {
            return new Cell(PersianText.digits(Long.toString(value), locale), value);
        }
    }
}
