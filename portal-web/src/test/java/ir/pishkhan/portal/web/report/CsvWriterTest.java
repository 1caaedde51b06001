package ir.pishkhan.portal.web.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV writer: the byte order mark, RFC 4180's quoting, formulas made harmless, numbers as plain digits. */
class CsvWriterTest {

    private static final Locale FA = Locale.forLanguageTag("fa");

    private static String csv(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(report, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static Report one(List<Report.Column> columns, List<List<Report.Cell>> rows) {
        return new Report("فهرست", List.of("تاریخ: ۱۴۰۵/۰۹/۱۱"), List.of(new Report.Table("شکایت‌ها", columns,
                sink -> rows.forEach(sink))), FA);
    }

    @Test
    void persianTextAndNumbersAsTheyAre() throws IOException {
        String text = csv(one(List.of(Report.Column.number("شماره"), Report.Column.text("دفتر", 3)),
                List.of(List.of(Report.Cell.number(1405000123L, FA), Report.Cell.text("دفتر پیشخوان بهار\u200cآباد")))));
        assertEquals("شماره,دفتر\r\n1405000123,دفتر پیشخوان بهار\u200cآباد\r\n", text,
                "the headings, then the row; the number in plain digits though the cell shows Persian ones");
        assertEquals("۱۴۰۵۰۰۰۱۲۳", Report.Cell.number(1405000123L, FA).text());
    }

    @Test
    void quotesFieldsThatNeedIt() {
        assertEquals("\"تهران، خیابان آزادی, پلاک ۱\"", CsvWriter.field("تهران، خیابان آزادی, پلاک ۱"));
        assertEquals("\"گفت \"\"نه\"\"\"", CsvWriter.field("گفت \"نه\""));
        assertEquals("\"سطر یک\r\nسطر دو\"", CsvWriter.field("سطر یک\r\nسطر دو"));
        assertEquals("\"a\nb\"", CsvWriter.field("a\nb"));
        assertEquals("ساده", CsvWriter.field("ساده"));
        assertEquals("", CsvWriter.field((String) null));
    }

    @Test
    void formulasAreMadeText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvWriter.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'+98 21 1234", CsvWriter.field("+98 21 1234"));
        assertEquals("'-2+3", CsvWriter.field("-2+3"));
        assertEquals("'@SUM(A1:A2)", CsvWriter.field("@SUM(A1:A2)"));
        assertEquals("'\tcmd", CsvWriter.field("\tcmd"));
        assertEquals("a=b", CsvWriter.field("a=b"), "only a leading sign is a formula");
        assertEquals("-5", CsvWriter.field(new Report.Cell("-۵", -5L)), "a number cell is a number, not a formula");
    }

    @Test
    void tablesAreNamedWhenThereAreMany() throws IOException {
        Report report = new Report("گزارش", List.of(), List.of(
                new Report.Table("اول", List.of(Report.Column.text("الف", 1)), sink -> sink.accept(List.of(Report.Cell.text("۱")))),
                new Report.Table("دوم", List.of(Report.Column.number("ب")), sink -> sink.accept(List.of(Report.Cell.number(2, FA))))),
                FA);
        assertEquals("اول\r\nالف\r\n۱\r\n\r\nدوم\r\nب\r\n2\r\n", csv(report));
    }

    @Test
    void rowsAreWrittenAsTheyAreRead() throws IOException {
        AtomicInteger read = new AtomicInteger();
        Report report = one(List.of(Report.Column.number("n")), List.of());
        Report many = new Report(report.title(), report.lines(), List.of(new Report.Table("t",
                List.of(Report.Column.number("n")), sink -> IntStream.range(0, 100_000).forEach(i -> {
                    read.incrementAndGet();
                    sink.accept(List.of(Report.Cell.number(i, FA)));
                }))), FA);
        String text = csv(many);
        assertEquals(100_000, read.get());
        assertEquals(100_001, text.split("\r\n").length);
        assertTrue(text.endsWith("99999\r\n"));
    }
}
