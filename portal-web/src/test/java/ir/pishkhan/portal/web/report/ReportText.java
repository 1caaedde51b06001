package ir.pishkhan.portal.web.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.text.Normalizer;

/** The text of a PDF as a reader would copy it: PDFBox's extraction, presentation forms back to letters. */
public final class ReportText {

    private ReportText() {
    }

    public static String of(PDDocument doc) throws IOException {
        return page(doc, 1, doc.getNumberOfPages());
    }

    /** A text as it comes out of a PDF: no zero-width joiners or non-joiners (they are not drawn). */
    public static String withoutJoiners(String text) {
        return text.replace("\u200C", "").replace("\u200D", "");
    }

    public static String page(PDDocument doc, int page) throws IOException {
        return page(doc, page, page);
    }

    private static String page(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFKC);
    }
}
