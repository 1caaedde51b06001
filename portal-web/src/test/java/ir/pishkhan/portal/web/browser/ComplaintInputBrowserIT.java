package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static ir.pishkhan.portal.web.browser.ComplaintAccessBrowserIT.file;
import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on the filing form and on a complaint's page: each mistake is told in Persian, at the field or at
 * the top, and nothing already typed is lost (except a chosen file: no browser lets a page keep one). A double
 * submit files one complaint; a page left open while someone else acted is told so and shown the current state.
 * Each action form of a complaint's page keeps its own text: a refused one's text turns up in no other box.
 */
@Isolated("counts the office's complaints before and after")
@BrowserTest
class ComplaintInputBrowserIT {

    static final String POST_BANK = "پست بانک";
    static final String OFFICIAL = "رئیس شعبه مرکزی";
    static final String DESCRIPTION = "شعبه مرکزی پست بانک ضمانت‌نامه بانکی خواست و بیمه‌نامه معلم را نپذیرفت.";

    static String jalali(LocalDate date) {
        return PersianText.toPersianDigits(JalaliDates.toJalali(date));
    }

    @Test
    void eachMistakeIsToldInPersianAndNothingTypedIsLost(Browser browser) {
        Path dir = Evidence.directory("ComplaintInputBrowserIT");
        LocalDate today = LocalDate.now(JalaliDates.ZONE);
        signIn(browser, Accounts.HERA);
        int before = ComplaintQueue.open(browser).count();

        // nothing but the (optional) official: a message at each required field; the official is kept
        ComplaintForm form = ComplaintForm.open(browser).official(OFFICIAL);
        form.submit();
        form = new ComplaintForm(browser);
        browser.screenshot("ComplaintInputBrowserIT.01-required");
        ComplaintForm empty = form;
        assertAll("required fields",
                () -> assertEquals(fa("complaint.agency.required"), empty.fieldMessage(ComplaintForm.AGENCY)),
                () -> assertEquals(fa("complaint.kind.required"), empty.fieldMessage(ComplaintForm.KIND)),
                () -> assertEquals(fa("complaint.occurredOn.required"), empty.fieldMessage("complaint:occurred")),
                () -> assertEquals(fa("complaint.description.required"), empty.fieldMessage("complaint:description")),
                () -> assertEquals("", empty.fieldMessage("complaint:official")),
                () -> assertEquals(OFFICIAL, empty.value(ComplaintForm.OFFICIAL), "the official typed is kept"));

        // a description under 10 characters: the domain's rule, at the top; everything chosen and typed is kept
        String occurred = jalali(today.minusDays(3));
        form.agency(POST_BANK).kind(fa("enum.ComplaintKind.GUARANTEE_DEMANDED")).occurredOn(occurred).description("کوتاه است");
        form.submit();
        form = assertKept(browser, fa("complaint.description.invalid", 10, 4000), occurred, "کوتاه است");

        // a description over 4000 characters: the field takes no more than 4000 (typed on after 3990 put there
        // by script, so that the test does not type 4000 keys). A post that goes round the field's limit is refused
        // with the limit, never cut (HardeningBrowserIT).
        browser.js("arguments[0].value = arguments[1];", browser.find(ComplaintForm.DESCRIPTION), "ش".repeat(3990));
        browser.find(ComplaintForm.DESCRIPTION).sendKeys(" پست بانک ضمانت خواست");
        assertEquals(4000, form.value(ComplaintForm.DESCRIPTION).length(), "maxlength cuts the typing at 4000");

        // a date in the future
        String tomorrow = jalali(today.plusDays(1));
        form.occurredOn(tomorrow).description(DESCRIPTION);
        form.submit();
        form = assertKept(browser, fa("complaint.occurredOn.future"), tomorrow, DESCRIPTION);

        // a date that does not exist: month 13, day 40 — at the field, as typed
        form.occurredOn("۱۴۰۵/۱۳/۴۰");
        form.submit();
        form = new ComplaintForm(browser);
        browser.screenshot("ComplaintInputBrowserIT.02-invalid-date");
        assertEquals(fa("date.invalid"), form.fieldMessage("complaint:occurred"));
        assertEquals("۱۴۰۵/۱۳/۴۰", form.value(ComplaintForm.OCCURRED), "the date as typed, to correct");
        assertEquals(DESCRIPTION, form.value(ComplaintForm.DESCRIPTION));

        // an executable renamed .pdf: told by its content, not its name
        form.occurredOn(occurred).attach(Evidence.write(dir, "نامه-شعبه.pdf", Evidence.executable()));
        form.submit();
        form = assertKept(browser, fa("file.type", "نامه-شعبه.pdf"), occurred, DESCRIPTION);
        browser.screenshot("ComplaintInputBrowserIT.03-file-type");

        // a PDF over 5 MB
        form.attach(Evidence.write(dir, "اسکن-کامل.pdf", Evidence.largePdf(5 * 1024 * 1024 + 512 * 1024)));
        form.submit();
        assertKept(browser, fa("file.tooLarge", "اسکن-کامل.pdf", 5), occurred, DESCRIPTION);

        assertEquals(before, ComplaintQueue.open(browser).count(), "none of these filed anything");
    }

