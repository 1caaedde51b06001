package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static ir.pishkhan.portal.web.browser.ComplaintAccessBrowserIT.assertRefused;
import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An obligation's path, in Persian: Post Bank's liaison finds the agency's obligations (earliest deadline first, the
 * 14th meeting's overdue on top), opens the one under resolution 20 («all banks of the province…»), reports with a
 * PDF; the secretariat returns it with a reason; the liaison reads the reason and reports again; the secretariat
 * verifies it. The telecom company's liaison gets 404 on its address, and on its file.
 */
@ResourceLock("meetings") // reads the 14th meeting's obligations
@BrowserTest
class ObligationPathBrowserIT {

    static final String REPORT = "قرارداد خدمات پست بانک با دفاتر پیشخوان استان امضا شد؛ نسخهٔ آن پیوست است.";
    static final String REASON = "فهرست دفاتر طرف قرارداد پیوست نشده است؛ با فهرست دوباره گزارش کنید.";
    static final String AGAIN = "فهرست ۲۴۰ دفتر طرف قرارداد در سامانهٔ پست بانک ثبت شد.";

    @Test
    void aBankReportsTheSecretariatReturnsItThenVerifiesIt(Browser browser) {
        // --- Post Bank's liaison: the agency's obligations, earliest deadline first ---
        signIn(browser, Accounts.POSTBANK).go("obligations");
        assertEquals(fa("obligations.title.AGENCY_LIAISON"), browser.text(By.id("obligations-title")).trim());
        List<WebElement> rows = browser.findAll(By.cssSelector("[id='obligations-form:obligations_data'] > tr"));
        assertTrue(rows.get(0).getAttribute("class").contains("row-overdue"),
                "resolution 5 of the 14th meeting (1391/07/27) is overdue and first");
        WebElement row = rows.stream().filter(r -> r.getText().contains("۱۴/۲۰")).findFirst().orElseThrow();
        browser.clickAndWaitForPage(row.findElement(By.cssSelector("a.obligation-link")));
        ObligationPage page = new ObligationPage(browser);
        long id = page.id();
        String path = ObligationPage.PATH + "?id=" + id;
        ObligationPage opened = page;
        assertAll("opened",
                () -> assertEquals(fa("enum.ObligationStatus.OPEN"), opened.status()),
                () -> assertEquals("پست بانک", opened.text("obligation-agency")),
                () -> assertTrue(opened.text("resolution-text").contains("کلیه بانکهای استان"), opened.text("resolution-text")),
                () -> assertEquals(fa("obligation.deadline.none"), opened.text("obligation-deadline")),
                () -> assertEquals(List.of("REPORT"), opened.offered()));
        browser.screenshot("ObligationPathBrowserIT.01-open");

        Path pdf = Evidence.write(Evidence.directory("obligation"), "قرارداد.pdf", Evidence.pdf());
        page = page.act("REPORT", REPORT, pdf);
        ObligationPage reported = page;
        assertAll("reported",
                () -> assertEquals(List.of(fa("obligation.done.REPORT")), reported.messages()),
                () -> assertEquals(fa("enum.ObligationStatus.REPORTED"), reported.status()),
                () -> assertEquals(List.of(), reported.offered()),
                () -> assertTrue(reported.timelineText().contains(REPORT)),
                () -> assertEquals(1, reported.fileLinks().size()));
        String file = page.fileLinks().get(0);
        assertTrue(file.startsWith("/obligation-files/"), file);
        assertArrayEquals(Evidence.pdf(), browser.download(file).body());

        // --- the secretariat returns it with a reason ---
        signIn(browser, Accounts.DABIR);
        page = ObligationPage.open(browser, id);
        assertEquals(List.of("VERIFY", "RETURN", "SECRETARIAT_NOTE"), page.offered(),
                "no violation: it has no deadline, so it is not overdue");
        page = page.act("RETURN", REASON);
        assertEquals(List.of(fa("obligation.done.RETURN")), page.messages());
        assertEquals(fa("enum.ObligationStatus.RETURNED"), page.status());

        // --- the liaison reads the reason and reports again ---
        signIn(browser, Accounts.POSTBANK);
        page = ObligationPage.open(browser, id);
        assertTrue(page.timelineText().contains(REASON), "the agency reads why it was returned");
        assertEquals(List.of("REPORT"), page.offered());
        page = page.act("REPORT", AGAIN);
        assertEquals(fa("enum.ObligationStatus.REPORTED"), page.status());

        // --- the secretariat verifies it ---
        signIn(browser, Accounts.DABIR);
        page = ObligationPage.open(browser, id).act("VERIFY", "");
        ObligationPage verified = page;
        assertAll("verified",
                () -> assertEquals(List.of(fa("obligation.done.VERIFY")), verified.messages()),
                () -> assertEquals(fa("enum.ObligationStatus.VERIFIED"), verified.status()),
                () -> assertEquals(List.of(fa("enum.ObligationAction.OPEN_OBLIGATION"), fa("enum.ObligationAction.REPORT"),
                        fa("enum.ObligationAction.RETURN"), fa("enum.ObligationAction.REPORT"),
                        fa("enum.ObligationAction.VERIFY")), verified.timelineActions()));
        browser.screenshot("ObligationPathBrowserIT.02-verified");

        // --- another agency's liaison: not found, by its address or its file's ---
        signIn(browser, Accounts.TELECOM);
        assertRefused(browser, path, 404, REPORT);
        assertEquals(404, browser.get(file).statusCode());
    }
}
