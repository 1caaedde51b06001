package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ir.pishkhan.portal.web.browser.ComplaintAccessBrowserIT.assertRefused;
import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registers' paths, in Persian. Resolution 18's provisional tariff of 20,000 rials, read by an office; a later
 * meeting's resolution, recorded and published by the secretariat, under which the secretariat makes it final —
 * after the refusals of a zero amount, an overlapping period and a resolution that does not exist, each in Persian
 * with nothing saved — and the history shows both rows. A licence of resolution 17 whose conversion was ordered,
 * converted by the regulator's liaison; another agency's liaison is offered nothing, and its crafted post changes
 * nothing; the tariff form is refused to an office (403).
 */
@ResourceLock("meetings") // publishes a meeting and makes 14/18's tariff final
@BrowserTest
class RegistersPathBrowserIT {

    static final String SERVICE = "ثبت و صدور تخلفات اضافه تناژ";
    static final String TARIFFS = "tariffs-form:tariffs";
    static final int MEETING = 86;

    @Test
    void aProvisionalTariffIsMadeFinalByALaterResolutionAndItsHistoryShown(Browser browser) {
        // --- an office reads today's tariffs: Persian digits, thousands separators, rials ---
        signIn(browser, Accounts.HERA).go("tariffs");
        assertEquals(fa("tariffs.title"), browser.text(By.tagName("h1")).trim());
        WebElement row = tariffRow(browser);
        assertAll("provisional",
                () -> assertEquals("۲۰٬۰۰۰ ریال", row.findElement(By.className("tariff-amount")).getText().trim()),
                () -> assertEquals(fa("tariff.provisional"), row.findElement(By.className("tariff-standing")).getText().trim()),
                () -> assertEquals("۱۴/۱۸", row.findElement(By.className("tariff-resolution")).getText().trim()));
        browser.screenshot("RegistersPathBrowserIT.01-tariffs");
        String history = URI.create(row.findElement(By.className("tariff-service")).getAttribute("href")).getRawPath()
                + "?" + URI.create(row.findElement(By.className("tariff-service")).getAttribute("href")).getRawQuery();
        String change = history.replace("/tariffs/history.xhtml", "/secretariat/tariffs/change.xhtml");
        assertRefused(browser, change, 403, "tariff-current");

        // --- the secretariat records and publishes a later meeting with a tariff resolution ---
        signIn(browser, Accounts.DABIR).go("meetings");
        browser.clickAndWaitForPage(browser.byId("new-meeting"));
        MeetingPage meeting = MeetingPage.create(browser, MEETING, "1404/07/01", "10:00", "سالن جلسات استانداری");
        meeting = meeting.addResolution(1, "تعرفهٔ خدمت ثبت و صدور تخلفات اضافه تناژ به مبلغ ۲۰۰۰۰ ریال قطعی گردید.",
                "The excess-tonnage tariff of 20,000 rials is final.", List.of(fa("enum.ResolutionKind.TARIFF")),
                // it cites no earlier resolution: MeetingCycleBrowserIT reads 14/18's standing as amended by 15/1 alone
                List.of("اداره کل حمل و نقل و پایانههای استان"), null);
        // a resolution with a deadline too: this meeting becomes the latest, whose deadlines the secretariat's home lists
        meeting = meeting.addResolution(2, "اداره کل حمل و نقل و پایانه‌های استان تعرفهٔ سایر خدمات را تا پایان سال بررسی کند.",
                "The directorate reviews its other services' tariffs by the year's end.",
                List.of(fa("enum.ResolutionKind.DECISION")), List.of("اداره کل حمل و نقل و پایانههای استان"), "1405/12/29");
        meeting = meeting.publish();
        assertEquals(fa("meeting.published"), meeting.messages());

        // --- the change form: each refusal in Persian, nothing saved ---
        browser.open(change);
        assertTrue(browser.text(By.id("tariff-current")).contains("۲۰٬۰۰۰ ریال"), browser.text(By.id("tariff-current")));
        submitTariff(browser, "0", "1404/07/01", MEETING, 1);
        assertEquals(List.of(fa("tariff.amount.invalid")), new Layout(browser).messages());
        submitTariff(browser, "۲۰٬۰۰۰", "1391/06/27", MEETING, 1);
        assertTrue(String.join(" ", new Layout(browser).messages()).contains("هم‌پوشانی"), new Layout(browser).messages().toString());
        submitTariff(browser, "20000", "1404/07/01", 99, 7);
        assertEquals(List.of(fa("tariff.resolution.unknown", 99, 7)), new Layout(browser).messages());
        browser.screenshot("RegistersPathBrowserIT.02-refused");

        // --- made final from the meeting's day, citing its resolution 1 ---
        submitTariff(browser, "۲۰۰۰۰", "1404/07/01", MEETING, 1);
        assertEquals(List.of(fa("tariff.done.final")), new Layout(browser).messages());
        assertEquals("/tariffs/history.xhtml", browser.pathOnly());
        List<WebElement> rows = browser.findAll(By.cssSelector("[id='history_data'] > tr"));
        assertEquals(2, rows.size(), "nothing overwritten: both rows");
        assertAll("history, newest first",
                () -> assertEquals(fa("tariff.final"), cell(rows.get(0), "tariff-standing")),
                () -> assertEquals("۱۴۰۴/۰۷/۰۱", cell(rows.get(0), "tariff-from")),
                () -> assertEquals(fa("tariff.open"), cell(rows.get(0), "tariff-to")),
                () -> assertEquals("۸۶/۱", cell(rows.get(0), "tariff-resolution")),
                () -> assertEquals(fa("tariff.provisional"), cell(rows.get(1), "tariff-standing")),
                () -> assertEquals("۱۳۹۱/۰۶/۲۷", cell(rows.get(1), "tariff-from")),
                () -> assertEquals("۱۴۰۴/۰۶/۳۱", cell(rows.get(1), "tariff-to")),
                () -> assertEquals("۱۴/۱۸", cell(rows.get(1), "tariff-resolution")),
                () -> assertEquals("۲۰٬۰۰۰ ریال", cell(rows.get(1), "tariff-amount")));
        browser.screenshot("RegistersPathBrowserIT.03-history");

        // --- the office reads the final tariff, and its history ---
        signIn(browser, Accounts.HERA).go("tariffs");
        assertEquals(fa("tariff.final"), tariffRow(browser).findElement(By.className("tariff-standing")).getText().trim());
        browser.open(history);
        assertEquals(2, browser.findAll(By.cssSelector("[id='history_data'] > tr")).size());
        assertTrue(browser.findAll(By.id("change-link")).isEmpty(), "an office is offered no change");
    }