    /** Back on the form after a refused submit: the one message at the top, and the choices and texts kept. */
    private static ComplaintForm assertKept(Browser browser, String message, String occurred, String description) {
        ComplaintForm form = new ComplaintForm(browser);
        assertAll(message,
                () -> assertEquals(List.of(message), new Layout(browser).messages()),
                () -> assertEquals(POST_BANK, form.selected(ComplaintForm.AGENCY)),
                () -> assertEquals(fa("enum.ComplaintKind.GUARANTEE_DEMANDED"), form.selected(ComplaintForm.KIND)),
                () -> assertEquals(occurred, form.value(ComplaintForm.OCCURRED)),
                () -> assertEquals(OFFICIAL, form.value(ComplaintForm.OFFICIAL)),
                () -> assertEquals(description, form.value(ComplaintForm.DESCRIPTION)));
        return form;
    }

    @Test
    void eachActionFormKeepsItsOwnText(Browser browser) {
        String occurred = jalali(LocalDate.now(JalaliDates.ZONE).minusDays(2));
        signIn(browser, Accounts.HERA);
        long id = file(browser, POST_BANK, "GUARANTEE_DEMANDED", occurred, DESCRIPTION).id();
        signIn(browser, Accounts.DABIR);
        ComplaintPage page = ComplaintPage.open(browser, id).triage(fa("enum.Priority.NORMAL"), null);
        assertEquals(List.of("TRIAGE", "FORWARD", "REFER", "REQUEST_INFO", "RESOLVE", "REJECT", "MARK_DUPLICATE", "REPLY",
                "INTERNAL_NOTE"),
                page.offered(), "a triaged complaint: the secretariat has several action forms");
        List<String> timeline = page.timelineActions();
        List<String> others = List.of("FORWARD", "REQUEST_INFO", "RESOLVE", "REPLY", "INTERNAL_NOTE");

        // a rejection whose reason is too short: told in Persian, the reason kept in its own box and in no other
        String tooShort = "کوتاه است";
        page = page.act("REJECT", tooShort);
        browser.screenshot("ComplaintInputBrowserIT.05-reject-too-short");
        ComplaintPage refused = page;
        assertAll("a rejection refused",
                () -> assertEquals(List.of(fa("complaint.reason.invalid", 10, 4000)), refused.messages()),
                () -> assertEquals(tooShort, refused.actionText("REJECT"), "the reason typed is kept"),
                () -> assertEquals(fa("enum.ComplaintStatus.TRIAGED"), refused.status()),
                () -> assertEquals(timeline, refused.timelineActions(), "nothing recorded"),
                () -> assertEquals("", refused.referral("text"), "the referral's note box stays empty"),
                () -> assertAll("the other action boxes stay empty", others.stream().map(action ->
                        (Executable) () -> assertEquals("", refused.actionText(action), "the box of " + action))));

        // a reply typed into its box as it stands: what is recorded is the reply, not the refused reason
        String reply = "شکایت شما بررسی شد و به پست بانک فرستاده خواهد شد.";
        browser.byId("form-REPLY:text").sendKeys(reply);
        browser.clickAndWaitForPage(browser.byId("form-REPLY:submit"));
        page = new ComplaintPage(browser);
        ComplaintPage replied = page;
        assertAll("the reply",
                () -> assertEquals(List.of(fa("complaint.done.REPLY")), replied.messages()),
                () -> assertEquals(fa("enum.ComplaintStatus.TRIAGED"), replied.status()),
                () -> assertEquals(fa("enum.ComplaintAction.REPLY"), ComplaintPathBrowserIT.last(replied.timeline()).action()),
                () -> assertEquals(reply, ComplaintPathBrowserIT.last(replied.timeline()).text(), "the reply's own text"),
                () -> assertFalse(replied.timeline().stream().anyMatch(e -> e.text().contains(tooShort)),
                        "the refused reason is recorded nowhere"));

        // a referral without its resolution: told, the official and the note kept in the referral form only
        String official = "رئیس شعبه مرکزی پست بانک";
        String note = "ضمانت‌نامه بانکی را برخلاف مصوبه خواسته است.";
        page = page.refer(official, null, note);
        browser.screenshot("ComplaintInputBrowserIT.06-refer-no-resolution");
        ComplaintPage noSanction = page;
        assertAll("a referral refused",
                () -> assertEquals(List.of(fa("complaint.referral.resolution")), noSanction.messages()),
                () -> assertEquals(official, noSanction.referral("official"), "the official typed is kept"),
                () -> assertEquals(note, noSanction.referral("text"), "the note typed is kept"),
                () -> assertEquals(fa("enum.ComplaintStatus.TRIAGED"), noSanction.status()),
                () -> assertAll("the other action boxes stay empty", Stream.concat(Stream.of("REJECT"), others.stream())
                        .map(action -> (Executable) () -> assertEquals("", noSanction.actionText(action), "the box of " + action))));

        // with the resolution: recorded with the official, the resolution and the referral's own note
        page = page.refer(official, fa("resolution.numbered") + " " + Texts.persianDigits("4"), note);
        ComplaintPage referred = page;
        assertAll("the referral",
                () -> assertEquals(List.of(fa("complaint.done.REFER")), referred.messages()),
                () -> assertEquals(fa("enum.ComplaintStatus.REFERRED"), referred.status()),
                () -> assertEquals(fa("enum.ComplaintAction.REFER"), ComplaintPathBrowserIT.last(referred.timeline()).action()),
                () -> assertEquals(official + " — 14/4\n" + note, ComplaintPathBrowserIT.last(referred.timeline()).text()));
    }

