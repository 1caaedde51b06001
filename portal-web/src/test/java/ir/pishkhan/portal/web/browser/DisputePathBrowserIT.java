package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static ir.pishkhan.portal.web.browser.ComplaintAccessBrowserIT.assertRefused;
import static ir.pishkhan.portal.web.browser.ComplaintAccessBrowserIT.craftedPost;
import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolution 15's dispute, in Persian, settled step by step: the secretariat finds it (Post Bank with «حرا»، «آریا»،
 * «راه کربلا»، «شهدای فیض الهی», seeded with the demo data), is refused a dispute with an office that does not exist
 * (nothing stored), opens another (the telecom company with «حرا» only), and proposes a settlement of res. 15's;
 * «حرا» states its case with a PDF, Post Bank's liaison states the agency's, the guild adds its follow-up note, the
 * secretariat settles it. Each side sees it settled (the guild's note only the secretariat and the guild); an
 * outsider — the telecom liaison for res. 15's, «آریا» for the telecom one — gets 404 by its address, its file and
 * a crafted post. The lists export to Excel and PDF, each side's its own. axe on every new page.
 */
@ResourceLock("disputes")
@BrowserTest
class DisputePathBrowserIT {

    static final String PROPOSAL = "پست بانک کارمزد معوق چهار دفتر را ظرف دو هفته واریز کند و دفاتر صورت تراکنش‌ها را بفرستند.";
    static final String HERA_SAYS = "کارمزد خدمات بانکی سه ماه گذشتهٔ دفتر حرا هنوز واریز نشده است؛ رسیدها پیوست است.";
    static final String BANK_SAYS = "پست بانک کارمزدها را طبق قرارداد پرداخت کرده و صورت‌حساب را برای انجمن فرستاده است.";
    static final String GUILD_SAYS = "انجمن صنفی با هر دو طرف جلسه گذاشت و گزارش آن را به کارگروه می‌دهد.";
    static final String TELECOM_MATTER = "اختلاف شرکت مخابرات با دفتر حرا در واگذاری خطوط تلفن";

    @Test
    void theSecretariatSettlesResolution15sDisputeEachSideSeesItAnOutsiderIsRefused(Browser browser) {
        // --- the secretariat: the list, searched with the Arabic yeh folded ---
        signIn(browser, Accounts.DABIR).go("disputes");
        DisputeList list = new DisputeList(browser);
        assertEquals(fa("disputes.title.SECRETARIAT"), list.title());
        Axe.assertAccessible(browser, "disputes-list");
        list.text("فيض الهي").search();
        assertEquals(1, list.trackings().size(), "res. 15's dispute, found by an office's name typed with Arabic letters");
        String tracking = list.trackings().get(0);
        DisputePage page = list.openDispute(tracking);
        long id = page.id();
        String path = DisputePage.PATH + "?id=" + id;
        DisputePage opened = page;
        assertAll("res. 15's dispute, seeded",
                () -> assertEquals(fa("enum.DisputeStatus.OPEN"), opened.status()),
                () -> assertEquals("پست بانک", opened.text("dispute-agency")),
                () -> assertEquals(List.of("حرا", "آریا", "راه کربلا", "شهدای فیض الهی"), opened.offices()),
                () -> assertTrue(opened.text("dispute-resolution").contains("۱۵"), opened.text("dispute-resolution")),
                () -> assertTrue(opened.text("dispute-cited").contains("۹") && opened.text("dispute-cited").contains("۱۳"),
                        opened.text("dispute-cited")),
                () -> assertEquals(List.of("PROPOSE", "REFER"), opened.offered()));
        Axe.assertAccessible(browser, "dispute-view");
        browser.screenshot("DisputePathBrowserIT.01-open");

        // --- bad input: an office that does not exist, refused with the licence named, nothing stored ---
        int before = DisputeList.open(browser).count();
        new DisputeList(browser).openNew();
        Axe.assertAccessible(browser, "dispute-new");
        fillNew(browser, "شرکت مخابرات استان", "14-71-1101، ۱۴-۷۱-۹۹۹۹");
        browser.clickAndWaitForPage(browser.byId("new-dispute:open"));
        assertEquals("/secretariat/disputes/new.xhtml", browser.pathOnly());
        assertEquals(List.of(fa("dispute.office.unknown", "14-71-9999")), new Layout(browser).messages());
        AccessBrowserIT.assertNoStackTrace(browser.html());
        assertEquals(before, DisputeList.open(browser).count(), "nothing stored");

        // --- another dispute: the telecom company with «حرا» only ---
        new DisputeList(browser).openNew();
        fillNew(browser, "شرکت مخابرات استان", "14-71-1101");
        browser.clickAndWaitForPage(browser.byId("new-dispute:open"));
        DisputePage telecoms = new DisputePage(browser);
        long telecom = telecoms.id();
        String telecomTracking = telecoms.tracking();
        assertEquals(List.of(fa("dispute.done.OPEN_DISPUTE")), telecoms.messages());
        assertEquals(List.of("حرا"), telecoms.offices());

        // --- the secretariat proposes a settlement of res. 15's ---
        page = DisputePage.open(browser, id).act("PROPOSE", PROPOSAL);
        DisputePage proposed = page;
        assertAll("proposed",
                () -> assertEquals(List.of(fa("dispute.done.PROPOSE")), proposed.messages()),
                () -> assertEquals(fa("enum.DisputeStatus.PROPOSED"), proposed.status()),
                () -> assertEquals(PROPOSAL, proposed.text("dispute-proposal")),
                () -> assertEquals(List.of("WITHDRAW_PROPOSAL", "SETTLE", "REFER"), proposed.offered()));

        // --- «حرا» reads the proposal and states its case with a PDF ---
        signIn(browser, Accounts.HERA).go("disputes");
        list = new DisputeList(browser);
        assertEquals(fa("disputes.title.OFFICE_OPERATOR"), list.title());
        assertTrue(list.trackings().contains(tracking), list.trackings().toString());
        page = list.openDispute(tracking);
        assertEquals(PROPOSAL, page.text("dispute-proposal"));
        assertEquals(List.of("OFFICE_STATEMENT"), page.offered());
        Path pdf = Evidence.write(Evidence.directory("dispute"), "رسید.pdf", Evidence.pdf());
        page = page.act("OFFICE_STATEMENT", HERA_SAYS, pdf);
        assertEquals(List.of(fa("dispute.done.OFFICE_STATEMENT")), page.messages());
        assertTrue(page.timelineText().contains(fa("dispute.timeline.statement", "حرا")), page.timelineText());
        assertEquals(1, page.fileLinks().size());
        String file = page.fileLinks().get(0);
        assertTrue(file.startsWith("/dispute-files/"), file);
        assertArrayEquals(Evidence.pdf(), browser.download(file).body());

        // --- «آریا»: the telecom dispute is not hers, by its address or a crafted post from her own page ---
        signIn(browser, Accounts.ARIA);
        String telecomPath = DisputePage.PATH + "?id=" + telecom;
        assertRefused(browser, telecomPath, 404, TELECOM_MATTER);
        for (boolean inAddress : List.of(false, true)) {
            DisputePage hers = DisputePage.open(browser, id);
            assertEquals(List.of("OFFICE_STATEMENT"), hers.offered());
            HttpResponse<String> response = inAddress ? craftedPost(browser, "form-OFFICE_STATEMENT", telecomPath, null)
                    : craftedPost(browser, "form-OFFICE_STATEMENT", DisputePage.PATH, telecom);
            assertAll("a crafted statement on the telecom dispute" + (inAddress ? " (id in the address)" : " (id in the fields)"),
                    () -> assertEquals(404, response.statusCode()),
                    () -> assertFalse(response.body().contains(TELECOM_MATTER)),
                    () -> AccessBrowserIT.assertNoStackTrace(response.body()));
        }
        assertEquals(3, DisputePage.open(browser, id).timelineActions().size(),
                "nothing written on her own dispute either (opened, proposed, «حرا»'s statement)");

        // --- Post Bank's liaison reads «حرا»'s case and states the agency's ---
        signIn(browser, Accounts.POSTBANK);
        page = DisputePage.open(browser, id);
        assertTrue(page.timelineText().contains(HERA_SAYS));
        assertEquals(List.of("AGENCY_STATEMENT"), page.offered());
        page = page.act("AGENCY_STATEMENT", BANK_SAYS);
        assertEquals(List.of(fa("dispute.done.AGENCY_STATEMENT")), page.messages());
        assertTrue(page.timelineText().contains(fa("dispute.timeline.statement", "پست بانک")), page.timelineText());

        // --- the guild's follow-up ---
        signIn(browser, Accounts.ANJOMAN);
        page = DisputePage.open(browser, id);
        assertEquals(List.of("GUILD_NOTE"), page.offered());
        page = page.act("GUILD_NOTE", GUILD_SAYS);
        assertEquals(List.of(fa("dispute.done.GUILD_NOTE")), page.messages());

        // --- the secretariat settles it on its proposal ---
        signIn(browser, Accounts.DABIR);
        page = DisputePage.open(browser, id).act("SETTLE", "");
        DisputePage settled = page;
        assertAll("settled",
                () -> assertEquals(List.of(fa("dispute.done.SETTLE")), settled.messages()),
                () -> assertEquals(fa("enum.DisputeStatus.SETTLED"), settled.status()),
                () -> assertEquals(List.of(), settled.offered()),
                () -> assertEquals(List.of(fa("enum.DisputeAction.OPEN_DISPUTE"), fa("enum.DisputeAction.PROPOSE"),
                        fa("enum.DisputeAction.OFFICE_STATEMENT"), fa("enum.DisputeAction.AGENCY_STATEMENT"),
                        fa("enum.DisputeAction.GUILD_NOTE"), fa("enum.DisputeAction.SETTLE")), settled.timelineActions()));
        browser.screenshot("DisputePathBrowserIT.02-settled");
        assertEquals(List.of(fa("enum.DisputeAction.OPEN_DISPUTE")), DisputePage.open(browser, telecom).timelineActions(),
                "the crafted posts wrote nothing on the telecom dispute");

        // --- each side sees it settled; the guild's note is for the secretariat and the guild ---
        for (Accounts.Account side : List.of(Accounts.HERA, Accounts.ARIA, Accounts.POSTBANK)) {
            signIn(browser, side);
            DisputePage seen = DisputePage.open(browser, id);
            assertAll(side.username(),
                    () -> assertEquals(fa("enum.DisputeStatus.SETTLED"), seen.status()),
                    () -> assertTrue(seen.timelineText().contains(HERA_SAYS) && seen.timelineText().contains(BANK_SAYS)),
                    () -> assertFalse(seen.timelineText().contains(GUILD_SAYS), "the guild's note"),
                    () -> assertEquals(List.of(), seen.offered()));
        }

        // --- «آریا»'s list, exported: her own disputes only ---
        DisputeList arias = signInList(browser, Accounts.ARIA);
        assertEquals(List.of(tracking), arias.trackings());
        HttpResponse<byte[]> xlsx = browser.download(arias.export("xlsx"));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        HttpResponse<byte[]> exported = browser.download(arias.export("pdf"));
        assertEquals(200, exported.statusCode());
        assertTrue(new String(exported.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        // --- the telecom liaison: res. 15's is not the telecom company's, by address, file or crafted post ---
        signIn(browser, Accounts.TELECOM);
        assertRefused(browser, path, 404, HERA_SAYS);
        assertEquals(404, browser.download(file).statusCode());
        DisputePage own = DisputePage.open(browser, telecom);
        assertEquals(List.of("AGENCY_STATEMENT"), own.offered());
        for (boolean inAddress : List.of(false, true)) {
            HttpResponse<String> response = inAddress ? craftedPost(browser, "form-AGENCY_STATEMENT", path, null)
                    : craftedPost(browser, "form-AGENCY_STATEMENT", DisputePage.PATH, id);
            assertAll("a crafted statement on res. 15's dispute" + (inAddress ? " (id in the address)" : " (id in the fields)"),
                    () -> assertEquals(404, response.statusCode()),
                    () -> assertFalse(response.body().contains(HERA_SAYS)),
                    () -> AccessBrowserIT.assertNoStackTrace(response.body()));
            own = DisputePage.open(browser, telecom);
            assertEquals(1, own.timelineActions().size(), "nothing written on its own dispute either");
        }
        DisputeList telecomList = DisputeList.open(browser);
        assertEquals(List.of(telecomTracking), telecomList.trackings());
        assertEquals(List.of(), telecomList.text(tracking).search().trackings(), "not even by its number");
    }

    private static DisputeList signInList(Browser browser, Accounts.Account account) {
        signIn(browser, account).go("disputes");
        return new DisputeList(browser);
    }

    private static void fillNew(Browser browser, String agency, String licences) {
        PF.selectOne(browser, "new-dispute:agency", agency);
        browser.byId("new-dispute:offices").sendKeys(licences);
        browser.byId("new-dispute:matter").sendKeys(TELECOM_MATTER);
        PF.selectOne(browser, "new-dispute:resolution", "۱۴/۱۵");
    }
}
