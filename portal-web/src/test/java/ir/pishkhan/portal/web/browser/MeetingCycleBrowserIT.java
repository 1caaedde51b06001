package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static ir.pishkhan.portal.web.browser.Texts.persianDigits;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secretariat records meeting 15, in Persian: three resolutions — one amending resolution 14/18 (the provisional
 * tariff), one obliging all the banks of the province by a date a month away, one repealing resolution 14/16 — with
 * a second 15/3 refused on the way; publishes it; the register shows each standing ("amended by 15/1", "repealed by
 * 15/3") and the history, and a correction keeps the earlier wording. On the draft, the portal proposes the 14th
 * meeting's overdue obligations for the agenda; one taken up says "on the agenda of meeting 15" on its page. The guild reads the register; its crafted post
 * to the secretariat's page is refused (403) and changes nothing.
 */
@ResourceLock("meetings") // records meeting 15, amends 14/18 and repeals 14/16
@BrowserTest
class MeetingCycleBrowserIT {

    static final String AMENDING = "تعرفه ثبت و صدور قبض جریمه اضافه تناژ موضوع مصوبه ۱۸ جلسه چهاردهم به ۲۵۰۰۰ ریال اصلاح می‌شود.";
    static final String BANKS = "کلیه بانکهای استان ظرف یک ماه قرارداد ارائه خدمات با دفاتر پیشخوان را منعقد و به دبیرخانه گزارش نمایند.";
    static final String REPEALING = "مصوبه ۱۶ جلسه چهاردهم با توجه به انجام آن لغو می‌گردد.";
    static final String CORRECTED = "کلیه بانکهای استان ظرف یک ماه قرارداد ارائه خدمات با کلیه دفاتر پیشخوان استان را منعقد و به دبیرخانه گزارش نمایند.";

    @Test
    void theSecretariatRecordsPublishesAndCorrectsAMeetingTheRegisterShowsEachStanding(Browser browser) {
        LocalDate held = JalaliDates.today();
        String heldJalali = JalaliDates.toJalali(held);
        String inAMonth = JalaliDates.toJalali(JalaliDates.plus(held, Period.ofMonths(1)));

        Layout layout = signIn(browser, Accounts.DABIR).go("meetings");
        browser.clickAndWaitForPage(browser.byId("new-meeting"));
        MeetingPage page = MeetingPage.create(browser, 15, heldJalali, "10:00", "سالن جلسات استانداری");
        assertEquals(fa("meeting.created", 15), page.messages());
        assertEquals(fa("enum.MeetingStatus.DRAFT"), page.status());

        page = page.addResolution(1, AMENDING, "The tariff of resolution 14/18 becomes 25,000 rials.",
                List.of(fa("enum.ResolutionKind.TARIFF")), List.of("اداره کل حمل و نقل و پایانههای استان"), null,
                new MeetingPage.Cited(14, 18, "AMENDS"));
        assertEquals(fa("resolution.added"), page.messages());
        page = page.addResolution(2, BANKS, "All banks sign service contracts within a month.",
                List.of(fa("enum.ResolutionKind.OBLIGATION"), fa("enum.ResolutionKind.REPORT")),
                List.of("کلیه بانکهای استان"), inAMonth);
        page = page.addResolution(3, REPEALING, "Resolution 14/16 is repealed.", List.of(fa("enum.ResolutionKind.DECISION")),
                List.of(), null, new MeetingPage.Cited(14, 16, "REPEALS"));
        // a second 15/3: refused in Persian, nothing saved
        page = page.addResolution(3, "متن دیگری برای همان شماره", "", List.of(fa("enum.ResolutionKind.DECISION")),
                List.of(), null);
        assertEquals(fa("resolution.number.taken", 15, 3), page.messages());
        assertEquals(List.of("۱", "۲", "۳"), page.resolutions());
        browser.screenshot("MeetingCycleBrowserIT.draft-15");

        // the portal proposes the 14th meeting's overdue obligations; the secretariat takes one up
        List<Long> overdue = page.proposed("obligation");
        assertFalse(overdue.isEmpty(), "the 14th meeting's obligations are years overdue");
        long taken = overdue.get(0);
        String title = page.proposalTitle("obligation", taken);
        assertTrue(title.startsWith("تعهد "), title);
        page = page.take("obligation", taken, "accept");
        assertEquals(fa("agenda.proposal.accepted"), page.messages());
        assertEquals(List.of(title), page.agenda());
        assertFalse(page.proposed("obligation").contains(taken), "not proposed again");

        page = page.publish();
        assertEquals(fa("meeting.published"), page.messages());
        assertEquals(fa("enum.MeetingStatus.PUBLISHED"), page.status());
        assertFalse(page.offers("resolution-form"), "a published meeting's resolutions are not edited");

        // the register: 14/18 amended by 15/1, 14/16 repealed by 15/3, each with its history linking to the act
        browser.open("/resolutions/view.xhtml?meeting=14&number=18");
        assertEquals(fa("resolution.standing.AMENDED", persianDigits("15/1")), browser.text(By.id("resolution-standing")).trim());
        WebElement act = browser.find(By.cssSelector("#history a.act-link"));
        assertEquals(fa("resolution.numbered") + " " + persianDigits("15/1"), act.getText().trim());
        browser.screenshot("MeetingCycleBrowserIT.resolution-14-18");
        browser.clickAndWaitForPage(act);
        assertEquals("/resolutions/view.xhtml?meeting=15&number=1", browser.path());
        assertEquals(AMENDING, browser.byId("resolution-text").getAttribute("textContent"));
        assertEquals(fa("resolution.standing.IN_FORCE"), browser.text(By.id("resolution-standing")).trim());
        assertTrue(browser.text(By.id("history")).contains(fa("enum.Effect.AMENDS")));

        browser.open("/meetings/view.xhtml?number=14");
        List<String> standings = PF.column(browser, "resolutions", 5);
        assertAll(
                () -> assertEquals(fa("resolution.standing.AMENDED", persianDigits("15/1")), standings.get(17)),
                () -> assertEquals(fa("resolution.standing.REPEALED", persianDigits("15/3")), standings.get(15)),
                () -> assertEquals(fa("resolution.standing.IN_FORCE"), standings.get(2)));
        browser.screenshot("MeetingCycleBrowserIT.meeting-14");

        // the obligation taken up says so, linking to the meeting
        ObligationPage.open(browser, taken);
        WebElement onAgenda = browser.find(By.cssSelector(".on-agenda a.on-agenda-link"));
        assertEquals(fa("agenda.onAgenda", 15), onAgenda.getText().trim());
        browser.clickAndWaitForPage(onAgenda);
        assertEquals("/meetings/view.xhtml?number=15", browser.path());

        // a correction of published text: a new version with its reason; the old wording stays readable
        page = MeetingPage.open(browser, 15).correct(2, CORRECTED, "از قلم افتادن عبارت «کلیه دفاتر» در متن صورتجلسه");
        assertEquals(fa("resolution.corrected"), page.messages());
        browser.open("/resolutions/view.xhtml?meeting=15&number=2");
        assertEquals(CORRECTED, browser.byId("resolution-text").getAttribute("textContent"));
        assertEquals("۲", browser.text(By.id("resolution-version")).trim());
        assertEquals(BANKS, browser.find(By.cssSelector("#history .version-text")).getAttribute("textContent"));
        assertTrue(browser.text(By.cssSelector("#history .version-reason")).contains("از قلم افتادن"));
        assertEquals(persianDigits(inAMonth), browser.text(By.id("resolution-deadline")).trim());
        browser.screenshot("MeetingCycleBrowserIT.resolution-15-2");

        // the guild reads the register, with no way to write it; a crafted post to the secretariat's page: 403
        signIn(browser, Accounts.ANJOMAN).go("meetings");
        assertFalse(browser.exists(By.id("new-meeting")));
        browser.open("/meetings/view.xhtml?number=15");
        assertEquals(fa("enum.MeetingStatus.PUBLISHED"), browser.text(By.id("meeting-status")).trim());
        assertFalse(browser.exists(By.id("to-edit")));
        String viewState = browser.find(By.cssSelector("input[name='jakarta.faces.ViewState']")).getAttribute("value");
        String body = "correct-form=correct-form&correct-form%3Acorrect-number=2&correct-form%3Acorrect-text=%D9%85%D8%AA%D9%86"
                + "&correct-form%3Acorrect-reason=%D8%AF%D9%84%DB%8C%D9%84+%D8%B3%D8%A7%D8%AE%D8%AA%DA%AF%DB%8C"
                + "&correct-form%3Acorrect=&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState,
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> crafted = browser.post(MeetingPage.PATH + "?number=15", "application/x-www-form-urlencoded",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(403, crafted.statusCode(), "the guild's crafted correction");
        AccessBrowserIT.assertNoStackTrace(crafted.body());
        browser.open(MeetingPage.PATH + "?number=15");
        assertTrue(browser.exists(By.id("error-403")), "the secretariat's page is refused to the guild");
        browser.open("/resolutions/view.xhtml?meeting=15&number=2");
        assertEquals(CORRECTED, browser.byId("resolution-text").getAttribute("textContent"), "nothing changed");
        assertEquals("۲", browser.text(By.id("resolution-version")).trim());
    }
}