    @Test
    void aDoubleSubmitFilesOneComplaint(Browser browser) {
        String occurred = jalali(LocalDate.now(JalaliDates.ZONE).minusDays(1));
        signIn(browser, Accounts.ARIA);
        int before = ComplaintQueue.open(browser).count();

        // a double click on the button
        ComplaintForm.open(browser).agency(POST_BANK).kind(fa("enum.ComplaintKind.OTHER"))
                .occurredOn(occurred).description("دو بار کلیک روی دکمه ثبت: یک شکایت.");
        browser.js("window.__browserItOldPage = true;");
        new Actions(browser.driver()).doubleClick(browser.find(ComplaintForm.SUBMIT)).perform();
        awaitNewPage(browser);
        long filed = new ComplaintPage(browser).id();
        assertEquals(before + 1, ComplaintQueue.open(browser).count(), "one complaint for a double click");

        // the same form posted twice at once (what a double submit that got past the page's script does)
        ComplaintForm.open(browser);
        String viewState = browser.find(By.cssSelector("#complaint input[name='jakarta.faces.ViewState']")).getAttribute("value");
        String agency = browser.find(By.xpath("//select[@id='complaint:agency_input']/option[normalize-space(.)='" + POST_BANK + "']"))
                .getAttribute("value");
        Multipart body = new Multipart().field("complaint", "complaint")
                .field("complaint:agency_input", agency)
                .field("complaint:kind_input", "OTHER")
                .field("complaint:occurred", occurred)
                .field("complaint:official", "")
                .field("complaint:description", "یک فرم که دو بار هم‌زمان فرستاده شد: یک شکایت.")
                .file("complaint:files", "", "application/octet-stream", new byte[0])
                .field("complaint:submit", "")
                .field("jakarta.faces.ViewState", viewState)
                .field(PF.NONCE, PF.nonce(browser));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> browser.post(ComplaintForm.PATH, body.contentType(), body.bytes()));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(
                () -> browser.post(ComplaintForm.PATH, body.contentType(), body.bytes()));
        HttpResponse<String> a = first.join();
        HttpResponse<String> b = second.join();
        assertAll("two posts of one form",
                () -> assertEquals(302, a.statusCode(), "to the complaint filed"),
                () -> assertEquals(302, b.statusCode(), "to the same complaint"),
                () -> assertEquals(location(a), location(b)),
                () -> assertTrue(location(a).startsWith(ComplaintPage.PATH + "?id="), location(a)),
                () -> assertFalse(location(a).equals(ComplaintPage.PATH + "?id=" + filed), "another complaint than the first"));
        assertEquals(before + 2, ComplaintQueue.open(browser).count(), "one complaint for the two posts");
    }

    /** A redirect's target: its path and query. */
    static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** After a click that was not made through {@link Browser#clickAndWaitForPage}: the page marked old is gone. */
    static void awaitNewPage(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until((WebDriver d) -> Boolean.TRUE.equals(browser.js(
                        "return window.__browserItOldPage !== true && document.readyState === 'complete';")));
    }

    @Test
    void aStalePageIsToldAndShownTheCurrentStateAndAnIllegalStepIsNotOffered(Browser browser) {
        String occurred = jalali(LocalDate.now(JalaliDates.ZONE).minusDays(5));
        signIn(browser, Accounts.HERA);
        long id = file(browser, POST_BANK, "GUARANTEE_DEMANDED", occurred, DESCRIPTION).id();

        signIn(browser, Accounts.DABIR);
        WebDriver driver = browser.driver();
        String firstTab = driver.getWindowHandle();
        ComplaintPage first = ComplaintPage.open(browser, id);
        driver.switchTo().newWindow(WindowType.TAB);
        String secondTab = driver.getWindowHandle();
        try {
            ComplaintPage second = ComplaintPage.open(browser, id);
            assertTrue(second.offers("REJECT") && second.offers("REQUEST_INFO"));

            // the first tab asks the office for information
            driver.switchTo().window(firstTab);
            first = first.act("REQUEST_INFO", "لطفاً تصویر نامه شعبه را که ضمانت‌نامه خواسته است بفرستید.");
            assertEquals(fa("enum.ComplaintStatus.INFO_REQUESTED"), first.status());

            // the second tab, loaded before that, rejects it
            driver.switchTo().window(secondTab);
            String reason = "شکایت تکراری است و پیش‌تر رسیدگی شده است.";
            second = second.act("REJECT", reason);
            browser.screenshot("ComplaintInputBrowserIT.04-stale-page");
            ComplaintPage stale = second;
            assertAll("the stale page",
                    () -> assertEquals(List.of(fa("error.concurrentChange")), stale.messages()),
                    () -> assertEquals(fa("enum.ComplaintStatus.INFO_REQUESTED"), stale.status(), "now showing the current state"),
                    () -> assertEquals(List.of(fa("enum.ComplaintAction.FILE"), fa("enum.ComplaintAction.REQUEST_INFO")),
                            stale.timelineActions(), "the other tab's request shows; no rejection was recorded"),
                    () -> assertEquals(reason, stale.actionText("REJECT"), "the reason typed is kept"),
                    // an illegal step is not even offered: no forward, no triage while the office is asked
                    () -> assertEquals(List.of("REJECT", "MARK_DUPLICATE", "REPLY", "INTERNAL_NOTE"), stale.offered()),
                    () -> assertFalse(stale.offers("FORWARD")));
        } finally {
            driver.switchTo().window(secondTab).close();
            driver.switchTo().window(firstTab);
        }
        ComplaintPage now = ComplaintPage.open(browser, id);
        assertEquals(fa("enum.ComplaintStatus.INFO_REQUESTED"), now.status());
    }
}
