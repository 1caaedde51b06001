package ir.pishkhan.portal.web.report;

import com.ibm.icu.text.Bidi;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Report} as a PDF: A4 landscape, the bundled Vazirmatn font embedded (subset), tables whose headings repeat
 * on every page, right to left for Persian. PDF has no text shaping of its own: each text is shaped (Arabic letters
 * joined into their contextual forms) and put in visual order with ICU4J, then drawn. Pages are cached in a temporary
 * file, not in memory, while the rows stream in.
 */
public final class PdfWriter {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final String FONTS = "/ir/pishkhan/portal/web/report/fonts/";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float TITLE_SIZE = 15;
    private static final float LINE_SIZE = 10;
    private static final float TABLE_TITLE_SIZE = 12;
    private static final float CELL_SIZE = 9;
    private static final float PAD = 3;
    private static final float LEADING = 1.45f;
    private static final Color HEADING_FILL = new Color(0xE8, 0xEE, 0xF4);
    private static final Color RULE = new Color(0x9A, 0xA5, 0xB1);

    private final Report report;
    private final PDDocument doc;
    private final Face regular;
    private final Face bold;
    private final boolean rtl;
    private PDPageContentStream page;
    private float y;
    private int pageNumber;

    private PdfWriter(Report report, PDDocument doc) throws IOException {
        this.report = report;
        this.doc = doc;
        this.rtl = report.rightToLeft();
        this.regular = Face.load(doc, "Vazirmatn-Regular.ttf");
        this.bold = Face.load(doc, "Vazirmatn-Bold.ttf");
    }