    @Test
    void aLicenceIsConvertedByTheRegulatorsLiaisonAndRefusedToAnotherAgencys(Browser browser) {
        // --- another agency's liaison finds the office and reads its licence: nothing to do ---
        signIn(browser, Accounts.TELECOM).go("offices");
        WebElement search = browser.byId("offices-form:text");
        search.sendKeys("۱۴-۷۱-۱۰۱۹");
        browser.waitUntil(d -> browser.findAll(By.cssSelector("[id='offices-form:offices_data'] .office-name")).size() == 1);
        browser.clickAndWaitForPage(browser.find(By.cssSelector("[id='offices-form:offices_data'] .office-name")));
        assertEquals("/licences/view.xhtml", browser.pathOnly());
        String path = "/licences/view.xhtml?id=" + officeId(browser);
        assertEquals(fa("enum.LicenceStatus.CONVERSION_ORDERED"), browser.text(By.id("licence-status")).trim());
        assertEquals(List.of(fa("enum.LicenceAction.RECORD")), timelineActions(browser));
        assertTrue(browser.text(By.id("timeline")).contains("۱۷"), "the resolution behind it");
        assertEquals(List.of(), offered(browser));
        // a crafted conversion posted from this page: refused, nothing changes
        HttpResponse<String> crafted = craftedConversion(browser, path);
        assertNotEquals(500, crafted.statusCode());
        AccessBrowserIT.assertNoStackTrace(crafted.body());
        browser.open(path);
        assertEquals(fa("enum.LicenceStatus.CONVERSION_ORDERED"), browser.text(By.id("licence-status")).trim());

        // --- the regulator's liaison: the conversion, refused without its basis, then recorded ---
        signIn(browser, Accounts.REGULATOR);
        browser.open(path);
        assertEquals(List.of("CONVERT"), offered(browser));
        convert(browser, "1405/09/01", "", "", "", "");
        assertEquals(List.of(fa("licence.basis.required")), new Layout(browser).messages());
        assertEquals(fa("enum.LicenceStatus.CONVERSION_ORDERED"), browser.text(By.id("licence-status")).trim());
        convert(browser, "1405/09/01", "14", "17", "نامهٔ ۴۵۶/ت", "پروانهٔ پیشخوان صادر شد.");
        assertEquals(List.of(fa("licence.done")), new Layout(browser).messages());
        assertEquals(fa("enum.LicenceStatus.CONVERTED"), browser.text(By.id("licence-status")).trim());
        assertEquals(List.of(), offered(browser));
        browser.screenshot("RegistersPathBrowserIT.04-converted");

        // --- everyone signed in sees it: the office register lists it converted, with its history ---
        signIn(browser, Accounts.HERA);
        browser.open(path);
        assertEquals(fa("enum.LicenceStatus.CONVERTED"), browser.text(By.id("licence-status")).trim());
        assertEquals(List.of(fa("enum.LicenceAction.RECORD"), fa("enum.LicenceAction.CONVERT")), timelineActions(browser));
        String timeline = browser.text(By.id("timeline"));
        assertTrue(timeline.contains("۱۴۰۵/۰۹/۰۱") && timeline.contains("نامهٔ ۴۵۶/ت")
                && timeline.contains("پروانهٔ پیشخوان صادر شد."), timeline);
        new Layout(browser).go("offices");
        PF.selectOne(browser, "offices-form:status", fa("enum.LicenceStatus.CONVERTED"));
        browser.waitUntil(d -> browser.findAll(By.cssSelector("[id='offices-form:offices_data'] .licence")).stream()
                .anyMatch(e -> e.getText().contains("۱۴-۷۱-۱۰۱۹")));
    }

