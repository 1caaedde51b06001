package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.LineRequestPathBrowserIT.ADDRESS;
import static ir.pishkhan.portal.web.browser.LineRequestPathBrowserIT.TELECOM;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on the line request form and on the dispute form: each mistake is told in Persian, at the field or at
 * the top, and nothing already typed or chosen is lost. A double click on the request's submit files one request.
 */
@Isolated("counts the office's line requests before and after")
@BrowserTest
class LineRequestInputBrowserIT {

    static final String NOTE = "دو خط دیتا برای باجهٔ خدمات الکترونیک لازم است.";
    static final String DISPUTE_TEXT = "خط نصب شد ولی هیچ سامانه‌ای باز نمی‌شود و مودم قطع است.";

    @Test
    void eachMistakeOnTheRequestFormIsToldInPersianAndNothingTypedIsLost(Browser browser) {
        signIn(browser, Accounts.HERA);
        int before = LineRequestList.open(browser).count();

        // nothing but the (optional) note, and the quantity emptied: a message at each required field; the note is kept
        LineRequestForm form = LineRequestForm.open(browser).quantity("").note(NOTE);
        form.submit();
        form = new LineRequestForm(browser);
        browser.screenshot("LineRequestInputBrowserIT.01-required");
        LineRequestForm empty = form;
        assertAll("required fields",
                () -> assertEquals(fa("lineRequest.provider.required"), empty.fieldMessage(LineRequestForm.PROVIDER)),
                () -> assertEquals(fa("lineRequest.kind.invalid"), empty.fieldMessage(LineRequestForm.KIND)),
                () -> assertEquals(fa("lineRequest.quantity.required"), empty.fieldMessage("line:quantity")),
                () -> assertEquals(fa("lineRequest.address.required"), empty.fieldMessage("line:address")),
                () -> assertEquals("", empty.fieldMessage("line:note")),
                () -> assertEquals(NOTE, empty.value(LineRequestForm.NOTE), "the note typed is kept"));

        // a quantity in words: at the field, as typed
        form.provider(TELECOM).kind(fa("enum.LineKind.DATA_LINE")).quantity("دو").address(ADDRESS);
        form.submit();
        form = new LineRequestForm(browser);
        assertEquals(fa("lineRequest.quantity.required"), form.fieldMessage("line:quantity"));
        assertKept(browser, form, "دو");

        // a quantity out of the domain's range, in Persian digits: at the top, everything kept
        for (String quantity : List.of("۲۵", "۰")) {
            form.quantity(quantity).submit();
            form = new LineRequestForm(browser);
            browser.screenshot("LineRequestInputBrowserIT.02-quantity-" + quantity);
            assertEquals(List.of(fa("lineRequest.quantity.invalid", 1, 20)), new Layout(browser).messages(), quantity);
            assertKept(browser, form, quantity);
        }

        // an address of spaces only is no address
        form.quantity("۲").address("   ").submit();
        form = new LineRequestForm(browser);
        browser.screenshot("LineRequestInputBrowserIT.03-blank-address");
        // (the field has something, so the field's "required" lets it pass: the domain says it, at the top)
        assertEquals(List.of(fa("lineRequest.address.invalid", 500)), new Layout(browser).messages());
        assertEquals("", form.fieldMessage("line:address"));
        assertEquals(NOTE, form.value(LineRequestForm.NOTE));
        assertEquals(TELECOM, form.selected(LineRequestForm.PROVIDER));

        assertEquals(before, LineRequestList.open(browser).count(), "none of these filed anything");
    }

    /**
     * The choices and texts are as they were. The quantity comes back as the number typed: a number the server read
     * is written back in Latin digits, which the Persian pages' font (Vazirmatn FD) draws as Persian ones.
     */
    private static void assertKept(Browser browser, LineRequestForm form, String quantity) {
        assertAll("kept",
                () -> assertEquals(TELECOM, form.selected(LineRequestForm.PROVIDER)),
                () -> assertEquals(fa("enum.LineKind.DATA_LINE"), form.selected(LineRequestForm.KIND)),
                () -> assertEquals(Texts.asciiDigits(quantity), Texts.asciiDigits(form.value(LineRequestForm.QUANTITY))),
                () -> assertTrue(browser.find(LineRequestForm.QUANTITY).getCssValue("font-family").startsWith("\"Vazirmatn FD\""),
                        "drawn with Persian digits: " + browser.find(LineRequestForm.QUANTITY).getCssValue("font-family")),
                () -> assertEquals(ADDRESS, form.value(LineRequestForm.ADDRESS)),
                () -> assertEquals(NOTE, form.value(LineRequestForm.NOTE)));
    }

