package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Persian: a user changes their own password (a weak one refused with the Persian message); the user's other
 * session is then sent to the login page while this one goes on; the administrator finds the user's failed logins
 * on the audit screen, and the chain's check says it is intact.
 */
@Isolated("fails logins from the address every test signs in from, and counts them")
@BrowserTest
class PasswordBrowserIT {

    /** An account of its own (a copy of dabir's, with the demo password): the demo accounts keep theirs. */
    private static final String USER = "dabir.password";
    private static final String NEW_PASSWORD = "سه واژه‌ی دور از هم rasht 1391";

    private static void createUser(PortalServer.Instance server) throws Exception {
        createUser(server, USER);
    }

    private static void createUser(PortalServer.Instance server, String username) throws Exception {
        try (Connection c = server.database(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO user_account (id, username, display_name, password_hash, role, enabled, created_at,"
                    + " password_changed_at, search_key, version, mail_enabled, mail_kinds, language)"
                    + " SELECT nextval('user_account_seq'), '" + username + "', 'دبیر آزمایشی', password_hash, role, TRUE, created_at,"
                    + " password_changed_at, '" + username + "', 0, mail_enabled, mail_kinds, language FROM user_account WHERE username = 'dabir'");
        }
    }

    /** A GET with only the given session cookie: another browser's cookie jar. */
    private static HttpResponse<String> getWithSession(PortalServer.Instance server, String path, String sessionId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aUserChangesThePasswordTheOtherSessionEndsAndTheAdministratorSeesTheAudit(Browser browser,
                                                                                   PortalServer.Instance server) throws Exception {
        createUser(server);

        // two wrong passwords first: the administrator will find them
        LoginPage login = LoginPage.open(browser);
        login.submit(USER, "not-the-password-1");
        assertEquals(fa("login.failed"), login.messages());
        login.submit(USER, "not-the-password-2");
        assertEquals(fa("login.failed"), login.messages());

        // the other session: signed in, then its cookie kept aside as another browser would keep it
        login.loginAs(USER, Accounts.PASSWORD);
        String otherSession = browser.cookie("JSESSIONID");
        assertEquals(200, getWithSession(server, "/secretariat/home.xhtml", otherSession).statusCode(),
                "the other session is signed in");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        // this session
        Layout home = LoginPage.open(browser).loginAs(USER, Accounts.PASSWORD);
        String thisSession = browser.cookie("JSESSIONID");
        assertNotEquals(otherSession, thisSession);
        home.go("password");
        assertEquals("/preferences/password.xhtml", browser.pathOnly());
        assertEquals(fa("password.title"), browser.text(By.id("password-title")).trim());

        // a common password is refused, in Persian, and nothing changes
        type(browser, "password-form:current", Accounts.PASSWORD);
        type(browser, "password-form:next", "password1234");
        type(browser, "password-form:repeated", "password1234");
        browser.clickAndWaitForPage(browser.byId("password-form:change"));
        browser.screenshot("PasswordBrowserIT.weak");
        assertEquals(List.of(fa("password.weak")), new Layout(browser).messages());
        assertEquals("این گذرواژه رایج یا حدس‌زدنی است. عبارتی بلندتر از چند واژه‌ی نامربوط برگزینید.",
                new Layout(browser).messages().get(0));
        assertEquals(200, getWithSession(server, "/secretariat/home.xhtml", otherSession).statusCode(),
                "a refused change ends no session");

        // too short, told with the limit in Persian digits
        type(browser, "password-form:current", Accounts.PASSWORD);
        type(browser, "password-form:next", "کوتاه");
        type(browser, "password-form:repeated", "کوتاه");
        browser.clickAndWaitForPage(browser.byId("password-form:change"));
        assertEquals(List.of("گذرواژه باید دست‌کم ۱۲ نویسه باشد."), new Layout(browser).messages());

        // a long passphrase is taken
        type(browser, "password-form:current", Accounts.PASSWORD);
        type(browser, "password-form:next", NEW_PASSWORD);
        type(browser, "password-form:repeated", NEW_PASSWORD);
        browser.clickAndWaitForPage(browser.byId("password-form:change"));
        browser.screenshot("PasswordBrowserIT.changed");
        assertEquals(List.of(fa("password.changed")), new Layout(browser).messages());

        // the other session is sent to the login page; this one goes on
        HttpResponse<String> other = getWithSession(server, "/secretariat/home.xhtml", otherSession);
        assertEquals(302, other.statusCode(), "the other session ended");
        assertTrue(other.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                other.headers().firstValue("Location").orElse(""));
        browser.open("/secretariat/home.xhtml");
        assertEquals("/secretariat/home.xhtml", browser.pathOnly(), "this session goes on");

        // the old password no longer works, the new one does
        login = new Layout(browser).logout();
        login.submit(USER, Accounts.PASSWORD);
        assertEquals(fa("login.failed"), login.messages());
        login.loginAs(USER, NEW_PASSWORD);
        login = new Layout(browser).logout();

        // the administrator finds the failed logins and checks the chain
        Layout admin = login.loginAs(Accounts.ADMIN);
        admin.go("admin-audit");
        assertEquals("/admin/audit/list.xhtml", browser.pathOnly());
        PF.selectOne(browser, "audit-form:action", fa("audit.action.LOGIN_FAILED"));
        type(browser, "audit-form:actor", USER);
        browser.clickAndWaitForPage(browser.byId("audit-form:search"));
        browser.screenshot("PasswordBrowserIT.audit");
        List<WebElement> rows = browser.findAll(By.cssSelector("[id='audit-form:entries_data'] tr"));
        assertEquals(3, rows.size(), "two failures before, one with the old password after");
        for (WebElement row : rows) {
            assertEquals(fa("audit.action.LOGIN_FAILED"), row.findElement(By.cssSelector(".audit-action")).getText().trim());
            assertEquals(USER, row.findElement(By.cssSelector(".actor")).getText().trim());
            assertFalse(row.findElement(By.cssSelector(".source")).getText().isBlank(), "the source address");
        }
        browser.clickAndWaitForPage(browser.byId("audit-form:check"));
        List<String> checked = new Layout(browser).messages();
        assertEquals(1, checked.size(), checked.toString());
        assertTrue(checked.get(0).startsWith("زنجیره‌ی ثبت رویدادها سالم است"), checked.get(0));
    }

    /**
     * A signed-in session guessing its account's password on the change-password page is delayed and then locked as a
     * guesser at the login is (one count for both): else a session left open would guess unthrottled.
     */
    @Test
    void guessingTheCurrentPasswordIsDelayedThenLockedAsAtTheLogin(Browser browser, PortalServer.Instance server) throws Exception {
        String user = "dabir.guesser";
        createUser(server, user);
        LoginPage.open(browser).loginAs(user, Accounts.PASSWORD).go("password");
        List<String> told = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            type(browser, "password-form:current", "guess-number-" + i);
            type(browser, "password-form:next", NEW_PASSWORD);
            type(browser, "password-form:repeated", NEW_PASSWORD);
            browser.clickAndWaitForPage(browser.byId("password-form:change"));
            told.add(String.join(" ", new Layout(browser).messages()));
        }
        assertEquals(Collections.nCopies(5, fa("password.current.wrong")), told.subList(0, 5), told.toString());
        assertTrue(told.subList(5, 10).stream().anyMatch(m -> m.startsWith("تلاش‌های ناموفق پیاپی:")),
                "a delay after five, told in Persian: " + told);
        // the tenth guess locked the account: the right password is refused here, and at the login
        type(browser, "password-form:current", Accounts.PASSWORD);
        type(browser, "password-form:next", NEW_PASSWORD);
        type(browser, "password-form:repeated", NEW_PASSWORD);
        browser.clickAndWaitForPage(browser.byId("password-form:change"));
        browser.screenshot("PasswordBrowserIT.current-locked");
        List<String> locked = new Layout(browser).messages();
        assertEquals(1, locked.size(), locked.toString());
        assertTrue(locked.get(0).startsWith("به‌دلیل تلاش‌های ناموفق پیاپی، ورود تا "), locked.toString());
        LoginPage login = new Layout(browser).logout();
        login.submit(user, Accounts.PASSWORD);
        assertTrue(login.messages().startsWith("به‌دلیل تلاش‌های ناموفق پیاپی، ورود تا "), login.messages());
        try (Connection c = server.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT password_hash = (SELECT password_hash FROM user_account WHERE"
                     + " username = 'dabir') FROM user_account WHERE username = '" + user + "'")) {
            assertTrue(rs.next() && rs.getBoolean(1), "the password is unchanged");
        }
    }

    /** Guessing locks the account, told in Persian; the right password waits until the administrator lifts the lock. */
    @Test
    void guessingLocksTheAccountUntilTheAdministratorLiftsTheLock(Browser browser, PortalServer.Instance server) throws Exception {
        String user = "dabir.locked";
        createUser(server, user);
        LoginPage login = LoginPage.open(browser);
        for (int i = 0; i < 5; i++) {
            login.submit(user, "guess-number-" + i);
            assertEquals(fa("login.failed"), login.messages());
        }
        // a delay that doubles (1 s, 2 s, 4 s …): a guesser who does not wait is told so, and each try still counts
        List<String> told = new ArrayList<>();
        for (int i = 5; i < 9; i++) {
            login.submit(user, "guess-number-" + i);
            told.add(login.messages());
        }
        assertTrue(told.stream().anyMatch(m -> m.startsWith("تلاش‌های ناموفق پیاپی:") && m.endsWith("ثانیه‌ی دیگر دوباره تلاش کنید.")),
                "a delay, told in Persian: " + told);
        login.submit(user, "guess-number-9");
        browser.screenshot("PasswordBrowserIT.locked");
        assertTrue(login.messages().startsWith("به‌دلیل تلاش‌های ناموفق پیاپی، ورود تا "), login.messages());
        login.submit(user, Accounts.PASSWORD);
        assertTrue(login.isShown(), "the right password is refused while locked");
        assertTrue(login.messages().startsWith("به‌دلیل تلاش‌های ناموفق پیاپی، ورود تا "), login.messages());

        Layout admin = login.loginAs(Accounts.ADMIN);
        admin.go("admin-users");
        WebElement lock = browser.findAll(By.cssSelector("[id='locks-form:locks-table_data'] tr")).stream()
                .filter(row -> row.findElement(By.cssSelector(".lock-name")).getText().trim().equals(user))
                .findFirst().orElseThrow(() -> new AssertionError("the lock of " + user + " is listed"));
        browser.clickAndWaitForPage(lock.findElement(By.cssSelector("button.unlock")));
        assertEquals(List.of(fa("login.unlocked", user)), new Layout(browser).messages());
        login = new Layout(browser).logout();
        login.loginAs(user, Accounts.PASSWORD);
        assertEquals("/secretariat/home.xhtml", browser.pathOnly());
    }
}
