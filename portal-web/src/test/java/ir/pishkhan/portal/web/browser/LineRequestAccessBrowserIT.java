package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static ir.pishkhan.portal.web.browser.ComplaintAccessBrowserIT.assertRefused;
import static ir.pishkhan.portal.web.browser.ComplaintAccessBrowserIT.craftedPost;
import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.last;
import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.LineRequestFollowUpBrowserIT.file;
import static ir.pishkhan.portal.web.browser.LineRequestPathBrowserIT.TELECOM;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A line request of the office حرا, seen from the other side: another office and another agency cannot open it
 * (404, by its address or by its tracking number in their lists) nor act on it with a crafted post from a page of
 * their own; the guild and the secretariat see it and add follow-up notes that neither the office nor the provider
 * reads; an administrator has no business there (403), and nobody signed in is sent to the login page.
 */
@BrowserTest
class LineRequestAccessBrowserIT {

    static final String HERA_NOTE = "درخواست خط دیتای دفتر حرا برای آزمون دسترسی؛ فقط دفتر و مخابرات آن را می‌بینند.";
    static final String ARIA_NOTE = "درخواست خود دفتر آریا، برای آزمون درخواست ساختگی.";
    static final String GUILD_NOTE = "یادداشت انجمن صنفی: مخابرات در این منطقه دیر نصب می‌کند.";
    static final String SECRETARIAT_NOTE = "یادداشت دبیرخانه: در جلسهٔ بعد کارگروه پیگیری شود.";

