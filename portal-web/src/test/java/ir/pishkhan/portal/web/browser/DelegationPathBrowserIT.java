package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;

import static ir.pishkhan.portal.web.browser.ComplaintAccessBrowserIT.assertRefused;
import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's delegation, in Persian, the whole path of resolution 19: Post Bank's liaison adds a service to the
 * agency's catalogue and grants it to the rural offices of «مرکزی» only; the coverage report flags the county
 * selective, with the offices left out; «حرا», an urban office of that county left out, sees the service among those
 * it was left out of and files a complaint from it, the form filled in (Post Bank, "services restricted", the service
 * and resolution 19 named). The telecom company's liaison gets 404 on the service's address.
 */
@BrowserTest
class DelegationPathBrowserIT {

    static final String COUNTY = "مرکزی";
    static final String NAME = "پرداخت اقساط تسهیلات قرض‌الحسنه";
    static final String BASIS = "مصوبه ۱۹ جلسه ۱۴";

    @Test
    void aServiceGivenToSomeOfficesOfACountyIsFlaggedAndAnOfficeLeftOutComplains(Browser browser) {
        String code = "PB-SEL-" + (System.currentTimeMillis() % 100000);
        LocalDate today = LocalDate.now(JalaliDates.ZONE);

        // --- Post Bank's liaison: a new service in the agency's catalogue ---
        signIn(browser, Accounts.POSTBANK).go("services");
        assertEquals("/services/list.xhtml", browser.pathOnly());
        assertTrue(browser.text(By.id("agency-name")).contains("پست بانک"));
        browser.find(By.id("add:code")).sendKeys(code);
        browser.find(By.id("add:nameFa")).sendKeys(NAME);
        browser.find(By.id("add:nameEn")).sendKeys("Interest-free loan instalments");
        browser.clickAndWaitForPage(browser.find(By.id("add:submit")));
        assertEquals("/services/view.xhtml", browser.pathOnly());
        String path = browser.path().substring(browser.path().indexOf("/services/"));
        assertTrue(browser.text(By.id("service-title")).contains(NAME));
        assertEquals(fa("enum.ServiceScope.BOTH"), browser.text(By.id("service-scope")).trim());

        // --- the catalogue's files with the search typed: Excel, PDF and CSV, the new service alone ---
        browser.open("/services/list.xhtml");
        browser.find(By.id("services-form:search")).sendKeys(code);
        browser.waitUntil(d -> browser.findAll(By.cssSelector("a.service-link")).stream().map(e -> e.getText().trim())
                .toList().equals(List.of(code)));
        browser.waitForAjax();
        String xlsxPath = ExportedList.href(browser, "services-form:export-xlsx");
        List<String> listed = List.of(code, NAME, fa("enum.ServiceScope.BOTH"));
        assertEquals(List.of(listed), ExportedList.get(browser, xlsxPath).rows(), "the Excel file");
        assertEquals(List.of(listed), ExportedList.of(browser, "services-form", "csv").rows(), "the CSV file");
        java.net.http.HttpResponse<byte[]> pdf = browser.download(ExportedList.href(browser, "services-form:export-pdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", ComplaintPathBrowserIT.mediaType(pdf));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = ir.pishkhan.portal.web.report.ReportText.of(doc);
            assertAll("the PDF's text",
                    () -> assertTrue(text.contains(code), text),
                    () -> assertTrue(text.contains(ir.pishkhan.portal.web.report.ReportText.withoutJoiners(NAME)), text),
                    () -> assertTrue(text.contains(ir.pishkhan.portal.web.report.ReportText.withoutJoiners(fa("services.title"))), text));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String postBank = ExportedList.param(xlsxPath, "agency");
        assertTrue(postBank != null && postBank.matches("\\d+"), xlsxPath);
        browser.open(path);

        // --- bad input first: no basis, nothing granted ---
        new Select(browser.find(By.id("delegate:county"))).selectByVisibleText(COUNTY);
        new Select(browser.find(By.id("delegate:kind"))).selectByVisibleText(fa("enum.OfficeKind.RURAL"));
        browser.find(By.id("delegate:since")).sendKeys(PersianText.toPersianDigits(JalaliDates.toJalali(today)), Keys.ESCAPE);
        browser.clickAndWaitForPage(browser.find(By.id("delegate:grant")));
        assertTrue(new Layout(browser).messages().contains(fa("delegation.basis.invalid", 1, 200)),
                new Layout(browser).messages().toString());
        assertTrue(browser.findAll(By.cssSelector(".authorised-office")).isEmpty(), "nothing granted");

        // --- granted to the county's rural offices only ---
        new Select(browser.find(By.id("delegate:county"))).selectByVisibleText(COUNTY);
        new Select(browser.find(By.id("delegate:kind"))).selectByVisibleText(fa("enum.OfficeKind.RURAL"));
        WebElement since = browser.find(By.id("delegate:since"));
        since.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        since.sendKeys(PersianText.toPersianDigits(JalaliDates.toJalali(today)), Keys.ESCAPE);
        browser.find(By.id("delegate:basis")).sendKeys(BASIS);
        browser.clickAndWaitForPage(browser.find(By.id("delegate:grant")));
        List<String> messages = new Layout(browser).messages();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(fa("delegation.granted", 0).substring(0, 8))), messages.toString());
        List<WebElement> authorised = browser.findAll(By.cssSelector(".authorised-office"));
        assertFalse(authorised.isEmpty());
        assertTrue(authorised.stream().noneMatch(e -> e.getText().contains("حرا")));
        String timeline = browser.text(By.id("timeline"));
        assertAll("the timeline",
                () -> assertTrue(timeline.contains(fa("enum.What.GRANTED")), timeline),
                () -> assertTrue(timeline.contains(BASIS), timeline),
                () -> assertTrue(timeline.contains(COUNTY), timeline),
                () -> assertTrue(timeline.contains("liaison.postbank"), timeline),
                () -> assertTrue(timeline.contains(fa("enum.What.CATALOGUED")), timeline));
        browser.screenshot("DelegationPathBrowserIT.01-granted");