    public static void write(Report report, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Pishkhan Portal");
            PdfWriter w = new PdfWriter(report, doc);
            try {
                w.document();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                w.closePage();
            }
            doc.save(out);
        }
    }

    private void document() throws IOException {
        newPage();
        paragraph(report.title(), bold, TITLE_SIZE);
        for (String line : report.lines()) {
            paragraph(line, regular, LINE_SIZE);
        }
        for (Report.Table table : report.tables()) {
            y -= LINE_SIZE;
            table(table);
        }
    }

    // --- tables ---

    private void table(Report.Table table) throws IOException {
        float[] widths = widths(table.columns());
        if (y - 4 * CELL_SIZE * LEADING < MARGIN) {
            newPage();
        }
        paragraph(table.title(), bold, TABLE_TITLE_SIZE);
        List<String> headings = table.columns().stream().map(Report.Column::heading).toList();
        row(headings, widths, table.columns(), bold, true);
        table.rows().each(cells -> {
            try {
                List<String> texts = cells.stream().map(Report.Cell::text).toList();
                if (!row(texts, widths, table.columns(), regular, false)) {
                    newPage();
                    row(headings, widths, table.columns(), bold, true);
                    row(texts, widths, table.columns(), regular, false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static float[] widths(List<Report.Column> columns) {
        float total = columns.stream().mapToInt(Report.Column::weight).sum();
        float usable = PAGE.getWidth() - 2 * MARGIN;
        float[] w = new float[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = usable * columns.get(i).weight() / total;
        }
        return w;
    }

    /** Draws one row; false (and nothing drawn) when it does not fit on this page, unless the page is empty. */
    private boolean row(List<String> texts, float[] widths, List<Report.Column> columns, Face face, boolean heading)
            throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = wrap(i < texts.size() ? texts.get(i) : "", face, CELL_SIZE, widths[i] - 2 * PAD);
            lines.add(cell);
            most = Math.max(most, cell.size());
        }
        float lineHeight = CELL_SIZE * LEADING;
        float height = most * lineHeight + 2 * PAD;
        if (y - height < MARGIN && !heading && y < PAGE.getHeight() - MARGIN - 2 * lineHeight - 4 * PAD) {
            return false;
        }
        float x = rtl ? PAGE.getWidth() - MARGIN : MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float left = rtl ? x - widths[i] : x;
            if (heading) {
                page.setNonStrokingColor(HEADING_FILL);
                page.addRect(left, y - height, widths[i], height);
                page.fill();
                page.setNonStrokingColor(Color.BLACK);
            }
            page.setStrokingColor(RULE);
            page.setLineWidth(0.5f);
            page.addRect(left, y - height, widths[i], height);
            page.stroke();
            float baseline = y - PAD - CELL_SIZE;
            for (String line : lines.get(i)) {
                String visual = face.visual(line, rtl);
                float w = face.width(visual, CELL_SIZE);
                float tx;
                if (heading || columns.get(i).numeric()) {
                    tx = left + (widths[i] - w) / 2;
                } else {
                    tx = rtl ? left + widths[i] - PAD - w : left + PAD;
                }
                text(visual, face, CELL_SIZE, tx, baseline);
                baseline -= lineHeight;
            }
            x = rtl ? left : x + widths[i];
        }
        y -= height;
        return true;
    }

    // --- text ---

    private void paragraph(String text, Face face, float size) throws IOException {
        for (String line : wrap(text, face, size, PAGE.getWidth() - 2 * MARGIN)) {
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            String visual = face.visual(line, rtl);
            float w = face.width(visual, size);
            y -= size * LEADING;
            text(visual, face, size, rtl ? PAGE.getWidth() - MARGIN - w : MARGIN, y + size * 0.3f);
        }
        y -= size * 0.4f;
    }

    private void text(String visual, Face face, float size, float x, float baseline) throws IOException {
        if (visual.isEmpty()) {
            return;
        }
        page.beginText();
        page.setFont(face.font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(visual);
        page.endText();
    }

    /** The text's lines (logical order) that fit the width, broken between words (or inside a word too long). */
    private static List<String> wrap(String text, Face face, float size, float width) {
        if (text.indexOf('\n') < 0 && face.width(face.visual(text, false), size) <= width) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (face.width(face.visual(candidate, false), size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (face.width(face.visual(rest, false), size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && face.width(face.visual(rest.substring(0, cut), false), size) > width) {
                        cut--;
                    }
                    out.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            out.add(line.toString());
        }
        return out;
    }

    // --- pages ---

    private void newPage() throws IOException {
        closePage();
        PDPage p = new PDPage(PAGE);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        pageNumber++;
        String number = regular.visual(PersianText.digits(Integer.toString(pageNumber), report.locale()), false);
        text(number, regular, 8, (PAGE.getWidth() - regular.width(number, 8)) / 2, MARGIN / 2);
        y = PAGE.getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    /**
     * An embedded font, and what it takes to draw a text in it. A report repeats its texts (headings, standings, a
     * provider's name) row after row: their visual forms and widths are kept, up to a bound.
     */
    private static final class Face {
        private static final int CACHED = 4096;

        private final PDType0Font font;
        private final org.apache.fontbox.ttf.CmapLookup cmap;
        private final java.util.Map<String, String> visualLtr = new java.util.HashMap<>();
        private final java.util.Map<String, String> visualRtl = new java.util.HashMap<>();
        private final java.util.Map<String, Float> widths = new java.util.HashMap<>();

        private Face(PDType0Font font, TrueTypeFont ttf) throws IOException {
            this.font = font;
            this.cmap = ttf.getUnicodeCmapLookup();
        }

        static Face load(PDDocument doc, String file) throws IOException {
            try (InputStream in = PdfWriter.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IOException("Font missing from the WAR: " + file);
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                // the texts come shaped (presentation forms) and in visual order: the font's own substitutions are
                // not wanted, and PDFBox's pass over them cost most of the time of a long report
                ttf.setEnableGsub(false);
                return new Face(PDType0Font.load(doc, ttf, true), ttf);
            }
        }

        /**
         * The text as drawn: Arabic letters shaped into their joined forms, in visual (left to right) order, mirrored
         * brackets; characters the font has no glyph for (joiners, direction marks) left out.
         */
        String visual(String logical, boolean rtl) {
            if (logical.isEmpty()) {
                return logical;
            }
            java.util.Map<String, String> cache = rtl ? visualRtl : visualLtr;
            String known = cache.get(logical);
            if (known == null) {
                if (cache.size() >= CACHED) {
                    cache.clear();
                }
                known = shapeAndOrder(logical, rtl);
                cache.put(logical, known);
            }
            return known;
        }

        private String shapeAndOrder(String logical, boolean rtl) {
            String shaped = PersianShaping.shape(logical);
            Bidi bidi = new Bidi(shaped, rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            String visual = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
            StringBuilder out = new StringBuilder(visual.length());
            visual.codePoints().forEach(cp -> {
                if (cmap.getGlyphId(cp) != 0) {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString();
        }

        float width(String visual, float size) {
            Float units = widths.get(visual);
            if (units == null) {
                try {
                    units = font.getStringWidth(visual);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (widths.size() >= CACHED) {
                    widths.clear();
                }
                widths.put(visual, units);
            }
            return units / 1000 * size;
        }
    }
}