    @Test
    void aDisputeWithoutItsReasonOrItsTextIsToldAndKeepsWhatWasTyped(Browser browser) {
        LineRequestPage page = LineRequestPathBrowserIT.request(browser);
        long id = page.id();
        signIn(browser, Accounts.TELECOM);
        LineRequestPage.open(browser, id).act("INSTALL", null);
        signIn(browser, Accounts.HERA);
        page = LineRequestPage.open(browser, id);
        List<String> timeline = page.timelineActions();

        // no reason chosen: at the reason, the text kept
        page = page.act("DISPUTE", DISPUTE_TEXT);
        browser.screenshot("LineRequestInputBrowserIT.04-dispute-no-reason");
        LineRequestPage noReason = page;
        assertAll("no reason",
                () -> assertEquals(fa("lineRequest.disputeReason.invalid"), noReason.fieldMessage("form-DISPUTE:reason")),
                () -> assertEquals(DISPUTE_TEXT, noReason.actionText("DISPUTE"), "the text typed is kept"),
                () -> assertEquals(fa("enum.LineRequestStatus.INSTALLED"), noReason.status()),
                () -> assertEquals(timeline, noReason.timelineActions()));

        // a reason, and a text too short to say anything, then none: the domain's rule at the top, both kept
        for (String text : List.of("خراب است", "")) {
            page = page.reason("DISPUTE", fa("enum.DisputeReason.NOT_WORKING")).act("DISPUTE", text);
            browser.screenshot("LineRequestInputBrowserIT.05-dispute-text-" + text.length());
            LineRequestPage tooShort = page;
            assertAll("text «" + text + "»",
                    () -> assertEquals(List.of(fa("lineRequest.disputeText.invalid")), tooShort.messages()),
                    () -> assertEquals(fa("enum.DisputeReason.NOT_WORKING"), tooShort.reasonChosen("DISPUTE"), "the reason is kept"),
                    () -> assertEquals(text, tooShort.actionText("DISPUTE"), "the text is kept"),
                    () -> assertEquals(fa("enum.LineRequestStatus.INSTALLED"), tooShort.status()),
                    () -> assertEquals(timeline, tooShort.timelineActions(), "nothing recorded"),
                    () -> assertTrue(tooShort.offers("CONFIRM"), "still to confirm or dispute"),
                    () -> assertEquals("", tooShort.actionText("CONFIRM"),
                            "the dispute's text does not turn up in the confirmation's box, to be recorded as its comment"));
        }

        // corrected: recorded
        page = page.act("DISPUTE", DISPUTE_TEXT);
        assertEquals(List.of(fa("lineRequest.done.DISPUTE")), page.messages());
        assertEquals(fa("enum.LineRequestStatus.DISPUTED"), page.status());
    }

    @Test
    void aDoubleSubmitFilesOneRequest(Browser browser) {
        signIn(browser, Accounts.ARIA);
        int before = LineRequestList.open(browser).count();

        // a double click on the button
        LineRequestForm.open(browser).provider(TELECOM).kind(fa("enum.LineKind.INTERNET"))
                .address("تهران، خیابان آریا، پلاک ۳").note("دو بار کلیک روی دکمهٔ ثبت: یک درخواست.");
        browser.js("window.__browserItOldPage = true;");
        new Actions(browser.driver()).doubleClick(browser.find(LineRequestForm.SUBMIT)).perform();
        ComplaintInputBrowserIT.awaitNewPage(browser);
        LineRequestPage filed = new LineRequestPage(browser);
        String tracking = filed.tracking();
        long filedId = filed.id();
        assertEquals(List.of(fa("lineRequest.filed", tracking)), filed.messages());
        assertEquals(before + 1, LineRequestList.open(browser).count(), "one request for a double click");

        // the same form posted twice at once (what a double submit that got past the page's script does)
        LineRequestForm.open(browser);
        String viewState = browser.find(By.cssSelector("#line input[name='jakarta.faces.ViewState']")).getAttribute("value");
        String provider = browser.find(By.xpath("//select[@id='line:provider_input']/option[normalize-space(.)='" + TELECOM + "']"))
                .getAttribute("value");
        Multipart body = new Multipart().field("line", "line")
                .field("line:provider_input", provider)
                .field("line:kind_input", "FIXED_LINE")
                .field("line:quantity", "1")
                .field("line:address", "تهران، خیابان آریا، پلاک ۳")
                .field("line:note", "یک فرم که دو بار هم‌زمان فرستاده شد: یک درخواست.")
                .field("line:submit", "")
                .field("jakarta.faces.ViewState", viewState)
                .field(PF.NONCE, PF.nonce(browser));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> browser.post(LineRequestForm.PATH, body.contentType(), body.bytes()));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(
                () -> browser.post(LineRequestForm.PATH, body.contentType(), body.bytes()));
        HttpResponse<String> a = first.join();
        HttpResponse<String> b = second.join();
        assertAll("two posts of one form",
                () -> assertEquals(302, a.statusCode(), "to the request filed"),
                () -> assertEquals(302, b.statusCode(), "to the same request"),
                () -> assertEquals(ComplaintInputBrowserIT.location(a), ComplaintInputBrowserIT.location(b)),
                () -> assertTrue(ComplaintInputBrowserIT.location(a).startsWith(LineRequestPage.PATH + "?id="), ComplaintInputBrowserIT.location(a)),
                () -> assertFalse(ComplaintInputBrowserIT.location(a).equals(LineRequestPage.PATH + "?id=" + filedId), "another request than the first"));
        assertEquals(before + 2, LineRequestList.open(browser).count(), "one request for the two posts");
    }
}