        // --- withdrawn from one of those offices, chosen by name: the timeline names the office ---
        WebElement first = browser.findAll(By.cssSelector("tr:has(.authorised-office)")).get(0);
        String officeName = first.findElement(By.cssSelector(".authorised-office")).getText().trim();
        String licence = PersianText.toAsciiDigits(first.findElement(By.cssSelector(".licence")).getText().trim());
        PF.autoComplete(browser, "delegate:office", officeName, licence);
        WebElement on = browser.find(By.id("delegate:since"));
        on.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        on.sendKeys(PersianText.toPersianDigits(JalaliDates.toJalali(today)), Keys.ESCAPE);
        browser.find(By.id("delegate:basis")).sendKeys(BASIS);
        browser.clickAndWaitForPage(browser.find(By.id("delegate:withdraw")));
        String withdrawn = browser.text(By.id("timeline"));
        assertAll("the timeline after the withdrawal",
                () -> assertTrue(withdrawn.contains(fa("enum.What.WITHDRAWN")), withdrawn),
                () -> assertTrue(withdrawn.contains("(" + officeName + ")"), "the office by its name: " + withdrawn));

        // --- the coverage report: the county is flagged selective, with the offices left out ---
        browser.clickAndWaitForPage(browser.find(By.id("coverage-link")));
        WebElement row = coverageRow(browser, code);
        assertAll("the county's row",
                () -> assertEquals(fa("enum.Selectivity.PARTIAL"), row.findElement(By.cssSelector(".selectivity")).getText().trim()),
                () -> assertEquals(fa("coverage.selective"), row.findElement(By.cssSelector(".selective-flag")).getText().trim()),
                () -> assertFalse(row.findElements(By.cssSelector(".left-out-office")).isEmpty()));
        browser.screenshot("DelegationPathBrowserIT.02-coverage");

        // --- the whole report as files: the county's row as the page shows it, with the offices left out named ---
        List<String> named = row.findElements(By.cssSelector(".left-out-office")).stream().map(e -> e.getText().trim()).toList();
        String[] counted = PersianText.toAsciiDigits(row.findElement(By.cssSelector(".coverage-count")).getText()).split("/");
        String coveragePath = ExportedList.href(browser, "coverage-form:export-xlsx");
        for (ExportedList file : List.of(ExportedList.get(browser, coveragePath), ExportedList.of(browser, "coverage-form", "csv"))) {
            List<String> line = file.rows().stream().filter(r -> r.get(0).equals(code) && r.get(2).equals(COUNTY))
                    .findFirst().orElseThrow(() -> new AssertionError(file.rows().toString()));
            assertAll("the county's row in the file " + line,
                    () -> assertEquals(NAME, line.get(1)),
                    () -> assertEquals(counted[0].trim(), PersianText.toAsciiDigits(line.get(3))),
                    () -> assertEquals(counted[1].trim(), PersianText.toAsciiDigits(line.get(4))),
                    () -> assertEquals(fa("enum.Selectivity.PARTIAL") + " " + fa("coverage.selective"), line.get(5)),
                    () -> assertTrue(named.stream().allMatch(line.get(7)::contains), named + " in " + line.get(7)));
        }
        assertEquals(200, browser.download(ExportedList.href(browser, "coverage-form:export-pdf")).statusCode());

