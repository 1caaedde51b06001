package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each role against a complaint that is not its own: another office's, another agency's, one not yet forwarded
 * to the agency, any complaint for an administrator, and nobody signed in. The page, its timeline, its evidence
 * file and an action are refused — 404 for what "does not exist" for the user, 403 for a role with no business
 * there — and a crafted post from the user's own complaint page changes nothing.
 */
@BrowserTest
class ComplaintAccessBrowserIT {

    static final String HERA_TEXT = "پست بانک از دفتر حرا ضمانت‌نامه بانکی غیر از بیمه‌نامه معلم خواست (آزمون دسترسی).";
    static final String ARIA_TEXT = "شکایت خود دفتر آریا از پست بانک، برای آزمون درخواست ساختگی.";
    static final String TELECOM_TEXT = "مخابرات خط دفتر آریا را بی‌اطلاع کارگروه قطع کرد (آزمون دسترسی).";

    @Test
    void anotherOfficesOrAgencysComplaintItsTimelineItsFileAndItsActionsAreRefused(Browser browser) {
        Path dir = Evidence.directory("ComplaintAccessBrowserIT");
        Path pdf = Evidence.write(dir, "مدرک-حرا.pdf", Evidence.pdf());
        String occurred = PersianText.toPersianDigits(JalaliDates.toJalali(LocalDate.now(JalaliDates.ZONE).minusDays(1)));

        // hera's complaint against Post Bank, with a file
        signIn(browser, Accounts.HERA);
        ComplaintPage heras = file(browser, "پست بانک", "GUARANTEE_DEMANDED", occurred, HERA_TEXT, pdf);
        long hera = heras.id();
        String heraFile = heras.attachments().values().iterator().next();
        String heraPage = ComplaintPage.PATH + "?id=" + hera;
        String heraTracking = heras.tracking();

        // --- another office: office.aria ---
        signIn(browser, Accounts.ARIA);
        assertRefused(browser, heraPage, 404, HERA_TEXT);
        assertFileRefused(browser, heraFile, 404);
        ComplaintQueue ariaList = ComplaintQueue.open(browser).text(heraTracking).search();
        assertEquals(List.of(), ariaList.trackings(), "not in her list either, even searched by its number");

        // her own complaint's page, and its withdraw form posted as a crafted request naming hera's complaint
        ComplaintPage arias = file(browser, "پست بانک", "OTHER", occurred, ARIA_TEXT);
        long aria = arias.id();
        assertTrue(arias.offers("WITHDRAW"));
        // the other id as a field of the post, then in the address the post goes to
        for (boolean inAddress : List.of(false, true)) {
            HttpResponse<String> response = inAddress ? craftedPost(browser, arias, "WITHDRAW", heraPage, null)
                    : craftedPost(browser, arias, "WITHDRAW", ComplaintPage.PATH, hera);
            String how = inAddress ? " (id in the address)" : " (id in the fields)";
            assertAll("a crafted withdraw of hera's complaint" + how,
                    () -> assertEquals(404, response.statusCode(), "refused as not hers: " + response.headers().map()),
                    () -> assertFalse(response.body().contains(HERA_TEXT)),
                    () -> AccessBrowserIT.assertNoStackTrace(response.body()));
            arias = ComplaintPage.open(browser, aria);
            assertEquals(fa("enum.ComplaintStatus.SUBMITTED"), arias.status(),
                    "her own complaint is not withdrawn by a request that named another" + how);
        }

        // --- an agency before the complaint is forwarded to it ---
        signIn(browser, Accounts.POSTBANK);
        assertRefused(browser, heraPage, 404, HERA_TEXT);
        assertFileRefused(browser, heraFile, 404);

        // the secretariat triages and forwards hera's complaint to Post Bank, and aria's against telecom
        signIn(browser, Accounts.ARIA);
        long ariaTelecom = file(browser, "شرکت مخابرات استان", "SYSTEMS_CUT_OFF", occurred, TELECOM_TEXT).id();
        signIn(browser, Accounts.DABIR);
        for (long id : List.of(hera, ariaTelecom)) {
            ComplaintPage p = ComplaintPage.open(browser, id).triage(fa("enum.Priority.NORMAL"), null);
            p = p.act("FORWARD", "");
            assertEquals(fa("enum.ComplaintStatus.FORWARDED"), p.status());
        }

        // --- another agency: telecom's liaison, with a forwarded complaint of its own ---
        signIn(browser, Accounts.TELECOM);
        assertRefused(browser, heraPage, 404, HERA_TEXT);
        assertFileRefused(browser, heraFile, 404);
        ComplaintPage telecoms = ComplaintPage.open(browser, ariaTelecom);
        assertTrue(telecoms.offers("ANSWER"));
        HttpResponse<String> answer = craftedPost(browser, telecoms, "ANSWER", ComplaintPage.PATH, hera);
        assertEquals(404, answer.statusCode(), "a crafted answer to Post Bank's complaint");
        assertFalse(answer.body().contains(HERA_TEXT));
        assertEquals(fa("enum.ComplaintStatus.FORWARDED"), ComplaintPage.open(browser, ariaTelecom).status());

        // --- the right agency, now that it is forwarded: it sees the page and the file ---
        signIn(browser, Accounts.POSTBANK);
        assertEquals(hera, ComplaintPage.open(browser, hera).id());
        assertEquals(200, browser.download(heraFile).statusCode());

        // --- an administrator manages accounts, not complaints ---
        signIn(browser, Accounts.ADMIN);
        assertRefused(browser, heraPage, 403, HERA_TEXT);
        assertFileRefused(browser, heraFile, 403);
        assertRefused(browser, ComplaintQueue.PATH, 403, HERA_TEXT);

        // --- nobody signed in: the login page, not the content ---
        browser.reset();
        for (String path : List.of(heraPage, heraFile)) {
            HttpResponse<String> response = browser.get(path);
            assertAll(path,
                    () -> assertEquals(302, response.statusCode()),
                    () -> assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                            "to the login page: " + response.headers().firstValue("Location")),
                    () -> assertFalse(response.body().contains(HERA_TEXT)));
        }
        browser.open(heraPage);
        new LoginPage(browser).assertShown();
        assertFalse(browser.html().contains(HERA_TEXT));

