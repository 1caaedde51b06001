package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.web.browser.Accounts.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in and out, in Persian: each role's landing page and menu, the one login failure message, session ids. */
@Isolated("fails logins from the address every test signs in from")
@BrowserTest
class LoginBrowserIT {

    static final List<Account> ROLES = Accounts.ONE_PER_ROLE;

    /**
     * The menu a role should see, in MenuBacking's order: its home, the complaints (every role but the
     * administrator's; filing one for an office), the line requests and their reports (the guild and the secretariat;
     * resolution 1's for the secretariat), the shared pages, admin's user accounts, mail outbox and working calendar,
     * and everyone's notifications, e-mail settings and password change.
     */
    static List<String> expectedMenu(Account account) {
        List<String> menu = new ArrayList<>(List.of(account.homeMenu()));
        if (!"ADMIN".equals(account.role())) {
            menu.add("complaints");
        }
        if ("OFFICE_OPERATOR".equals(account.role())) {
            menu.add("complaints-new");
            menu.add("complaints-cutoff");
        }
        if (!"ADMIN".equals(account.role())) {
            menu.add("lines");
        }
        if ("OFFICE_OPERATOR".equals(account.role())) {
            menu.add("lines-new");
        }
        if (List.of("SECRETARIAT", "GUILD", "AGENCY_LIAISON").contains(account.role())) {
            menu.add("obligations");
        }
        if (!"ADMIN".equals(account.role())) {
            menu.add("disputes");
        }
        if ("OFFICE_OPERATOR".equals(account.role())) {
            menu.add("office-services");
        }
        if (List.of("SECRETARIAT", "GUILD", "AGENCY_LIAISON").contains(account.role())) {
            menu.addAll(List.of("services", "services-coverage", "contracts"));
        }
        if ("SECRETARIAT".equals(account.role()) || "GUILD".equals(account.role())) {
            menu.add("reports-compliance");
            menu.add("reports-lines");
        }
        if ("SECRETARIAT".equals(account.role())) {
            menu.add("reports-resolution1");
        }
        menu.addAll(List.of("meetings", "agencies", "offices", "tariffs"));
        if (account.role().equals("ADMIN")) {
            menu.add("admin-users");
            menu.add("admin-outbox");
            menu.add("admin-calendar");
            menu.add("admin-audit");
        }
        menu.addAll(List.of("notifications", "preferences", "password"));
        return menu;
    }

    /** The menu entry's label: bundle key menu.office.home for entry office-home. */
    static String menuLabel(String entryId) {
        return fa(menuKey(entryId));
    }

    static String menuKey(String entryId) {
        return "menu." + entryId.replace('-', '.');
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @FieldSource("ROLES")
    void eachRoleLandsOnItsHomeWithItsOwnMenuAndLogsOut(Account account, Browser browser) {
        LoginPage login = LoginPage.open(browser);
        String sessionBefore = browser.cookie("JSESSIONID");
        assertNotNull(sessionBefore, "the login page (server-side view state) opens a session");

        Layout home = login.loginAs(account);
        browser.screenshot("LoginBrowserIT.home-" + account.username());

        Map<String, String> expectedMenu = new LinkedHashMap<>();
        expectedMenu(account).forEach(id -> expectedMenu.put(id, menuLabel(id)));
        Map<String, String> menu = home.menu();
        List<String> othersSeen = new ArrayList<>(menu.keySet());
        othersSeen.removeAll(expectedMenu(account));
        String sessionAfter = browser.cookie("JSESSIONID");
        assertAll(
                () -> assertEquals(account.home(), browser.path(), "lands on the role's home page"),
                () -> assertEquals(fa(account.titleKey()), browser.text(org.openqa.selenium.By.id("home-title")).trim()),
                () -> assertEquals("fa", home.htmlLang()),
                () -> assertEquals("rtl", home.htmlDir()),
                () -> assertEquals(account.displayName(), home.currentUser()),
                () -> assertEquals(fa("enum.Role." + account.role()), home.currentRole()),
                () -> assertEquals(expectedMenu, menu, "exactly the role's menu entries, with their Persian labels"),
                () -> assertTrue(othersSeen.isEmpty(), "entries of other roles: " + othersSeen),
                () -> assertNotNull(sessionAfter),
                () -> assertNotEquals(sessionBefore, sessionAfter, "the session id changes at login"));

        LoginPage after = home.logout();
        assertAll(
                () -> assertEquals("/login.xhtml?bye=1", browser.path()),
                () -> assertEquals(fa("login.loggedOut"), after.loggedOutNote()),
                () -> assertNotEquals(sessionAfter, browser.cookie("JSESSIONID"), "the signed-in session is gone"));

        browser.open(account.home());
        assertTrue(new LoginPage(browser).isShown(), "after logout, " + account.home() + " asks for a login again, got "
                + browser.path());
        assertFalse(browser.exists(Layout.LOGOUT));
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameSingleMessage(Browser browser) {
        LoginPage login = LoginPage.open(browser);
        login.submit("office.hera", "not-the-password-1391");
        assertTrue(login.isShown(), "still on the login page");
        String wrongPasswordMessage = login.messages();
        List<String> wrongPasswordFieldMessages = login.fieldMessages();
        String wrongPasswordPage = browser.js("return document.body.innerText");
        browser.screenshot("LoginBrowserIT.wrong-password");

        login.submit("no.such.user", Accounts.PASSWORD);
        assertTrue(login.isShown(), "still on the login page");
        String unknownUserPage = browser.js("return document.body.innerText");

        assertAll(
                () -> assertEquals("نام کاربری یا گذرواژه درست نیست.", wrongPasswordMessage),
                () -> assertEquals(fa("login.failed"), wrongPasswordMessage),
                () -> assertEquals(List.of(), wrongPasswordFieldMessages, "no field is singled out"),
                () -> assertEquals(wrongPasswordMessage, login.messages()),
                () -> assertEquals(List.of(), login.fieldMessages()),
                () -> assertEquals(wrongPasswordPage, unknownUserPage, "the two failures look exactly alike"),
                () -> assertEquals(1, browser.findAll(org.openqa.selenium.By.cssSelector("#login\\:login-messages li")).size(),
                        "one message"));
    }

    @Test
    void anUnauthenticatedUserIsSentToLoginAndThenToThePageHeAskedFor(Browser browser) {
        browser.open("/secretariat/home.xhtml");
        LoginPage login = new LoginPage(browser).assertShown();
        login.loginAs(Accounts.DABIR);
        assertEquals("/secretariat/home.xhtml", browser.path());
        assertEquals(fa("home.secretariat.title"), browser.text(org.openqa.selenium.By.id("home-title")).trim());
    }

    @Test
    void aDeepLinkWithAQueryStringSurvivesTheLogin(Browser browser) {
        browser.open("/meetings/view.xhtml?number=14");
        new LoginPage(browser).assertShown().loginAs(Accounts.ANJOMAN);
        assertEquals("/meetings/view.xhtml?number=14", browser.path());
        assertEquals(fa("meeting.numbered") + " ۱۴", browser.text(org.openqa.selenium.By.id("meeting-title")).trim());
    }
}
