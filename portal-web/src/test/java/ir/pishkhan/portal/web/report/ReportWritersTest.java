package ir.pishkhan.portal.web.report;

import ir.pishkhan.portal.domain.shared.PersianText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two writers on a Persian report with the texts offices really type (Arabic letter forms, ZWNJs, Persian
 * digits, a long name): the workbook read back with Apache POI, the PDF's text extracted with PDFBox.
 */
class ReportWritersTest {

    static final Locale FA = Locale.forLanguageTag("fa");
    static final String LONG = "دفتر پیشخوان خدمات دولت شمارهٔ ۱۲ شهرستان بجنورد، بخش مرکزی، روستای بهار\u200cآباد، جنب بانک ملی";

    static Report sample(int rows) {
        Report.Table providers = new Report.Table("به تفکیک دستگاه", List.of(
                Report.Column.text("دستگاه", 3), Report.Column.number("درخواست‌ها"), Report.Column.number("نصب به موقع")),
                sink -> {
                    sink.accept(List.of(Report.Cell.text("شرکت مخابرات استان"), Report.Cell.number(12, FA),
                            Report.Cell.number(7, FA)));
                    sink.accept(List.of(Report.Cell.text("اداره كل ارتباطات و فناوري اطلاعات"), Report.Cell.number(3, FA),
                            Report.Cell.number(0, FA)));
                });
        Report.Table offices = new Report.Table("دفاتر در انتظار", List.of(
                Report.Column.text("دفتر", 4), Report.Column.text("نوع", 2), Report.Column.number("تعداد")),
                sink -> IntStream.range(0, rows).forEach(i -> sink.accept(List.of(
                        Report.Cell.text(i == 0 ? LONG : "دفتر پیشخوان " + PersianText.toPersianDigits(Integer.toString(i))),
                        Report.Cell.text("خط دیتا (پهنای باند)"), Report.Cell.number(i + 1, FA)))));
        return new Report("گزارش پیگیری خطوط (مصوبهٔ ۱۰)", List.of("تاریخ گزارش: ۱۴۰۵/۰۹/۱۰"),
                List.of(providers, offices), FA);
    }

    @Test
    void theWorkbookReadsBackSheetByCell() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(sample(500), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(2, book.getNumberOfSheets());
            Sheet first = book.getSheetAt(0);
            assertAll(
                    () -> assertEquals("به تفکیک دستگاه", first.getSheetName()),
                    () -> assertTrue(first.isRightToLeft(), "a Persian sheet reads right to left"),
                    () -> assertEquals("گزارش پیگیری خطوط (مصوبهٔ ۱۰)", first.getRow(0).getCell(0).getStringCellValue()),
                    () -> assertEquals("تاریخ گزارش: ۱۴۰۵/۰۹/۱۰", first.getRow(1).getCell(0).getStringCellValue()),
                    () -> assertEquals("دستگاه", first.getRow(3).getCell(0).getStringCellValue()),
                    () -> assertEquals("شرکت مخابرات استان", first.getRow(4).getCell(0).getStringCellValue()),
                    () -> assertEquals(CellType.NUMERIC, first.getRow(4).getCell(1).getCellType(), "numbers can be summed"),
                    () -> assertEquals(12.0, first.getRow(4).getCell(1).getNumericCellValue()),
                    () -> assertEquals("اداره كل ارتباطات و فناوري اطلاعات", first.getRow(5).getCell(0).getStringCellValue(),
                            "what was typed, as typed"),
                    () -> assertEquals(5, first.getLastRowNum()));
            Sheet second = book.getSheetAt(1);
            assertEquals(4 + 500 - 1, second.getLastRowNum(), "every row, streamed");
            assertEquals(LONG, second.getRow(4).getCell(0).getStringCellValue());
            assertEquals(500.0, second.getRow(4 + 499).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void sheetNamesAreSafeAndUnique() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertEquals("a b", XlsxWriter.sheetName("a/b", taken), "no slash in a sheet's name");
        assertEquals("a b 2", XlsxWriter.sheetName("a/b", taken), "nor two of one name");
        assertEquals("A B 3", XlsxWriter.sheetName("A:B", taken), "in any case");
        String name = XlsxWriter.sheetName("x".repeat(40), taken);
        assertEquals(31, name.length());
        assertEquals(31, XlsxWriter.sheetName("x".repeat(40), taken).length());
    }

    @Test
    void thePdfSaysWhatTheReportSays() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(sample(120), out);
        byte[] pdf = out.toByteArray();
        Path file = Path.of("target", "report-sample.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3, "120 rows take several pages: " + doc.getNumberOfPages());
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                fonts.add(f.getName());
                assertTrue(f.isEmbedded(), f.getName() + " embedded");
            }
            assertTrue(fonts.stream().allMatch(n -> n.contains("Vazirmatn")), "the bundled font: " + fonts);
            String text = ReportText.of(doc);
            assertAll(
                    () -> assertTrue(text.contains("گزارش پیگیری خطوط (مصوبهٔ ۱۰)"), text),
                    () -> assertTrue(text.contains("شرکت مخابرات استان"), text),
                    () -> assertTrue(text.contains("تاریخ گزارش: ۱۴۰۵/۰۹/۱۰"), text),
                    () -> assertTrue(text.contains("اداره كل ارتباطات و فناوري اطلاعات"), "what was typed, as typed"),
                    () -> assertTrue(text.contains("نصب به موقع درخواستها دستگاه"),
                            "the headings in a row, right to left (the ZWNJ has no glyph: a reader copies it without)"),
                    () -> assertTrue(text.contains(ReportText.withoutJoiners(LONG)), "a long name, whole"),
                    () -> assertTrue(text.contains("دفتر پیشخوان ۱۱۹"), "the last row"),
                    () -> assertFalse(text.contains("دفتر پیشخوان ۱۲۰"), "no row more"));
            String last = ReportText.page(doc, doc.getNumberOfPages());
            assertTrue(last.contains("دفتر") && last.contains("تعداد"), "the headings repeat on every page: " + last);
        }
    }

    @Test
    void aTextLongerThanItsCellWrapsAndLosesNoWord() throws IOException {
        String longText = String.join(" ", java.util.Collections.nCopies(6, LONG));
        Report report = new Report("گزارش", List.of(), List.of(new Report.Table("جدول", List.of(
                Report.Column.text("شرح", 1), Report.Column.number("تعداد"), Report.Column.number("مانده")),
                sink -> sink.accept(List.of(Report.Cell.text(longText), Report.Cell.number(5, FA), Report.Cell.number(0, FA))))),
                FA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(report, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = ReportText.of(doc);
            List<String> lines = text.lines().filter(l -> l.contains("بجنورد")).toList();
            assertTrue(lines.size() >= 6, "the cell's text on several lines: " + text);
            for (String word : ReportText.withoutJoiners(LONG).split(" ")) {
                assertTrue(text.contains(word), word + " in " + text);
            }
            assertEquals(1, doc.getNumberOfPages());
        }
    }
}