    @Test
    void anotherOfficeOrAgencyCannotOpenOrActTheGuildAndTheSecretariatFollowItUp(Browser browser) {
        signIn(browser, Accounts.HERA);
        LineRequestPage heras = file(browser, TELECOM, "DATA_LINE", "۱", "تهران، خیابان آزادی، پلاک ۷۷", HERA_NOTE)
                .act("SEND", null);
        long hera = heras.id();
        String tracking = heras.tracking();
        String heraPage = LineRequestPage.PATH + "?id=" + hera;
        assertEquals(fa("enum.LineRequestStatus.SENT"), heras.status());

        // --- another office: office.aria ---
        signIn(browser, Accounts.ARIA);
        assertRefused(browser, heraPage, 404, HERA_NOTE);
        assertEquals(List.of(), LineRequestList.open(browser).text(tracking).search().trackings(),
                "not in her list, even searched by its number");

        // her own request's page, its cancel form posted as a crafted request naming hera's request
        LineRequestPage arias = file(browser, TELECOM, "FIXED_LINE", "۱", "تهران، خیابان آریا، پلاک ۱", ARIA_NOTE);
        long aria = arias.id();
        assertTrue(arias.offers("CANCEL"));
        for (boolean inAddress : List.of(false, true)) {
            HttpResponse<String> response = inAddress ? craftedPost(browser, "form-CANCEL", heraPage, null)
                    : craftedPost(browser, "form-CANCEL", LineRequestPage.PATH, hera);
            String how = inAddress ? " (id in the address)" : " (id in the fields)";
            assertAll("a crafted cancel of hera's request" + how,
                    () -> assertEquals(404, response.statusCode(), "refused as not hers: " + response.headers().map()),
                    () -> assertFalse(response.body().contains(HERA_NOTE)),
                    () -> AccessBrowserIT.assertNoStackTrace(response.body()));
            arias = LineRequestPage.open(browser, aria);
            assertEquals(fa("enum.LineRequestStatus.REQUESTED"), arias.status(),
                    "her own request is not cancelled by a post that named another" + how);
        }

        // her list's file holds her own requests only; a crafted address naming حرا's office and request, none of حرا's
        arias = LineRequestPage.open(browser, aria);
        String ariasTracking = arias.tracking();
        LineRequestList ariasList = LineRequestList.open(browser);
        ExportedList ariasFile = ExportedList.of(browser, LineRequestList.FORM, "csv");
        assertAll("آریا's file of her line requests",
                () -> assertEquals(ariasList.count(), ariasFile.rows().size(), "as many as her list counts"),
                () -> assertTrue(ariasFile.column(fa("lineRequest.tracking")).contains(ariasTracking)),
                () -> assertFalse(ariasFile.column(fa("lineRequest.tracking")).contains(tracking), "not حرا's"),
                () -> assertFalse(ariasFile.headings().contains(fa("complaint.office")), "an office's list has no office column"));
        long heraOffice = officeId(browser, "حرا");
        for (String format : List.of("csv", "xlsx")) {
            ExportedList crafted = ExportedList.get(browser, "/lines/export/list." + format + "?office=" + heraOffice
                    + "&text=" + java.net.URLEncoder.encode(tracking, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(List.of(), crafted.rows(), "a crafted " + format + " export of حرا's request");
        }
        ExportedList craftedAll = ExportedList.get(browser, "/lines/export/list.csv?office=" + heraOffice);
        assertFalse(craftedAll.column(0).contains(tracking), "naming حرا's office gives آریا her own, never حرا's");

        // --- another agency's liaison: Post Bank is no provider of lines ---
        signIn(browser, Accounts.POSTBANK);
        assertRefused(browser, heraPage, 404, HERA_NOTE);
        LineRequestList postBank = LineRequestList.open(browser);
        assertFalse(postBank.trackings().contains(tracking));
        assertEquals(List.of(), postBank.text(tracking).search().trackings());

        // --- the telecom liaison: its own request, and a crafted install of aria's, which was never sent ---
        signIn(browser, Accounts.TELECOM);
        LineRequestPage telecoms = LineRequestPage.open(browser, hera);
        assertTrue(telecoms.offers("INSTALL"));
        HttpResponse<String> install = craftedPost(browser, "form-INSTALL", LineRequestPage.PATH, aria);
        assertEquals(404, install.statusCode(), "a crafted install of a request not sent to telecom");
        assertFalse(install.body().contains(ARIA_NOTE));

        // --- the guild: sees it, adds a follow-up note ---
        signIn(browser, Accounts.ANJOMAN).go("lines");
        LineRequestList guildList = new LineRequestList(browser);
        assertEquals(fa("lines.title.GUILD"), guildList.title());
        guildList.text(tracking).search();
        assertEquals(List.of(tracking), guildList.trackings());
        assertEquals("حرا", guildList.cell(tracking, fa("complaint.office")));
        LineRequestPage guild = guildList.openRequest(tracking);
        assertEquals(List.of("GUILD_NOTE"), guild.offered());
        guild = guild.act("GUILD_NOTE", GUILD_NOTE);
        LineRequestPage guildAfter = guild;
        assertAll("the guild's note",
                () -> assertEquals(List.of(fa("lineRequest.done.GUILD_NOTE")), guildAfter.messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.SENT"), guildAfter.status(), "a note changes no state"),
                () -> assertEquals(fa("enum.LineRequestAction.GUILD_NOTE"), last(guildAfter.timeline()).action()),
                () -> assertEquals(GUILD_NOTE, last(guildAfter.timeline()).text()),
                () -> assertTrue(last(guildAfter.timeline()).isVisibility("STAFF")));

        // --- the secretariat: sees it and the guild's note, adds its own ---
        signIn(browser, Accounts.DABIR);
        LineRequestPage secretariat = LineRequestPage.open(browser, hera);
        assertTrue(secretariat.shows(GUILD_NOTE), "the secretariat reads the guild's note");
        assertEquals(List.of("SECRETARIAT_NOTE"), secretariat.offered());
        secretariat = secretariat.act("SECRETARIAT_NOTE", SECRETARIAT_NOTE);
        assertEquals(List.of(fa("lineRequest.done.SECRETARIAT_NOTE")), secretariat.messages());
        assertEquals(List.of(fa("enum.LineRequestAction.FILE"), fa("enum.LineRequestAction.SEND"),
                fa("enum.LineRequestAction.GUILD_NOTE"), fa("enum.LineRequestAction.SECRETARIAT_NOTE")), secretariat.timelineActions());
        browser.screenshot("LineRequestAccessBrowserIT.01-notes-secretariat");

        // the guild reads the secretariat's note too
        signIn(browser, Accounts.ANJOMAN);
        assertTrue(LineRequestPage.open(browser, hera).shows(SECRETARIAT_NOTE));

        // --- neither the office nor the provider reads the notes ---
        for (Accounts.Account account : List.of(Accounts.HERA, Accounts.TELECOM)) {
            signIn(browser, account);
            LineRequestPage page = LineRequestPage.open(browser, hera);
            assertAll(account + " does not read the follow-up notes",
                    () -> assertFalse(page.shows(GUILD_NOTE)),
                    () -> assertFalse(page.shows(SECRETARIAT_NOTE)),
                    () -> assertFalse(browser.html().contains(GUILD_NOTE), "not even hidden in the page"),
                    () -> assertFalse(browser.html().contains(SECRETARIAT_NOTE)),
                    () -> assertEquals(List.of(fa("enum.LineRequestAction.FILE"), fa("enum.LineRequestAction.SEND")),
                            page.timelineActions()),
                    () -> assertTrue(page.timeline().stream().allMatch(e -> e.isVisibility("PUBLIC"))));
        }

        // --- an administrator manages accounts, not requests ---
        signIn(browser, Accounts.ADMIN);
        assertRefused(browser, heraPage, 403, HERA_NOTE);
        assertRefused(browser, LineRequestList.PATH, 403, HERA_NOTE);

        // --- nobody signed in: the login page ---
        browser.reset();
        HttpResponse<String> response = browser.get(heraPage);
        assertAll(heraPage,
                () -> assertEquals(302, response.statusCode()),
                () -> assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                        "to the login page: " + response.headers().firstValue("Location")),
                () -> assertFalse(response.body().contains(HERA_NOTE)));

        // hera's request is as she sent it: no one else's post changed it
        signIn(browser, Accounts.HERA);
        assertEquals(fa("enum.LineRequestStatus.SENT"), LineRequestPage.open(browser, hera).status());
    }

    /** An office's id, as the offices list links to its licence page. */
    static long officeId(Browser browser, String name) {
        browser.open("/offices/list.xhtml");
        browser.byId("offices-form:text").sendKeys(name);
        browser.waitUntil(d -> browser.findAll(org.openqa.selenium.By.cssSelector("a.office-name")).stream()
                .map(a -> a.getText().trim()).toList().equals(List.of(name)));
        String href = browser.find(org.openqa.selenium.By.cssSelector("a.office-name")).getAttribute("href");
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(href);
        assertTrue(id.find(), href);
        return Long.parseLong(id.group(1));
    }
}
