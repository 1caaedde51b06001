package ir.pishkhan.portal.web.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link Report} as an Excel workbook (.xlsx): one sheet per table, right to left for Persian, its title and lines
 * above the headings, numbers as number cells. Streaming: only a window of rows is in memory, the rest is on disk
 * until the workbook is written.
 */
public final class XlsxWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int WINDOW = 200;

    private XlsxWriter() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle title = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            CellStyle heading = book.createCellStyle();
            heading.setFont(bold);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setWrapText(true);
            CellStyle text = book.createCellStyle();
            text.setAlignment(report.rightToLeft() ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
            text.setWrapText(true);
            CellStyle number = book.createCellStyle();
            number.setAlignment(HorizontalAlignment.CENTER);

            Set<String> names = new HashSet<>();
            for (Report.Table table : report.tables()) {
                SXSSFSheet sheet = book.createSheet(sheetName(table.title(), names));
                sheet.setRightToLeft(report.rightToLeft());
                int[] r = {0};
                cell(sheet.createRow(r[0]++), 0, report.title(), title);
                for (String line : report.lines()) {
                    cell(sheet.createRow(r[0]++), 0, line, null);
                }
                cell(sheet.createRow(r[0]++), 0, table.title(), heading);
                Row head = sheet.createRow(r[0]++);
                List<Report.Column> columns = table.columns();
                for (int c = 0; c < columns.size(); c++) {
                    cell(head, c, columns.get(c).heading(), heading);
                    sheet.setColumnWidth(c, Math.min(255, columns.get(c).numeric() ? 14 : 12 + 8 * columns.get(c).weight()) * 256);
                }
                sheet.createFreezePane(0, r[0]);
                table.rows().each(cells -> {
                    Row row = sheet.createRow(r[0]++);
                    for (int c = 0; c < cells.size(); c++) {
                        Report.Cell value = cells.get(c);
                        if (value.number() != null) {
                            var cell = row.createCell(c);
                            cell.setCellValue(value.number());
                            cell.setCellStyle(number);
                        } else {
                            cell(row, c, value.text(), text);
                        }
                    }
                });
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A sheet's name: at most 31 characters, none of []:*?/\, and unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
