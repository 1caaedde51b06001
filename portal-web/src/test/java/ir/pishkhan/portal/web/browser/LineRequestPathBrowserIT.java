package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line requests' path, each person in turn, in Persian: the office حرا requests a data line of the telecom
 * company and sends it; the telecom liaison finds it in its work queue, schedules the installation (a Jalali date)
 * and marks it installed; the office confirms. A second request the liaison refuses as "not needed": resolution 13
 * does not accept that, the request stays open, and the complaint it opens is in the secretariat's queue, linked to
 * resolution 13.
 */
@BrowserTest
class LineRequestPathBrowserIT {

    static final String TELECOM = "شرکت مخابرات استان";
    static final String ADDRESS = "تهران، خیابان انقلاب، پلاک ۱۲، دفتر پیشخوان حرا";
    static final String NOTE = "برای خدمات الکترونیک دولت به دو خط دیتا نیاز داریم.";
    static final String REFUSAL = "دفتر به خط دیتای دوم نیاز ندارد و یک خط کافی است.";
    private static final Pattern ID = Pattern.compile("(?:^|&)id=(\\d+)");

    @Test
    void theOfficeRequestsTheProviderInstallsTheOfficeConfirms(Browser browser) {
        LocalDate today = LocalDate.now(JalaliDates.ZONE);
        String tracking = request(browser);
        long id = id(browser);
        assertEquals(fa("enum.LineRequestStatus.SENT"), text(browser, "line-status"));

        // --- the telecom liaison: its work queue, earliest deadline (overdue) first ---
        ComplaintPathBrowserIT.signIn(browser, Accounts.TELECOM).go("lines");
        assertEquals(fa("lines.title.AGENCY_LIAISON"), text(browser, "lines-title"));
        assertEquals(fa("enum.ComplaintSort.DEADLINE_EARLIEST"), PF.selectedLabel(browser, "lines-form:sort"));
        openFromList(browser, tracking);
        assertEquals(id, id(browser));
        assertEquals(List.of("SCHEDULE", "INSTALL", "REFUSE"), offered(browser));

        String date = PersianText.toPersianDigits(JalaliDates.toJalali(today.plusDays(2)));
        WebElement box = browser.byId("form-SCHEDULE:date");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        box.sendKeys(date);
        browser.byId("form-SCHEDULE:text").sendKeys("کارشناس فنی روز نصب هماهنگ می‌کند.");
        browser.clickAndWaitForPage(browser.byId("form-SCHEDULE:submit"));
        assertAll("scheduled",
                () -> assertEquals(List.of(fa("lineRequest.done.SCHEDULE")), new Layout(browser).messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.SCHEDULED"), text(browser, "line-status")),
                () -> assertEquals(date, text(browser, "line-scheduled")));
        browser.screenshot("LineRequestPathBrowserIT.02-scheduled");

        act(browser, "INSTALL", null);
        assertEquals(List.of(fa("lineRequest.done.INSTALL")), new Layout(browser).messages());
        assertEquals(fa("enum.LineRequestStatus.INSTALLED"), text(browser, "line-status"));

        // --- the office confirms ---
        ComplaintPathBrowserIT.signIn(browser, Accounts.HERA).go("lines");
        assertEquals(fa("lines.title.OFFICE_OPERATOR"), text(browser, "lines-title"));
        openFromList(browser, tracking);
        assertEquals(List.of("CONFIRM", "DISPUTE"), offered(browser));
        act(browser, "CONFIRM", "خط دیتا کار می‌کند.");
        assertAll("confirmed",
                () -> assertEquals(List.of(fa("lineRequest.done.CONFIRM")), new Layout(browser).messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.CONFIRMED"), text(browser, "line-status")),
                () -> assertEquals(List.of(fa("enum.LineRequestAction.FILE"), fa("enum.LineRequestAction.SEND"),
                        fa("enum.LineRequestAction.SCHEDULE"), fa("enum.LineRequestAction.INSTALL"),
                        fa("enum.LineRequestAction.CONFIRM")), timelineActions(browser)),
                () -> assertTrue(browser.find(By.id("timeline")).getText().contains(fa("lineRequest.scheduledFor") + ": " + date),
                        "the schedule in words, with its Jalali date"),
                () -> assertEquals(List.of(), offered(browser), "nothing left to do"));
        browser.screenshot("LineRequestPathBrowserIT.03-confirmed");
    }

    @Test
    void aRefusalAsNotNeededOpensAComplaintInTheSecretariatsQueue(Browser browser) {
        String tracking = request(browser);
        long id = id(browser);

        ComplaintPathBrowserIT.signIn(browser, Accounts.TELECOM);
        browser.open("/lines/view.xhtml?id=" + id);
        PF.selectOne(browser, "form-REFUSE:reason", fa("enum.RefusalReason.NOT_NEEDED"));
        act(browser, "REFUSE", REFUSAL);
        assertAll("escalated, not closed",
                () -> assertEquals(List.of(fa("lineRequest.done.ESCALATED")), new Layout(browser).messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.ESCALATED"), text(browser, "line-status")),
                () -> assertTrue(offered(browser).contains("INSTALL"), "the provider may still comply"),
                () -> assertFalse(offered(browser).contains("REFUSE")));
        String complaintTracking = text(browser, "line-complaint");
        browser.screenshot("LineRequestPathBrowserIT.04-escalated");

        // --- the secretariat finds the complaint in its queue, linked to resolution 13 ---
        ComplaintPathBrowserIT.signIn(browser, Accounts.DABIR).go("complaints");
        ComplaintQueue queue = new ComplaintQueue(browser);
        queue.text(complaintTracking).search();
        assertEquals(List.of(complaintTracking), queue.trackings());
        ComplaintPage complaint = queue.openComplaint(complaintTracking);
        browser.screenshot("LineRequestPathBrowserIT.05-complaint");
        assertAll("the complaint",
                () -> assertEquals(fa("enum.ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED"), complaint.text(By.id("complaint-kind"))),
                () -> assertEquals(TELECOM, complaint.text(ComplaintPage.AGENCY)),
                () -> assertTrue(complaint.text(ComplaintPage.RESOLUTIONS).contains(fa("resolution.numbered") + " ۱۳"),
                        complaint.text(ComplaintPage.RESOLUTIONS)),
                () -> assertTrue(complaint.text(ComplaintPage.RESOLUTIONS).contains(fa("resolution.numbered") + " ۲"),
                        complaint.text(ComplaintPage.RESOLUTIONS)),
                () -> assertTrue(complaint.text(ComplaintPage.DESCRIPTION).contains(REFUSAL)),
                () -> assertTrue(complaint.text(ComplaintPage.DESCRIPTION).contains(tracking)
                        || complaint.text(ComplaintPage.DESCRIPTION).contains(PersianText.toAsciiDigits(tracking)),
                        "names the line request"));

        // the secretariat sees the request too, with every request's age and status
        new Layout(browser).go("lines");
        assertEquals(fa("lines.title.SECRETARIAT"), text(browser, "lines-title"));
        openFromList(browser, tracking);
        assertEquals(fa("enum.LineRequestStatus.ESCALATED"), text(browser, "line-status"));
        assertEquals(complaintTracking, text(browser, "line-complaint"));
    }

    /** hera requests a data line of the telecom company and sends it; returns its tracking number as shown. */
    private static String request(Browser browser) {
        ComplaintPathBrowserIT.signIn(browser, Accounts.HERA).go("lines-new");
        PF.selectOne(browser, "line:provider", TELECOM);
        PF.selectOne(browser, "line:kind", fa("enum.LineKind.DATA_LINE"));
        WebElement quantity = browser.byId("line:quantity");
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        quantity.sendKeys("۲");
        browser.byId("line:address").sendKeys(ADDRESS);
        browser.byId("line:note").sendKeys(NOTE);
        browser.screenshot("LineRequestPathBrowserIT.01-request-form");
        browser.clickAndWaitForPage(browser.byId("line:submit"));
        String tracking = text(browser, "tracking");
        assertAll("filed",
                () -> assertEquals("/lines/view.xhtml", browser.pathOnly()),
                () -> assertEquals(List.of(fa("lineRequest.filed", tracking)), new Layout(browser).messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.REQUESTED"), text(browser, "line-status")),
                () -> assertEquals(TELECOM, text(browser, "line-provider")),
                () -> assertEquals("۲", text(browser, "line-quantity")),
                () -> assertEquals(ADDRESS, text(browser, "line-address")),
                () -> assertEquals(List.of("SEND", "CANCEL"), offered(browser)));
        act(browser, "SEND", null);
        assertEquals(List.of(fa("lineRequest.done.SEND")), new Layout(browser).messages());
        return tracking;
    }

    private static void act(Browser browser, String action, String text) {
        if (text != null) {
            browser.byId("form-" + action + ":text").sendKeys(text);
        }
        browser.clickAndWaitForPage(browser.byId("form-" + action + ":submit"));
    }

    private static void openFromList(Browser browser, String tracking) {
        WebElement link = browser.findAll(By.cssSelector("a.line-link")).stream()
                .filter(a -> a.getText().trim().equals(tracking)).findFirst()
                .orElseThrow(() -> new AssertionError(tracking + " is not listed"));
        browser.clickAndWaitForPage(link);
    }

    private static List<String> offered(Browser browser) {
        return browser.findAll(By.cssSelector("#actions form")).stream()
                .map(f -> f.getAttribute("id").replaceFirst("^form-", "")).toList();
    }

    private static List<String> timelineActions(Browser browser) {
        return browser.findAll(By.cssSelector("#timeline > li.event .event-action")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    private static String text(Browser browser, String id) {
        return browser.text(By.id(id)).trim();
    }

    private static long id(Browser browser) {
        String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        Matcher m = ID.matcher(query == null ? "" : query);
        if (!m.find()) {
            throw new AssertionError("No id in " + browser.path());
        }
        return Long.parseLong(m.group(1));
    }
}