        // --- «حرا», left out, sees it and complains from it ---
        signIn(browser, Accounts.HERA).go("office-services");
        WebElement leftOut = browser.findAll(By.cssSelector(".left-out-service")).stream()
                .filter(e -> e.getText().contains(code)).findFirst().orElseThrow();
        assertTrue(leftOut.getText().contains(NAME));
        browser.clickAndWaitForPage(leftOut.findElement(By.cssSelector("a.complain-link")));
        ComplaintForm form = new ComplaintForm(browser);
        String description = form.value(ComplaintForm.DESCRIPTION);
        assertAll("the form filled in",
                () -> assertEquals("پست بانک", form.selected(ComplaintForm.AGENCY)),
                () -> assertEquals(fa("enum.ComplaintKind.SERVICES_RESTRICTED"), form.selected(ComplaintForm.KIND)),
                () -> assertTrue(description.contains(NAME) && description.contains(code) && description.contains("۱۹"), description),
                () -> assertTrue(browser.text(By.id("complaint:cited")).contains("۱۹")),
                () -> assertTrue(browser.exists(By.cssSelector(".cited-resolution"))));
        form.occurredOn(PersianText.toPersianDigits(JalaliDates.toJalali(today))).submit();
        ComplaintPage filed = new ComplaintPage(browser);
        assertTrue(filed.text(ComplaintPage.DESCRIPTION).contains(NAME));
        assertEquals("پست بانک", filed.text(ComplaintPage.AGENCY));
        browser.screenshot("DelegationPathBrowserIT.03-complaint");

        // --- another agency's liaison: no such service ---
        signIn(browser, Accounts.TELECOM);
        assertRefused(browser, path, 404, NAME);
        // nor Post Bank's catalogue by a crafted export address
        for (String format : List.of("xlsx", "pdf", "csv")) {
            ComplaintAccessBrowserIT.assertFileRefused(browser, "/services/export/list." + format + "?agency=" + postBank
                    + "&text=" + code, 404);
            ComplaintAccessBrowserIT.assertFileRefused(browser, "/services/coverage/export/list." + format + "?agency="
                    + postBank, 404);
            ComplaintAccessBrowserIT.assertFileRefused(browser, "/contracts/export/list." + format + "?agency=" + postBank, 404);
        }

        // --- Post Bank's contracts: the file holds the coverage per county as the page shows it, then the contracts ---
        signIn(browser, Accounts.POSTBANK);
        browser.open("/contracts/list.xhtml");
        // the bank's name in the page's language, whatever the browser's Accept-Language (the page reads it in its view action)
        assertTrue(browser.find(By.tagName("h1")).getText().contains("پست بانک"), browser.find(By.tagName("h1")).getText());
        List<List<String>> shown = browser.findAll(By.cssSelector("table.coverage-table tbody tr")).stream()
                .map(tr -> {
                    String[] count = PersianText.toAsciiDigits(tr.findElement(By.cssSelector(".coverage-count")).getText()).split("/");
                    return List.of(tr.findElement(By.cssSelector(".coverage-county")).getText().trim(), count[0].trim(), count[1].trim());
                }).toList();
        assertFalse(shown.isEmpty(), "the page shows the coverage per county");
        ExportedList contracts = ExportedList.of(browser, "contracts-form", "xlsx");
        assertEquals(List.of(fa("office.county"), fa("coverage.export.covered"), fa("coverage.export.eligible"),
                fa("coverage.standing")), contracts.headings(), "the workbook's first sheet is the coverage");
        assertEquals(shown, contracts.rows().stream().map(r -> List.of(r.get(0), r.get(1), r.get(2))).toList());
    }

    /** The coverage report's row of the service in the county, over its pages. */
    private static WebElement coverageRow(Browser browser, String code) {
        for (int page = 0; page < 50; page++) {
            for (WebElement tr : browser.findAll(By.cssSelector("[id='coverage-form:coverage'] tbody tr"))) {
                if (tr.getText().contains(code) && tr.getText().contains(COUNTY)) {
                    return tr;
                }
            }
            WebElement next = browser.find(By.id("coverage-form:next"));
            if (!next.isEnabled() || next.getAttribute("class").contains("ui-state-disabled")) {
                break;
            }
            browser.clickAndWaitForAjax(next);
        }
        throw new AssertionError("no row of " + code + " in " + COUNTY);
    }
}