        // --- hera's complaint is as the secretariat forwarded it: nobody else's request changed it ---
        signIn(browser, Accounts.DABIR);
        ComplaintPage after = ComplaintPage.open(browser, hera);
        assertEquals(fa("enum.ComplaintStatus.FORWARDED"), after.status());
        assertEquals(List.of(fa("enum.ComplaintAction.FILE"), fa("enum.ComplaintAction.TRIAGE"),
                fa("enum.ComplaintAction.FORWARD")), after.timelineActions());
    }

    /** Files a complaint through the form as the signed-in office; returns its page. */
    static ComplaintPage file(Browser browser, String agency, String kind, String occurred, String description, Path... files) {
        ComplaintForm form = ComplaintForm.open(browser).agency(agency).kind(fa("enum.ComplaintKind." + kind))
                .occurredOn(occurred).description(description);
        if (files.length > 0) {
            form.attach(files);
        }
        form.submit();
        return new ComplaintPage(browser);
    }

    /**
     * The user's own complaint page, its action form posted as the browser would — the page's view state, the
     * session cookie — but naming another complaint: as an "id" field, or in the address posted to.
     */
    static HttpResponse<String> craftedPost(Browser browser, ComplaintPage own, String action, String postTo, Long otherId) {
        return craftedPost(browser, "form-" + action, postTo, otherId);
    }

    /**
     * The same for any page of the user's own with a full-page action form (its text, its file input if it has
     * one, its submit button): the form as the page renders it, posted naming another record.
     */
    static HttpResponse<String> craftedPost(Browser browser, String form, String postTo, Long otherId) {
        Multipart body = new Multipart()
                .field(form, form)
                .field(form + ":text", "درخواست ساختگی که نباید پذیرفته شود.");
        if (browser.exists(By.id(form + ":files"))) {
            body.file(form + ":files", "", "application/octet-stream", new byte[0]);
        }
        body.field(form + ":submit", "");
        if (otherId != null) {
            body.field("id", String.valueOf(otherId));
        }
        body.field("jakarta.faces.ViewState", browser.find(By.cssSelector("[id='" + form + "'] input[name='jakarta.faces.ViewState']"))
                .getAttribute("value"));
        body.field(PF.NONCE, PF.nonce(browser));
        return browser.post(postTo, body.contentType(), body.bytes());
    }

    /** The page is refused with the portal's error page of that status, and shows nothing of the complaint. */
    static void assertRefused(Browser browser, String path, int status, String secret) {
        browser.open(path);
        browser.screenshot("ComplaintAccessBrowserIT.refused-" + status + "-" + path);
        String html = browser.html();
        boolean errorPage = browser.exists(By.id("error-" + status));
        HttpResponse<String> response = browser.get(path);
        assertAll(path,
                () -> assertTrue(errorPage, "#error-" + status + " shown in the browser"),
                () -> assertFalse(html.contains(secret), "the complaint's text in the browser"),
                () -> assertFalse(browser.exists(By.id("timeline")), "a timeline in the browser"),
                () -> assertEquals(status, response.statusCode(), "HTTP status"),
                () -> assertFalse(response.body().contains(secret), "the complaint's text over HTTP"),
                () -> AccessBrowserIT.assertNoStackTrace(response.body()));
    }

    static void assertFileRefused(Browser browser, String path, int status) {
        HttpResponse<byte[]> response = browser.download(path);
        assertEquals(status, response.statusCode(), path);
        assertFalse(new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"),
                "the file's bytes were sent");
    }
}
