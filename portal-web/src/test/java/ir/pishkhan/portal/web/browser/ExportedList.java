package ir.pishkhan.portal.web.browser;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A list's file as its page's button ({@code <form>:export-xlsx}, {@code :export-csv}) gives it, read back: its
 * headings and its rows as text (a number cell as its plain digits). The Excel workbook's table starts below the
 * report's title and lines; the CSV is the table alone, after UTF-8's byte order mark.
 */
public record ExportedList(List<String> headings, List<List<String>> rows) {

    /** The file behind a list's button in a format. */
    static ExportedList of(Browser browser, String form, String format) {
        return get(browser, href(browser, form + ":export-" + format));
    }

    /** The file at a path (a crafted one too); it must be served (200). */
    static ExportedList get(Browser browser, String path) {
        HttpResponse<byte[]> response = browser.download(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"pishkhan-"),
                "a download named with the day: " + response.headers().map());
        String type = ComplaintPathBrowserIT.mediaType(response);
        if (path.contains(".csv")) {
            assertEquals("text/csv", type);
            return csv(response.body());
        }
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", type);
        return xlsx(response.body());
    }

    /** A link's path on the portal, as the browser would follow it. */
    static String href(Browser browser, String id) {
        String url = browser.byId(id).getAttribute("href");
        assertNotNull(url, id);
        URI uri = URI.create(url);
        return uri.getRawPath().substring(URI.create(browser.baseUrl()).getRawPath().replaceAll("/$", "").length())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A parameter of a path's query, decoded; null if absent. */
    static String param(String path, String name) {
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    public List<String> column(int index) {
        return rows.stream().map(r -> r.get(index)).toList();
    }

    public List<String> column(String heading) {
        int index = headings.indexOf(heading);
        assertTrue(index >= 0, heading + " in " + headings);
        return column(index);
    }

    static ExportedList csv(byte[] body) {
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8's byte order mark");
        List<List<String>> records = parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        return new ExportedList(records.get(0), records.subList(1, records.size()));
    }

    /** RFC 4180's records: fields split by commas, quoted ones with doubled quotes, lines ended by CRLF. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(record.isEmpty() && field.length() == 0, "the last line ends in CRLF");
        return records;
    }

    /** The workbook's first sheet: the title, the lines, the table's name, then its headings and rows. */
    static ExportedList xlsx(byte[] body) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> all = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                all.add(cells);
            }
            // the headings are the first row of more than one cell
            int head = 0;
            while (head < all.size() && all.get(head).size() < 2) {
                head++;
            }
            assertTrue(head < all.size(), "a table's headings");
            return new ExportedList(all.get(head), all.subList(head + 1, all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
