package ir.pishkhan.portal.web.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link Report} as comma-separated values (RFC 4180): UTF-8 with a byte order mark, so that Excel opens Persian
 * text as Persian; lines end in CRLF; a field with a comma, a quote or a line break is quoted, its quotes doubled.
 * Only the tables are written — their headings, then their rows, as they are read — so that the file imports as a
 * table; a report of more than one table names each above its headings and leaves an empty line between them.
 * A number cell is written as its value in plain digits (so that it is read as a number); a text that a spreadsheet
 * would take for a formula (it starts with = + - @, a tab or a carriage return) is prefixed with an apostrophe.
 */
public final class CsvWriter {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final char BOM = '\uFEFF';

    private CsvWriter() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(BOM);
        boolean named = report.tables().size() > 1;
        boolean first = true;
        try {
            for (Report.Table table : report.tables()) {
                if (!first) {
                    w.write("\r\n");
                }
                first = false;
                if (named) {
                    w.write(field(table.title()));
                    w.write("\r\n");
                }
                line(w, table.columns().stream().map(c -> field(c.heading())).toList());
                table.rows().each(cells -> {
                    try {
                        line(w, cells.stream().map(CsvWriter::field).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        w.write(String.join(",", fields));
        w.write("\r\n");
    }

    /** A cell as one field: a number's value in plain digits, a text made safe and quoted when it has to be. */
    static String field(Report.Cell cell) {
        return cell.number() != null ? Long.toString(cell.number()) : field(cell.text());
    }

    /** A text as one field: made safe from formulas, quoted when it holds a comma, a quote or a line break. */
    static String field(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
