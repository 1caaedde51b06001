package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ir.pishkhan.portal.web.browser.Texts.en;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The secretariat's expert switches to English and back: labels from messages_en, left to right, Gregorian ISO
 * dates; the choice outlives a logout (a cookie), and Persian comes back right to left.
 */
@BrowserTest
class LanguageBrowserIT {

    @Test
    void englishIsLeftToRightWithGregorianDatesAndIsRememberedAfterLogout(Browser browser) {
        Layout home = LoginPage.open(browser).loginAs(Accounts.DABIR);
        assertEquals("fa", home.htmlLang());

        home = home.switchLanguage("en");
        Layout english = home;
        browser.screenshot("LanguageBrowserIT.secretariat-home-en");
        Map<String, String> englishMenu = new LinkedHashMap<>();
        for (String id : LoginBrowserIT.expectedMenu(Accounts.DABIR)) {
            englishMenu.put(id, en(LoginBrowserIT.menuKey(id)));
        }
        assertAll(
                () -> assertEquals("/secretariat/home.xhtml", browser.path(), "stays on the page"),
                () -> assertEquals("en", english.htmlLang()),
                () -> assertEquals("ltr", english.htmlDir()),
                () -> assertEquals(en("home.secretariat.title"), browser.text(By.id("home-title")).trim()),
                () -> assertEquals(englishMenu, english.menu()),
                () -> assertEquals(en("enum.Role.SECRETARIAT"), english.currentRole()),
                () -> assertEquals(en("logout"), browser.text(Layout.LOGOUT).trim()),
                () -> assertEquals("فارسی", browser.text(By.id("lang-form:lang-fa")).trim()),
                () -> assertEquals("en", browser.cookie("portal-lang")),
                // the latest published meeting's deadlines (the 14th's, or a later one a test recorded): ASCII digits, ISO dates
                () -> assertFalse(PF.column(browser, "deadlines", 0).isEmpty()),
                () -> assertTrue(PF.column(browser, "deadlines", 0).stream().allMatch(n -> n.matches("\\d+"))),
                () -> assertTrue(PF.column(browser, "deadlines", 2).stream().allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))));

        home.go("meetings");
        assertEquals(en("meetings.title"), home.title());
        browser.clickAndWaitForPage(browser.find(By.linkText(en("meeting.numbered") + " 14")));
        assertEquals("2012-09-17", browser.text(By.id("meeting-date")).trim());
        List<String> headers = browser.findAll(By.cssSelector("[id='resolutions'] thead th")).stream()
                .map(e -> e.getText().trim()).toList();
        assertEquals(List.of(en("resolution.number"), en("resolution.kind"), en("resolution.obligated"),
                en("resolution.summary"), en("resolution.deadline"), en("resolution.standing")), headers);
        assertEquals(Seed.resolution(1).getString("summary_en"), PF.column(browser, "resolutions", 3).get(0));
        assertEquals("2012-10-06", PF.column(browser, "resolutions", 4).get(0));
        browser.screenshot("LanguageBrowserIT.meeting-14-en");

        browser.clickAndWaitForPage(browser.find(By.xpath("//table//a[contains(@class,'resolution-link')][normalize-space()='1']")));
        assertAll(
                () -> assertEquals("/resolutions/view.xhtml?meeting=14&number=1", browser.path()),
                () -> assertEquals(en("resolution.numbered") + " 1 — " + en("meeting.numbered") + " 14",
                        browser.text(By.id("resolution-title")).trim()),
                () -> assertEquals("2012-10-06", browser.text(By.id("resolution-deadline")).trim()),
                () -> assertEquals(Seed.textFa(1), browser.byId("resolution-text").getAttribute("textContent"),
                        "the verbatim Persian text stays Persian"));

        LoginPage login = new Layout(browser).logout();
        assertAll(
                () -> assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang")),
                () -> assertEquals("ltr", browser.find(By.tagName("html")).getAttribute("dir")),
                () -> assertEquals(en("login.loggedOut"), login.loggedOutNote()),
                () -> assertEquals(en("login.username"), browser.text(By.cssSelector("label[for='login:username'] .ui-outputlabel-label"))),
                () -> assertEquals(en("login.submit"), browser.text(LoginPage.SUBMIT).trim()));
        browser.screenshot("LanguageBrowserIT.login-en");

        login.submit("dabir", "a-wrong-password");
        assertEquals(en("login.failed"), login.messages(), "the login failure in English");

        Layout again = login.loginAs(Accounts.DABIR);
        assertAll(
                () -> assertEquals("en", again.htmlLang(), "English remembered after logout and login"),
                () -> assertEquals(en("home.secretariat.title"), browser.text(By.id("home-title")).trim()));

        Layout persian = again.switchLanguage("fa");
        browser.screenshot("LanguageBrowserIT.secretariat-home-fa-again");
        assertAll(
                () -> assertEquals("/secretariat/home.xhtml", browser.path()),
                () -> assertEquals("fa", persian.htmlLang()),
                () -> assertEquals("rtl", persian.htmlDir()),
                () -> assertEquals(fa("home.secretariat.title"), browser.text(By.id("home-title")).trim()),
                () -> assertEquals(fa("menu.meetings"), persian.menu().get("meetings")),
                // Jalali dates in Persian digits (the latest published meeting's: the 14th's or a later one)
                () -> assertFalse(PF.column(browser, "deadlines", 2).isEmpty()),
                () -> assertTrue(PF.column(browser, "deadlines", 2).stream().allMatch(d -> d.matches("[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2}"))),
                () -> assertEquals("fa", browser.cookie("portal-lang")));
    }

    @Test
    void theLoginPageSwitchesLanguageBeforeAnyLogin(Browser browser) {
        LoginPage.open(browser);
        assertEquals(fa("login.username"), browser.text(By.cssSelector("label[for='login:username'] .ui-outputlabel-label")));
        Layout.switchLanguage(browser, "en");
        LoginPage login = new LoginPage(browser).assertShown();
        assertAll(
                () -> assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang")),
                () -> assertEquals("ltr", browser.find(By.tagName("html")).getAttribute("dir")),
                () -> assertEquals(en("login.password"), browser.text(By.cssSelector("label[for='login:password'] .ui-outputlabel-label"))));
        Layout home = login.loginAs(Accounts.HERA);
        assertAll(
                () -> assertEquals("en", home.htmlLang()),
                () -> assertEquals(en("home.office.title"), browser.text(By.id("home-title")).trim()),
                () -> assertEquals("Hera", browser.text(By.id("office-name")).trim()),
                () -> assertEquals(en("enum.Role.OFFICE_OPERATOR"), home.currentRole()));
    }
}
