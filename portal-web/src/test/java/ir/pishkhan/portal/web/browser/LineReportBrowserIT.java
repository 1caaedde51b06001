package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.report.ReportText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static ir.pishkhan.portal.web.browser.Texts.en;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line requests' reports as their readers use them, in Persian: the office حرا asks the telecom company for a
 * telephone line and the liaison installs it; the guild association's follow-up report counts it (the period typed
 * in Jalali, Persian digits), and its Excel and PDF files say what the page says; the secretariat's resolution 1
 * report lists حرا as having its line only after 1391/07/15. Nobody else reads either report, by page or by file.
 */
@Isolated("counts the period's line requests")
@BrowserTest
class LineReportBrowserIT {

    static final String TELECOM = LineRequestPathBrowserIT.TELECOM;
    static final String HERA_LICENCE = "14-71-1101";
    static final String PROVIDERS = "report-form:providers";

    @Test
    void theGuildsFollowUpReportCountsAnInstalledLineAndItsFilesSayTheSame(Browser browser) throws IOException {
        ComplaintPathBrowserIT.signIn(browser, Accounts.ANJOMAN).go("reports-lines");
        assertAll("the report's page",
                () -> assertEquals(fa("reports.lines.title"), browser.text(By.id("report-title")).trim()),
                () -> assertEquals("rtl", new Layout(browser).htmlDir()),
                () -> assertEquals(fa("reports.period.all"), browser.text(By.id("period")).trim()));
        long[] before = telecomRow(browser).orElse(new long[8]);

        long id = installedFixedLine(browser);

        ComplaintPathBrowserIT.signIn(browser, Accounts.ANJOMAN).go("reports-lines");
        long[] after = telecomRow(browser).orElseThrow(() -> new AssertionError("the telecom company's row"));
        assertAll("one more request, installed on time",
                () -> assertEquals(before[1] + 1, after[1], "sent"),
                () -> assertEquals(before[2] + 1, after[2], "installed on time"),
                () -> assertEquals(before[3], after[3], "installed late"));
        browser.screenshot("LineReportBrowserIT.01-follow-up");

        // a period of today, typed in Persian digits
        String today = PersianText.toPersianDigits(JalaliDates.toJalali(JalaliDates.today()));
        period(browser, today, today);
        assertEquals(fa("reports.period.between", today, today), browser.text(By.id("period")).trim());
        long[] todays = telecomRow(browser).orElseThrow();
        assertTrue(todays[1] >= 1 && todays[2] >= 1, "today's request is in today's figures");

        // bad input: told in Persian, what was typed stays, the figures shown stay those of the last period
        String yesterday = PersianText.toPersianDigits(JalaliDates.toJalali(JalaliDates.today().minusDays(1)));
        period(browser, today, yesterday);
        assertAll("an inverted period",
                () -> assertEquals(List.of(fa("reports.period.invalid")), new Layout(browser).messages()),
                () -> assertEquals(today, browser.byId("report-form:from").getAttribute("value")),
                () -> assertEquals(yesterday, browser.byId("report-form:to").getAttribute("value")),
                () -> assertEquals(fa("reports.period.between", today, today), browser.text(By.id("period")).trim()));
        period(browser, "۱۴۰۵/۱۳/۴۰", "");
        assertEquals(fa("date.invalid"), browser.text(By.id("report-form:report-messages")).trim(), "a date that does not exist");
        assertEquals("۱۴۰۵/۱۳/۴۰", browser.byId("report-form:from").getAttribute("value"));
        browser.screenshot("LineReportBrowserIT.02-bad-period");

        // the files of the period shown (today), in Persian
        period(browser, today, today);
        long[] shown = telecomRow(browser).orElseThrow();
        HttpResponse<byte[]> xlsx = browser.download(href(browser, "report-form:export-xlsx"));
        assertAll("the Excel file",
                () -> assertEquals(200, xlsx.statusCode()),
                () -> assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        ComplaintPathBrowserIT.mediaType(xlsx)),
                () -> assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet providers = book.getSheetAt(0);
            assertTrue(providers.isRightToLeft());
            assertEquals(fa("reports.lines.title"), providers.getRow(0).getCell(0).getStringCellValue());
            assertEquals(fa("reports.period.between", today, today), providers.getRow(1).getCell(0).getStringCellValue());
            Row telecom = row(providers, 0, TELECOM);
            for (int c = 1; c < 8; c++) {
                assertEquals(shown[c], (long) telecom.getCell(c).getNumericCellValue(), "column " + c + " as on the page");
            }
            Sheet waiting = book.getSheetAt(1);
            // the title, the period, when it was made; then the table's name and its headings
            assertEquals(fa("reports.waiting"), waiting.getRow(3).getCell(0).getStringCellValue());
            assertEquals(fa("reports.office"), waiting.getRow(4).getCell(0).getStringCellValue());
        }
        HttpResponse<byte[]> pdf = browser.download(href(browser, "report-form:export-pdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", ComplaintPathBrowserIT.mediaType(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = ReportText.of(doc);
            String made = PersianText.toPersianDigits(Long.toString(shown[1]));
            assertAll("the PDF's text",
                    () -> assertTrue(text.contains(ReportText.withoutJoiners(fa("reports.lines.title"))), text),
                    () -> assertTrue(text.contains(ReportText.withoutJoiners(fa("reports.period.between", today, today))), text),
                    () -> assertTrue(text.lines().anyMatch(l -> l.contains(TELECOM) && l.contains(made)),
                            "the telecom company's row with its figure: " + text));
        }
        assertTrue(id > 0);
    }

    @Test
    void theSecretariatSeesWhichOfficesHadTheirLinesByResolution1sDeadline(Browser browser) throws IOException {
        installedFixedLine(browser);
        ComplaintPathBrowserIT.signIn(browser, Accounts.DABIR).go("reports-resolution1");
        String deadline = "۱۳۹۱/۰۷/۱۵";
        assertAll("the report's page",
                () -> assertEquals(fa("reports.resolution1.title", deadline), browser.text(By.id("report-title")).trim()),
                () -> assertEquals(Seed.textFa(1), browser.text(By.id("resolution-text")).trim(), "verbatim"));
        List<WebElement> summary = browser.findAll(By.cssSelector("#summary tr"));
        long sum = 0;
        for (WebElement tr : summary.subList(0, summary.size() - 1)) {
            sum += number(tr.findElement(By.tagName("td")).getText());
        }
        assertEquals(6, summary.size(), "five standings and the total");
        assertEquals(sum, number(summary.get(summary.size() - 1).findElement(By.tagName("td")).getText()),
                "every office counted once");
        assertTrue(sum >= 249, "the demo's offices: " + sum);

        // حرا got its telephone line today: after the deadline. Its standing is that, or worse if it waits for more.
        for (String standing : List.of("LATE", "WAITING", "NOT_PROVIDED")) {
            PF.checkOne(browser, "report-form:standing", fa("enum.LineStanding." + standing));
        }
        browser.clickAndWaitForAjax(browser.byId("report-form:show"));
        browser.screenshot("LineReportBrowserIT.03-resolution1");
        List<String> overall = PF.column(browser, "report-form:offices", 4);
        assertFalse(overall.isEmpty());
        assertTrue(overall.stream().allMatch(s -> List.of(fa("enum.LineStanding.LATE"), fa("enum.LineStanding.WAITING"),
                fa("enum.LineStanding.NOT_PROVIDED")).contains(s)), overall.toString());
        int hera = PF.column(browser, "report-form:offices", 1).indexOf(PersianText.toPersianDigits(HERA_LICENCE));
        assertTrue(hera >= 0, "حرا is listed");
        assertEquals(fa("enum.LineStanding.LATE"), PF.column(browser, "report-form:offices", 2).get(hera), "its telephone line");

        // the file lists the same offices
        HttpResponse<byte[]> xlsx = browser.download(href(browser, "report-form:export-xlsx"));
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet offices = book.getSheetAt(1);
            Row row = row(offices, 1, HERA_LICENCE);
            assertEquals(fa("enum.LineStanding.LATE"), row.getCell(2).getStringCellValue());
            // the title, the resolution's text, the standings chosen, when it was made; the table's name, its headings
            assertEquals(overall.size(), offices.getLastRowNum() - 5, "the offices of the standings chosen, no more");
        }
        HttpResponse<byte[]> pdf = browser.download(href(browser, "report-form:export-pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = ReportText.of(doc);
            assertTrue(text.contains(ReportText.withoutJoiners(Seed.textFa(1)).substring(0, 30)), text);
            assertTrue(text.contains(fa("reports.resolution1.title", deadline)), text);
        }

        // in English: left to right, the deadline as the English pages give dates
        new Layout(browser).switchLanguage("en");
        browser.open("/secretariat/reports/resolution1.xhtml");
        assertAll("in English",
                () -> assertEquals("ltr", new Layout(browser).htmlDir()),
                () -> assertEquals(en("reports.resolution1.title", JalaliDates.format(LocalDate.of(2012, 10, 6),
                        java.util.Locale.ENGLISH)), browser.text(By.id("report-title")).trim()),
                () -> assertEquals(en("reports.resolution1.total"),
                        browser.find(By.cssSelector("#summary tr.total th")).getText().trim()));
        browser.screenshot("LineReportBrowserIT.04-resolution1-en");
        new Layout(browser).switchLanguage("fa");
    }

    @Test
    void nobodyElseReadsTheReportsByPageOrFile(Browser browser) {
        String followUp = "/reports/lines.xhtml";
        String followUpFile = "/reports/export/lines.xlsx";
        String resolution1 = "/secretariat/reports/resolution1.xhtml";
        String resolution1File = "/secretariat/reports/export/resolution1.pdf";
        for (Accounts.Account account : List.of(Accounts.HERA, Accounts.TELECOM, Accounts.ADMIN)) {
            ComplaintPathBrowserIT.signIn(browser, account);
            for (String path : List.of(followUp, resolution1)) {
                HttpResponse<String> page = browser.get(path);
                assertEquals(403, page.statusCode(), account.username() + " " + path);
                AccessBrowserIT.assertNoStackTrace(page.body());
            }
            ComplaintAccessBrowserIT.assertFileRefused(browser, followUpFile, 403);
            ComplaintAccessBrowserIT.assertFileRefused(browser, resolution1File, 403);
            assertFalse(new Layout(browser).menu().containsKey("reports-lines"), account.username());
        }
        // the guild: its own report, not the secretariat's
        ComplaintPathBrowserIT.signIn(browser, Accounts.ANJOMAN);
        assertEquals(200, browser.get(followUp).statusCode());
        assertEquals(403, browser.get(resolution1).statusCode());
        ComplaintAccessBrowserIT.assertFileRefused(browser, resolution1File, 403);
        // a crafted path or parameter names nothing
        ComplaintAccessBrowserIT.assertFileRefused(browser, "/reports/export/resolution1.pdf", 404);
        ComplaintAccessBrowserIT.assertFileRefused(browser, "/reports/export/lines.docx", 404);
        ComplaintAccessBrowserIT.assertFileRefused(browser, "/reports/export/lines.pdf?from=1405-13-40", 404);
        ComplaintAccessBrowserIT.assertFileRefused(browser, "/reports/export/lines.pdf?from=2026-02-01&to=2026-01-01", 404);
        // nobody signed in: the login page
        browser.reset();
        for (String path : List.of(followUp, followUpFile, resolution1, resolution1File)) {
            HttpResponse<String> response = browser.get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), path);
        }
    }

    // --- the path that makes the figures ---

    /** حرا asks the telecom company for a telephone line and sends it; the liaison installs it. Its id. */
    private static long installedFixedLine(Browser browser) {
        ComplaintPathBrowserIT.signIn(browser, Accounts.HERA).go("lines-new");
        new LineRequestForm(browser).provider(TELECOM).kind(fa("enum.LineKind.FIXED_LINE")).quantity("۱")
                .address("بجنورد، خیابان طالقانی، دفتر پیشخوان حرا").submit();
        LineRequestPage filed = new LineRequestPage(browser);
        long id = filed.id();
        assertEquals(List.of(fa("lineRequest.done.SEND")), filed.act("SEND", null).messages());

        ComplaintPathBrowserIT.signIn(browser, Accounts.TELECOM);
        assertEquals(List.of(fa("lineRequest.done.INSTALL")), LineRequestPage.open(browser, id).act("INSTALL", null).messages());
        return id;
    }

    // --- reading the page ---

    private static void period(Browser browser, String from, String to) {
        for (String[] box : new String[][] {{"report-form:from", from}, {"report-form:to", to}}) {
            WebElement input = browser.byId(box[0]);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            input.sendKeys(box[1]);
        }
        browser.clickAndWaitForAjax(browser.byId("report-form:show"));
    }

    /** The telecom company's figures on the page (index 1..7: sent … escalated), when it has a row. */
    private static Optional<long[]> telecomRow(Browser browser) {
        for (WebElement tr : PF.rows(browser, PROVIDERS)) {
            List<WebElement> cells = tr.findElements(By.cssSelector(":scope > td"));
            if (cells.get(0).getText().trim().equals(TELECOM)) {
                long[] figures = new long[8];
                for (int c = 1; c < 8; c++) {
                    figures[c] = number(cells.get(c).getText());
                }
                return Optional.of(figures);
            }
        }
        return Optional.empty();
    }

    private static long number(String shown) {
        String text = shown.trim();
        assertTrue(text.chars().allMatch(ch -> ch >= '۰' && ch <= '۹'), "Persian digits: " + text);
        return Long.parseLong(PersianText.toAsciiDigits(text));
    }

    /** A link's path on the portal, as the browser would follow it. */
    private static String href(Browser browser, String id) {
        String url = browser.byId(id).getAttribute("href");
        assertNotNull(url, id);
        URI uri = URI.create(url);
        return uri.getRawPath().substring(URI.create(browser.baseUrl()).getRawPath().replaceAll("/$", "").length())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Row row(Sheet sheet, int column, String value) {
        for (Row r : sheet) {
            if (r.getCell(column) != null && value.equals(r.getCell(column).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(value + " is not in sheet " + sheet.getSheetName());
    }
}
