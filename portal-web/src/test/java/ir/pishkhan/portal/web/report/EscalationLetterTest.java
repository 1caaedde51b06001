package ir.pishkhan.portal.web.report;

import ir.pishkhan.portal.domain.escalation.LetterNumber;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The escalation ladder's formal letter, written by the portal's PDF writer and read back with PDFBox: Persian, right
 * to left, shaped; its number, Jalali date, addressee, subject with the tracking number, the deadline and the days late.
 */
class EscalationLetterTest {

    @Test
    void theLetterSaysWhoWhatAndHowLate() throws IOException {
        Report letter = EscalationLetter.of(new EscalationLetter.Facts(new LetterNumber(1405, 12),
                JalaliDates.of(1405, 9, 20), "پست بانک", "complaint", "1405-42", JalaliDates.of(1405, 9, 10)));
        assertTrue(letter.rightToLeft());
        assertEquals("letter-1405-12.pdf", EscalationLetter.fileName(new LetterNumber(1405, 12)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(letter, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = ReportText.withoutJoiners(ReportText.of(doc));
            assertAll(
                    () -> assertEquals(1, doc.getNumberOfPages()),
                    () -> assertTrue(text.contains("نامهٔ رسمی شمارهٔ ۱۴۰۵/۱۲"), text),
                    () -> assertTrue(text.contains("تاریخ: ۱۴۰۵/۰۹/۲۰"), text),
                    () -> assertTrue(text.contains("ریاست محترم پست بانک"), text),
                    () -> assertTrue(text.contains("شکایت به شمارهٔ پیگیری ۱۴۰۵-۴۲"), text),
                    () -> assertTrue(text.contains("در تاریخ ۱۴۰۵/۰۹/۱۰ به پایان رسیده و ۱۰ روز از آن گذشته است"), text));
        }
    }

    @Test
    void aLetterIsNumberedFromOneWithinAJalaliYear() {
        assertEquals(new LetterNumber(1405, 1), LetterNumber.after(1405, 0));
        assertEquals("1405/13", LetterNumber.after(1405, 12).text());
        assertEquals(1405, LetterNumber.yearOf(JalaliDates.of(1405, 12, 29)));
        assertEquals(1406, LetterNumber.yearOf(JalaliDates.of(1406, 1, 1)), "Nowruz starts the count again");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new LetterNumber(1405, 0));
    }
}
