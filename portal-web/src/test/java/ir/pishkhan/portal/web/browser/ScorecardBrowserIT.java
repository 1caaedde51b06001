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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static ir.pishkhan.portal.web.browser.Texts.en;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The working group's figures, as the public and the guild read them: an office's complaint against the telecom
 * company goes to the company and is answered; then anyone, signed in or not, reads on the public scorecard the
 * company's complaints filed, forwarded and answered and its median days to an answer — the same figures the
 * database holds, counted here by the test itself — in Persian digits, and nothing that names an office, a person or
 * what a complaint says; in English too. The guild's dashboard shows the same line, and a click on its bar opens the
 * complaints behind it.
 */
@Isolated("counts the month's complaints of an agency")
@BrowserTest
class ScorecardBrowserIT {

    static final String TELECOM = "شرکت مخابرات استان";
    static final String DESCRIPTION = "خط اینترنت پرسرعت دفتر پس از سه ماه پیگیری هنوز واگذار نشده است؛ کارنامه.";

    /** What the database says of the telecom company's complaints filed in a span of days (Tehran). */
    record Expected(long filed, long forwarded, long answered, double median) {
    }

    static Expected counted(PortalServer.Instance portal, LocalDate first, LocalDate dayAfter) throws SQLException {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "SELECT c.forwarded_at, (SELECT MIN(e.at) FROM complaint_event e WHERE e.complaint_id = c.id"
                        + " AND e.action = 'ANSWER') FROM complaint c JOIN agency a ON a.id = c.agency_id"
                        + " WHERE a.code = 'telecom' AND c.filed_at >= ? AND c.filed_at < ?")) {
            s.setTimestamp(1, Timestamp.from(first.atStartOfDay(JalaliDates.ZONE).toInstant()));
            s.setTimestamp(2, Timestamp.from(dayAfter.atStartOfDay(JalaliDates.ZONE).toInstant()));
            long filed = 0;
            long forwarded = 0;
            List<Long> days = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    filed++;
                    Timestamp f = r.getTimestamp(1);
                    Timestamp a = r.getTimestamp(2);
                    if (f != null) {
                        forwarded++;
                    }
                    if (f != null && a != null) {
                        days.add(ChronoUnit.DAYS.between(LocalDate.ofInstant(f.toInstant(), JalaliDates.ZONE),
                                LocalDate.ofInstant(a.toInstant(), JalaliDates.ZONE)));
                    }
                }
            }
            days.sort(null);
            double median = days.isEmpty() ? -1 : (days.get((days.size() - 1) / 2) + days.get(days.size() / 2)) / 2.0;
            return new Expected(filed, forwarded, days.size(), median);
        }
    }

    static List<String> officeNames(PortalServer.Instance portal) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = portal.database(); ResultSet r = c.createStatement().executeQuery(
                "SELECT name_fa, name_en FROM office")) {
            while (r.next()) {
                names.add(r.getString(1));
                names.add(r.getString(2));
            }
        }
        return names;
    }

    private static String digits(long n) {
        return PersianText.toPersianDigits(String.format(Locale.ROOT, "%,d", n).replace(',', '٬'));
    }

    @Test
    void anyoneReadsEachAgencysFiguresAndNothingThatNamesAnOffice(Browser browser, PortalServer.Instance portal)
            throws Exception {
        // an office's complaint against the telecom company, forwarded and answered
        ComplaintPathBrowserIT.signIn(browser, Accounts.HERA).go("complaints-new");
        String yesterday = PersianText.toPersianDigits(JalaliDates.toJalali(JalaliDates.today().minusDays(1)));
        new ComplaintForm(browser).agency(TELECOM).kind(fa("enum.ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED"))
                .occurredOn(yesterday).description(DESCRIPTION).submit();
        long id = new ComplaintPage(browser).id();
        ComplaintPathBrowserIT.signIn(browser, Accounts.DABIR);
        ComplaintPage page = ComplaintPage.open(browser, id).triage(fa("enum.Priority.HIGH"), null);
        page = page.act("FORWARD", ComplaintPathBrowserIT.FORWARD_NOTE);
        assertEquals(fa("enum.ComplaintStatus.FORWARDED"), page.status());
        ComplaintPathBrowserIT.signIn(browser, Accounts.TELECOM);
        page = ComplaintPage.open(browser, id).act("ANSWER", "خط واگذار شد.");
        assertEquals(fa("enum.ComplaintStatus.ANSWERED"), page.status());

        // signed out, from the login page's link: this month only (a span no other test asks for, so not cached)
        browser.reset();
        LoginPage.open(browser);
        browser.clickAndWaitForPage(browser.byId("scorecard"));
        assertEquals(ScorecardPage.PATH, browser.pathOnly());
        int[] today = JalaliDates.fields(JalaliDates.today());
        String month = String.format(Locale.ROOT, "%d-%02d", today[0], today[1]);
        ScorecardPage card = ScorecardPage.open(browser, "from=" + month + "&to=" + month);
        // from the first of this Jalali month to the end of today: nothing is filed in the future
        Expected expected = counted(portal, JalaliDates.of(today[0], today[1], 1), JalaliDates.today().plusDays(1));
        assertTrue(expected.answered() >= 1, "the test's own complaint was answered: " + expected);
        ScorecardPage.Line telecom = card.lines().get(TELECOM);
        assertNotNull(telecom, "the telecom company has its line: " + card.lines().keySet());
        String monthName = JalaliDates.monthName(today[1], Locale.forLanguageTag("fa")) + " "
                + PersianText.toPersianDigits(String.valueOf(today[0]));
        assertAll("the figures, as the database has them, in Persian digits",
                () -> assertEquals(monthName + " تا " + monthName, card.span()),
                () -> assertEquals(digits(expected.filed()), telecom.filed()),
                () -> assertEquals(digits(expected.forwarded()), telecom.received()),
                () -> assertEquals(digits(expected.answered()), telecom.answered()),
                () -> assertEquals(PersianText.toPersianDigits(expected.median() == Math.floor(expected.median())
                        ? String.valueOf((long) expected.median()) : String.valueOf(expected.median()).replace('.', '٫')),
                        telecom.median()),
                () -> assertTrue(card.lines().size() >= 20, "every agency has a line, zeros too"));
        browser.screenshot("ScorecardBrowserIT.01-scorecard");

        // aggregates only: no office, no person, no complaint's words, and no session for a visitor
        String html = browser.html();
        List<String> offices = officeNames(portal);
        assertFalse(offices.isEmpty());
        assertAll("nothing that names an office or a person, or says what a complaint said",
                () -> offices.forEach(name -> assertFalse(html.contains(name), "names office " + name)),
                () -> assertFalse(html.contains("office.hera")),
                () -> assertFalse(html.contains(Accounts.TELECOM.displayName())),
                () -> assertFalse(html.contains("کارنامه.")),
                () -> assertFalse(html.contains("خط واگذار شد")));
        // asked with no cookie at all, as a crawler asks (the browser still holds the login page's session)
        // (over HTTP/1.1, as browsers and nginx speak to the portal: the JDK client's default upgrade to HTTP/2 over
        // plain HTTP, h2c, meets a race in Payara's Grizzly that ends about one fast response in thirty early — README)
        HttpClient crawler = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> plain = crawler.send(HttpRequest.newBuilder(
                URI.create(browser.baseUrl() + ScorecardPage.PATH + "?from=" + month + "&to=" + month)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a visitor is given no session: " + plain.headers().allValues("Set-Cookie"));
        // asked again: the page as kept (ScorecardPages), byte for byte, with the headers every response has
        HttpResponse<String> again = crawler.send(HttpRequest.newBuilder(
                URI.create(browser.baseUrl() + ScorecardPage.PATH + "?from=" + month + "&to=" + month)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode());
        assertEquals(plain.body(), again.body(), "the kept page");
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cache-Control")) {
            assertEquals(plain.headers().firstValue(header), again.headers().firstValue(header), header);
            assertTrue(again.headers().firstValue(header).isPresent(), header);
        }
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));

        // in English, the same figures in Latin digits
        ScorecardPage english = card.otherLanguage();
        ScorecardPage.Line inEnglish = english.lines().values().stream()
                .filter(l -> l.agency().contains("elecom")).findFirst().orElseThrow();
        assertAll("in English",
                () -> assertEquals(en("scorecard.title"), browser.text(By.id("scorecard-title"))),
                () -> assertEquals(String.valueOf(expected.filed()), inEnglish.filed()),
                () -> assertEquals(String.valueOf(expected.answered()), inEnglish.answered()),
                () -> assertEquals("ltr", browser.find(By.tagName("html")).getAttribute("dir")));

        // a span that makes no sense is said, and the last twelve months shown
        ScorecardPage reversed = ScorecardPage.open(browser, "from=1405-09&to=1404-01");
        assertTrue(reversed.invalidSpanShown());

        // the guild's dashboard: the same line over its twelve months, and a bar opens the complaints behind it
        ScorecardPage year = ScorecardPage.open(browser, null);
        ScorecardPage.Line telecomYear = year.lines().get(TELECOM);
        // the dashboard's chart draws the agencies in the scorecard's order (the same sheet, busiest first)
        int index = year.lines().keySet().stream().toList().indexOf(TELECOM);
        ComplaintPathBrowserIT.signIn(browser, Accounts.ANJOMAN).go("reports-compliance");
        WebElement row = browser.findAll(By.cssSelector("[id$='agencies_data'] tr")).stream()
                .filter(r -> r.getText().contains(TELECOM)).findFirst().orElseThrow();
        assertEquals(telecomYear.filed(), row.findElement(By.cssSelector("td.filed")).getText().replaceAll("^.*\\n", "").trim());
        assertEquals(telecomYear.answered(), row.findElement(By.cssSelector("td.answered")).getText().replaceAll("^.*\\n", "").trim());
        browser.screenshot("ScorecardBrowserIT.02-dashboard");

        // the telecom company's "filed" bar: the complaint list, filtered to it and the span
        Map<String, Object> point = browser.js("var c = Chart.getChart(document.querySelector('[id$=\"agency-chart\"] canvas'));"
                + "var p = c.getDatasetMeta(0).data[arguments[0]].getCenterPoint();"
                + "var r = c.canvas.getBoundingClientRect(); return {x: p.x - r.width / 2, y: p.y - r.height / 2};", index);
        WebElement canvas = browser.find(By.cssSelector("[id$='agency-chart'] canvas"));
        new Actions(browser.driver()).moveToElement(canvas, ((Number) point.get("x")).intValue(),
                ((Number) point.get("y")).intValue()).click().perform();
        browser.waitUntil(d -> browser.pathOnly().equals("/complaints/list.xhtml"));
        new ComplaintQueue(browser);
        assertTrue(browser.text(ComplaintQueue.COUNT).endsWith(telecomYear.filed()),
                browser.text(ComplaintQueue.COUNT) + " ends with " + telecomYear.filed());
        assertTrue(browser.path().contains("agency="), browser.path());
        browser.screenshot("ScorecardBrowserIT.03-behind-the-bar");
    }

    @Test
    void theSecretariatTakesTheReportToAMeetingAsPdfAndExcel(Browser browser, PortalServer.Instance portal)
            throws Exception {
        ComplaintPathBrowserIT.signIn(browser, Accounts.DABIR);
        browser.open("/meetings/view.xhtml?number=14");
        String status;
        try (Connection c = portal.database(); ResultSet r = c.createStatement().executeQuery(
                "SELECT o.status FROM obligation o JOIN resolution r ON r.id = o.resolution_id JOIN meeting m"
                        + " ON m.id = r.meeting_id JOIN agency a ON a.id = o.agency_id"
                        + " WHERE m.number = 14 AND r.number = 1 AND a.code = 'telecom'")) {
            assertTrue(r.next(), "resolution 14/1 obliges the telecom company");
            status = r.getString(1);
        }
        HttpResponse<byte[]> xlsx = browser.download(path(browser.byId("report-xlsx").getAttribute("href")));
        assertEquals(200, xlsx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ComplaintPathBrowserIT.mediaType(xlsx));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet obligations = book.getSheetAt(0);
            assertTrue(obligations.isRightToLeft());
            assertEquals(fa("meetingReport.title", "۱۴"), obligations.getRow(0).getCell(0).getStringCellValue());
            Row telecom = null;
            for (Row row : obligations) {
                if (row.getCell(0) != null && "۱۴/۱".equals(row.getCell(0).getStringCellValue())
                        && row.getCell(1) != null && TELECOM.equals(row.getCell(1).getStringCellValue())) {
                    telecom = row;
                }
            }
            assertNotNull(telecom, "resolution 14/1's obligation of the telecom company is reported");
            Row line = telecom;
            assertAll("as the database has it",
                    () -> assertEquals(fa("enum.ObligationStatus." + status), line.getCell(2).getStringCellValue()),
                    () -> assertEquals("VERIFIED".equals(status) ? "" : fa("meetingReport.yes"), line.getCell(4).getStringCellValue(),
                            "its deadline of 1391 has passed"));
            assertTrue(book.getNumberOfSheets() >= 5, "a sheet per table: obligations, per agency, per kind, agenda, resolution 1");
        }
        HttpResponse<byte[]> pdf = browser.download(path(browser.byId("report-pdf").getAttribute("href")));
        assertEquals(200, pdf.statusCode());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = ReportText.of(doc);
            assertAll("the PDF's text",
                    () -> assertTrue(text.contains(ReportText.withoutJoiners(fa("meetingReport.title", "۱۴"))), text),
                    () -> assertTrue(text.lines().anyMatch(l -> l.contains("۱۴/۱") && l.contains(TELECOM)),
                            "resolution 14/1's obligation of the telecom company: " + text));
        }
        // the guild reads it too; an office neither sees the links nor gets the file
        ComplaintPathBrowserIT.signIn(browser, Accounts.HERA);
        browser.open("/meetings/view.xhtml?number=14");
        assertTrue(browser.findAll(By.id("report-pdf")).isEmpty());
        assertEquals(403, browser.download("/reports/export/meeting.pdf?number=14").statusCode());
        ComplaintPathBrowserIT.signIn(browser, Accounts.ANJOMAN);
        for (String kind : List.of("pdf", "xlsx")) {
            HttpResponse<byte[]> guilds = browser.download("/reports/export/meeting." + kind + "?number=14");
            assertEquals(200, guilds.statusCode(), "the guild's " + kind + " (it had ended on the 500 page: resolution 1's"
                    + " table was the secretariat's alone)");
            assertTrue(guilds.body().length > 1000, kind);
        }
        assertEquals(404, browser.download("/reports/export/meeting.pdf?number=999").statusCode());
    }

    private static String path(String href) {
        URI uri = URI.create(href);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