    private static WebElement tariffRow(Browser browser) {
        return browser.findAll(By.cssSelector("[id='" + TARIFFS + "_data'] > tr")).stream()
                .filter(r -> r.getText().contains(SERVICE)).findFirst().orElseThrow();
    }

    private static String cell(WebElement row, String className) {
        return row.findElement(By.className(className)).getText().trim();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.byId(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    private static void submitTariff(Browser browser, String rials, String from, int meeting, int number) {
        type(browser, "change:rials", rials);
        browser.js("document.querySelector(\"[name='change:standing'][value='false']\").checked = true;");
        type(browser, "change:from", from);
        browser.js("document.activeElement.blur();");
        type(browser, "change:meeting", String.valueOf(meeting));
        type(browser, "change:number", String.valueOf(number));
        browser.clickAndWaitForPage(browser.byId("change:save"));
    }

    private static void convert(Browser browser, String effective, String meeting, String number, String order, String note) {
        type(browser, "form-CONVERT:effective", effective);
        browser.js("document.activeElement.blur();");
        type(browser, "form-CONVERT:meeting", meeting);
        type(browser, "form-CONVERT:number", number);
        type(browser, "form-CONVERT:order", order);
        type(browser, "form-CONVERT:text", note);
        browser.clickAndWaitForPage(browser.byId("form-CONVERT:submit"));
    }

    private static List<String> offered(Browser browser) {
        return browser.findAll(By.cssSelector("#actions form")).stream()
                .map(f -> f.getAttribute("id").replaceFirst("^form-", "")).toList();
    }

    private static List<String> timelineActions(Browser browser) {
        return browser.findAll(By.cssSelector("#timeline > li.event .event-action")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    private static long officeId(Browser browser) {
        Matcher m = Pattern.compile("(?:^|&)id=(\\d+)").matcher(String.valueOf(
                URI.create(browser.driver().getCurrentUrl()).getRawQuery()));
        assertTrue(m.find(), browser.path());
        return Long.parseLong(m.group(1));
    }

    /** The conversion form posted as the regulator's page would send it, from a page that does not offer it. */
    private static HttpResponse<String> craftedConversion(Browser browser, String path) {
        String form = "form-CONVERT";
        Multipart body = new Multipart()
                .field(form, form)
                .field(form + ":effective", "1405/09/01")
                .field(form + ":meeting", "14")
                .field(form + ":number", "17")
                .field(form + ":text", "تبدیل ساختگی که نباید پذیرفته شود.")
                .field(form + ":submit", "")
                .field("jakarta.faces.ViewState", browser.find(By.cssSelector("input[name='jakarta.faces.ViewState']"))
                        .getAttribute("value"))
                .field(PF.NONCE, PF.nonce(browser));
        return browser.post(path, body.contentType(), body.bytes());
    }
}
