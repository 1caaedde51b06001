package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.jpeg;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.pdf;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.png;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evidence is a PDF, JPEG or PNG by its content, whatever its name; its name is only a label. */
class EvidenceFileTest {

    private static BusinessException.InvalidInput refused(String name, byte[] content) {
        return assertThrows(BusinessException.InvalidInput.class, () -> EvidenceFile.of(name, content));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] pdfOfSize(int size) {
        byte[] content = new byte[size];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    @Test
    void theFixturesAreRealFiles() {
        assertArrayEquals(bytes(0xFF, 0xD8, 0xFF), Arrays.copyOf(jpeg(), 3));
        assertArrayEquals(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), Arrays.copyOf(png(), 8));
        assertTrue(new String(pdf(), StandardCharsets.US_ASCII).startsWith("%PDF-1.4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.pdf", "letter.PDF", "scan.jpg", "photo.png", "no-extension", "virus.exe", ""})
    void thePdfIsAPdfWhateverItsName(String name) {
        EvidenceFile file = EvidenceFile.of(name, pdf());
        assertEquals("application/pdf", file.contentType());
        assertArrayEquals(pdf(), file.content());
        assertEquals(pdf().length, file.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo.jpg", "photo.jpeg", "evidence.pdf", "image.png"})
    void theJpegIsAJpegWhateverItsName(String name) {
        assertEquals("image/jpeg", EvidenceFile.of(name, jpeg()).contentType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen.png", "screen.jpg", "evidence.pdf", "screen"})
    void thePngIsAPngWhateverItsName(String name) {
        assertEquals("image/png", EvidenceFile.of(name, png()).contentType());
    }

    @Test
    void theSmallestHeadersAreEnough() {
        assertEquals("application/pdf", EvidenceFile.of("a", "%PDF-".getBytes(StandardCharsets.US_ASCII)).contentType());
        assertEquals("image/jpeg", EvidenceFile.of("a", bytes(0xFF, 0xD8, 0xFF)).contentType());
        assertEquals("image/png", EvidenceFile.of("a", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)).contentType());
    }

    @Test
    void executablesNamedPdfAreRefused() {
        byte[] windows = bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF);
        byte[] elf = bytes(0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00);
        for (byte[] content : List.of(windows, elf)) {
            BusinessException.InvalidInput e = refused("evidence.pdf", content);
            assertEquals("file.type", e.getMessageKey());
            assertEquals(List.of("evidence.pdf"), List.of(e.getArguments()));
        }
    }

    @Test
    void otherContentIsRefused() {
        for (String text : List.of("<html><script>alert(1)</script></html>", "%PDF", "%PD", " %PDF-1.4", "GIF89a",
                "PK\u0003\u0004", "#!/bin/sh\nrm -rf /\n", "%pdf-1.4")) {
            assertEquals("file.type", refused("evidence.pdf", text.getBytes(StandardCharsets.ISO_8859_1)).getMessageKey(), text);
        }
        assertEquals("file.type", refused("a.png", bytes(0x89, 'P', 'N', 'G')).getMessageKey(), "a truncated PNG signature");
        assertEquals("file.type", refused("a.jpg", bytes(0xFF, 0xD8)).getMessageKey(), "a truncated JPEG signature");
        assertEquals("file.type", refused("a.jpg", bytes(0x00)).getMessageKey());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptyIsRefused(byte[] content) {
        BusinessException.InvalidInput e = refused("evidence.pdf", content);
        assertEquals("file.empty", e.getMessageKey());
    }

    @Test
    void atMostFiveMebibytes() {
        assertEquals(5 * 1024 * 1024, EvidenceFile.MAX_BYTES);
        EvidenceFile largest = EvidenceFile.of("big.pdf", pdfOfSize(EvidenceFile.MAX_BYTES));
        assertEquals(EvidenceFile.MAX_BYTES, largest.size());
        BusinessException.InvalidInput e = refused("big.pdf", pdfOfSize(EvidenceFile.MAX_BYTES + 1));
        assertEquals("file.tooLarge", e.getMessageKey());
        assertEquals(List.of("big.pdf", 5), List.of(e.getArguments()));
        assertEquals("file.tooLarge", refused("big.exe", new byte[EvidenceFile.MAX_BYTES + 1]).getMessageKey(),
                "the size is checked before the content");
    }

    @Test
    void theContentIsCopiedInAndOut() {
        byte[] content = pdf();
        EvidenceFile file = EvidenceFile.of("letter.pdf", content);
        content[0] = 'X';
        assertEquals('%', file.content()[0], "changing the upload afterwards changes nothing");
        byte[] out = file.content();
        out[0] = 'X';
        assertEquals('%', file.content()[0], "changing what was read changes nothing");
        assertNotSame(file.content(), file.content());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd|passwd",
            "C:\\x\\y.pdf|y.pdf",
            "C:\\Documents and Settings\\office\\نامه پست بانک.pdf|نامه پست بانک.pdf",
            "/var/tmp/../letter.pdf|letter.pdf",
            "..\\..\\boot.ini|boot.ini",
            "  نامهٔ شمارهٔ ۱۲۳.pdf  |نامهٔ شمارهٔ ۱۲۳.pdf",
            "dir/|file",
            "|file"})
    void pathsAreCutToTheName(String name, String label) {
        assertEquals(label, EvidenceFile.of(name, pdf()).fileName());
    }

    @Test
    void noNameIsFile() {
        assertEquals("file", EvidenceFile.of(null, pdf()).fileName());
        assertEquals("file", EvidenceFile.of("\u202E\u0000\n", pdf()).fileName());
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertEquals("ab.pdf", EvidenceFile.of("a\u0000b\r\n.pdf", pdf()).fileName());
        assertEquals("evil[31m.pdf", EvidenceFile.of("evil\u0007\u001B[31m.pdf", pdf()).fileName(), "no bell, no terminal escape");
        assertEquals("tab.pdf", EvidenceFile.of("tab\t.pdf", pdf()).fileName());
        assertEquals("c1.pdf", EvidenceFile.of("c1\u0085\u009B.pdf", pdf()).fileName());
        // "invoice‮fdp.exe" shows as "invoiceexe.pdf" in a right-to-left override
        assertEquals("invoicefdp.exe", EvidenceFile.of("invoice\u202Efdp.exe", pdf()).fileName());
        for (char bidi : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            String label = EvidenceFile.of("x" + bidi + "y.pdf", pdf()).fileName();
            assertEquals("xy.pdf", label, Integer.toHexString(bidi));
        }
    }

    @Test
    void noLabelHoldsAPathControlOrBidiCharacter() {
        List<String> nasty = List.of("../../etc/passwd", "C:\\x\\y.pdf", "a/b\\c\u0000d\u202Ee\u2066f.pdf",
                "\u001B]0;title\u0007x.pdf", "\\\\server\\share\\x.pdf", "x.pdf\u0000.exe");
        for (String name : nasty) {
            String label = EvidenceFile.of(name, pdf()).fileName();
            assertFalse(label.contains("/") || label.contains("\\"), label);
            assertTrue(label.codePoints().noneMatch(c -> Character.isISOControl(c)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)), label);
            assertFalse(label.isBlank());
        }
    }

    @Test
    void markupStaysLiteralText() {
        // escaping is the view's business: the label keeps the characters as they came, minus any path
        assertEquals("<img src=x onerror=alert(1)>.pdf", EvidenceFile.of("<img src=x onerror=alert(1)>.pdf", pdf()).fileName());
        assertEquals("\"quoted\" & 'single'.pdf", EvidenceFile.of("\"quoted\" & 'single'.pdf", pdf()).fileName());
        // the "/" of "</script>" is a path separator, so only what follows the last one is kept, unescaped
        String label = EvidenceFile.of("<script>alert(1)</script>.pdf", pdf()).fileName();
        assertEquals("script>.pdf", label);
        assertFalse(label.contains("&lt;") || label.contains("&gt;"), "not HTML-escaped");
    }

    @Test
    void longNamesAreCut() {
        String label = EvidenceFile.of("ن".repeat(300) + ".pdf", pdf()).fileName();
        assertEquals(EvidenceFile.NAME_MAX, label.length());
        assertEquals(EvidenceFile.NAME_MAX, EvidenceFile.of("a".repeat(EvidenceFile.NAME_MAX), pdf()).fileName().length());
    }

    @Test
    void aCutNeverSplitsACharacter() {
        // 149 letters and an emoji (two UTF-16 units): cutting at 150 units would leave half of it
        String label = EvidenceFile.of("a".repeat(EvidenceFile.NAME_MAX - 1) + "\uD83D\uDCC4.pdf", pdf()).fileName();
        assertTrue(label.length() <= EvidenceFile.NAME_MAX);
        assertFalse(Character.isHighSurrogate(label.charAt(label.length() - 1)), "a lone surrogate is no text");
        assertEquals(label, new String(label.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void atMostFiveFilesInOneAction() {
        ComplaintFixtures f = new ComplaintFixtures();
        Complaint c = f.in(ComplaintFixtures.Path.FORWARDED);
        List<EvidenceFile> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(EvidenceFile.of(i + ".jpg", jpeg()));
        }
        BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                () -> c.answer(ComplaintFixtures.LIAISON, ComplaintFixtures.ANSWER, six, ComplaintFixtures.LATER));
        assertEquals("file.tooMany", e.getMessageKey());
        assertEquals(5, EvidenceFile.MAX_FILES);
    }
}
