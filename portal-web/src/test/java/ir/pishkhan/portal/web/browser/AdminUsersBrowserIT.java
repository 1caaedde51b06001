package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's whole path with one new office operator: creating the account through the dialog (with
 * the mistakes people make on the way), the new operator's first login, disabling, enabling and resetting the
 * password, each seen from both sides of the login page.
 */
@BrowserTest
class AdminUsersBrowserIT {

    static final String USER = "op.test1";
    static final String DISPLAY_NAME = "متصدی آزمایشی دفتر آریا";
    static final String PASSWORD = "op-test1-password";
    static final String NEW_PASSWORD = "renewed-secret-1391";
    static final String ARIA = "آریا (14-71-1102)";

    static final String DIALOG = "user-dialog";
    static final String FORM = "user-dialog-form";
    static final By USERNAME = By.id(FORM + ":username");
    static final By DISPLAY = By.id(FORM + ":display-name");
    static final By PASSWORD_FIELD = By.id(FORM + ":password");
    static final By OFFICE_INPUT = By.id(FORM + ":office_input");
    static final By DIALOG_MESSAGES = By.id(FORM + ":dialog-messages");

    @Test
    void anAdministratorCreatesDisablesEnablesAndResetsAnOfficeOperator(Browser browser) {
        Layout users = LoginPage.open(browser).loginAs(Accounts.ADMIN).go("admin-users");
        assertEquals("/admin/users/list.xhtml", browser.path());
        assertEquals(fa("users.title"), users.title());
        List<String> headers = browser.findAll(By.cssSelector("[id='users-form:users_head'] > tr > th")).stream()
                .map(e -> e.getText().trim()).toList();
        assertEquals(List.of("نام کاربری", "نام نمایشی", "نقش", "دفتر یا دستگاه", "وضعیت", "کارها"), headers,
                "the column headers");

        // the dialog, and the mistakes: a short password, an invalid username, a taken one
        browser.clickAndWaitForAjax(browser.byId("users-form:new-user"));
        browser.waitVisible(USERNAME);
        assertEquals(fa("users.new"), browser.find(By.cssSelector("[id='" + DIALOG + "'] .ui-dialog-title")).getText().trim());
        assertEquals(fa("enum.Role.OFFICE_OPERATOR"), PF.selectedLabel(browser, FORM + ":role"), "the default role");
        PF.selectOne(browser, FORM + ":role", fa("enum.Role.OFFICE_OPERATOR"));
        type(browser, USERNAME, USER);
        type(browser, DISPLAY, DISPLAY_NAME);
        List<String> suggested = PF.autoComplete(browser, FORM + ":office", "آريا", ARIA);
        assertTrue(suggested.contains(ARIA), "«آريا» with an Arabic yeh suggests آریا: " + suggested);
        assertEquals(ARIA, browser.find(OFFICE_INPUT).getAttribute("value"));
        assertAll("Latin fields run left to right in the Persian dialog, and show Latin digits",
                () -> assertEquals("ltr", browser.find(USERNAME).getCssValue("direction")),
                () -> assertEquals("ltr", browser.find(PASSWORD_FIELD).getCssValue("direction")),
                () -> assertFalse(browser.find(USERNAME).getCssValue("font-family").startsWith("\"Vazirmatn FD\""),
                        "«op.test1» typed shows as «op.test۱»: " + browser.find(USERNAME).getCssValue("font-family")));

        type(browser, PASSWORD_FIELD, "short-1");
        save(browser);
        browser.screenshot("AdminUsersBrowserIT.short-password");
        assertRefusedKeepingTheForm(browser, fa("password.tooShort", 12), USER);
        assertEquals("گذرواژه باید دست‌کم ۱۲ نویسه باشد.", dialogMessage(browser));

        type(browser, PASSWORD_FIELD, "aaaaaaaaaaaaaaaa");
        save(browser);
        assertRefusedKeepingTheForm(browser, fa("password.weak"), USER);

        type(browser, USERNAME, "Op Test");
        type(browser, PASSWORD_FIELD, PASSWORD);
        save(browser);
        assertRefusedKeepingTheForm(browser, fa("user.username.invalid"), "Op Test");

        type(browser, USERNAME, "office.aria");
        type(browser, PASSWORD_FIELD, PASSWORD);
        save(browser);
        assertRefusedKeepingTheForm(browser, fa("user.username.taken", "office.aria"), "office.aria");
        assertEquals("نام کاربری «office.aria» پیش‌تر گرفته شده است.", dialogMessage(browser));

        type(browser, USERNAME, USER);
        type(browser, PASSWORD_FIELD, PASSWORD);
        save(browser);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id(DIALOG)));
        assertEquals(List.of(fa("user.created", USER)), users.messages());
        assertEquals("حساب «op.test1» ساخته شد.", users.messages().get(0));
        assertRow(browser, DISPLAY_NAME, fa("enum.Role.OFFICE_OPERATOR"), "آریا", fa("user.state.enabled"));
        browser.screenshot("AdminUsersBrowserIT.created");
        String listedFont = row(browser).findElement(By.cssSelector("bdi.username")).getCssValue("font-family");
        assertFalse(listedFont.startsWith("\"Vazirmatn FD\""),
                "the username op.test1 is listed with Persian digit glyphs (op.test۱): " + listedFont);
        assertEquals(List.of(), PF.deadColumnFilters(browser, "/admin/users/list.xhtml", "users-form:users"),
                "filter boxes that filter nothing");

        // the accounts' file with the search typed: the new account alone, as the list shows it
        browser.open("/admin/users/list.xhtml");
        browser.byId("users-form:text").sendKeys(USER);
        browser.waitUntil(d -> browser.findAll(By.cssSelector("[id='users-form:users_data'] bdi.username")).stream()
                .map(e -> e.getText().trim()).toList().equals(List.of(USER)));
        browser.waitForAjax();
        for (String format : List.of("xlsx", "csv")) {
            ExportedList file = ExportedList.of(browser, "users-form", format);
            assertEquals(List.of(List.of(USER, DISPLAY_NAME, fa("enum.Role.OFFICE_OPERATOR"), "آریا", fa("user.state.enabled"))),
                    file.rows(), "the " + format + " file of the search");
        }

        // the new operator logs in and finds the office
        LoginPage login = new Layout(browser).logout();
        Layout office = login.loginAs(USER, PASSWORD);
        assertAll(
                () -> assertEquals("/office/home.xhtml", browser.path()),
                () -> assertEquals("آریا", browser.text(By.id("office-name")).trim()),
                () -> assertEquals(DISPLAY_NAME, office.currentUser()));
        browser.screenshot("AdminUsersBrowserIT.new-operator-home");

        // disabled: the same single message as any failed login
        toggle(browser, office.logout(), "disable-user");
        assertEquals(List.of(fa("user.disabled", USER)), new Layout(browser).messages());
        assertRow(browser, DISPLAY_NAME, fa("enum.Role.OFFICE_OPERATOR"), "آریا", fa("user.state.disabled"));
        login = new Layout(browser).logout();
        login.submit(USER, PASSWORD);
        assertTrue(login.isShown(), "a disabled account cannot log in");
        assertEquals(fa("login.failed"), login.messages());
        assertEquals(List.of(), login.fieldMessages());

        // enabled again, and a new password
        toggle(browser, login, "enable-user");
        assertEquals(List.of(fa("user.enabled", USER)), new Layout(browser).messages());
        assertRow(browser, DISPLAY_NAME, fa("enum.Role.OFFICE_OPERATOR"), "آریا", fa("user.state.enabled"));
        browser.clickAndWaitForAjax(row(browser).findElement(By.cssSelector(".reset-password")));
        browser.waitVisible(By.id("password-dialog-form:new-password"));
        assertEquals(USER, browser.find(By.cssSelector("[id='password-dialog-form'] bdi")).getText().trim());
        type(browser, By.id("password-dialog-form:new-password"), "too-short");
        browser.clickAndWaitForAjax(browser.byId("password-dialog-form:save-password"));
        assertTrue(PF.dialogVisible(browser, "password-dialog"), "a refused password keeps the dialog open");
        assertEquals(fa("password.tooShort", 12),
                browser.find(By.cssSelector("[id='password-dialog-form'] .ui-messages")).getText().trim());
        type(browser, By.id("password-dialog-form:new-password"), NEW_PASSWORD);
        browser.clickAndWaitForAjax(browser.byId("password-dialog-form:save-password"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("password-dialog")));
        assertEquals(List.of(fa("user.passwordReset", USER)), new Layout(browser).messages());

        login = new Layout(browser).logout();
        login.submit(USER, PASSWORD);
        assertEquals(fa("login.failed"), login.messages(), "the old password no longer works");
        login.loginAs(USER, NEW_PASSWORD);
        assertEquals("/office/home.xhtml", browser.path());
        assertEquals("آریا", browser.text(By.id("office-name")).trim());
    }

    /** Logs in as admin from the login page, finds the new user's row, clicks the action and confirms. */
    private static void toggle(Browser browser, LoginPage login, String action) {
        login.loginAs(Accounts.ADMIN).go("admin-users");
        browser.clickAndWaitForAjax(row(browser).findElement(By.cssSelector("." + action)));
        WebElement yes = browser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
        assertEquals(fa("users.confirmToggle"),
                browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText().trim());
        browser.clickAndWaitForAjax(yes);
        browser.waitUntil(d -> !new Layout(browser).messages().isEmpty());
    }

    private static WebElement row(Browser browser) {
        return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='users-form:users_data']/tr[.//bdi[contains(@class,'username')][normalize-space()='" + USER + "']]")));
    }

    private static void assertRow(Browser browser, String displayName, String role, String binding, String state) {
        List<String> cells = row(browser).findElements(By.cssSelector(":scope > td")).stream()
                .map(e -> e.getText().trim()).toList();
        assertEquals(List.of(USER, displayName, role, binding, state), cells.subList(0, 5));
    }

    private static void type(Browser browser, By field, String text) {
        WebElement e = browser.find(field);
        e.clear();
        e.sendKeys(text);
    }

    private static void save(Browser browser) {
        browser.clickAndWaitForAjax(browser.byId(FORM + ":save-user"));
    }

    private static String dialogMessage(Browser browser) {
        return browser.text(DIALOG_MESSAGES).trim();
    }

    /** The dialog stays open with the one message, and keeps what was typed (but the password). */
    private static void assertRefusedKeepingTheForm(Browser browser, String message, String username) {
        assertAll(
                () -> assertTrue(PF.dialogVisible(browser, DIALOG), "the dialog stays open"),
                () -> assertEquals(message, dialogMessage(browser)),
                () -> assertEquals(username, browser.find(USERNAME).getAttribute("value")),
                () -> assertEquals(DISPLAY_NAME, browser.find(DISPLAY).getAttribute("value")),
                () -> assertEquals(ARIA, browser.find(OFFICE_INPUT).getAttribute("value")),
                () -> assertEquals(fa("enum.Role.OFFICE_OPERATOR"), PF.selectedLabel(browser, FORM + ":role")));
    }
}
