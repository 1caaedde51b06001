package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** login.xhtml: the form, its one message area, the logged-out note. */
public final class LoginPage {

    public static final By USERNAME = By.id("login:username");
    public static final By PASSWORD = By.id("login:password");
    public static final By SUBMIT = By.id("login:submit");
    public static final By MESSAGES = By.id("login:login-messages");
    public static final By LOGGED_OUT = By.id("logged-out");

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.open("/login.xhtml");
        return new LoginPage(browser).assertShown();
    }

    public boolean isShown() {
        return "/login.xhtml".equals(browser.pathOnly()) && browser.exists(USERNAME);
    }

    public LoginPage assertShown() {
        if (!isShown()) {
            throw new AssertionError("Not the login page: " + browser.path());
        }
        return this;
    }

    /** Fills the form and submits it (a full page post); whatever page comes next is loaded when this returns. */
    public void submit(String username, String password) {
        WebElement user = browser.find(USERNAME);
        user.clear();
        user.sendKeys(username);
        WebElement pass = browser.find(PASSWORD);
        pass.clear();
        pass.sendKeys(password);
        browser.clickAndWaitForPage(browser.find(SUBMIT));
    }

    /** Logs in, expecting to land on a page of the portal's layout. */
    public Layout loginAs(String username, String password) {
        submit(username, password);
        if (isShown()) {
            throw new AssertionError("Login as " + username + " failed: " + messages());
        }
        return new Layout(browser);
    }

    public Layout loginAs(Accounts.Account account) {
        return loginAs(account.username(), Accounts.PASSWORD);
    }

    /** The text of the form's global message area. */
    public String messages() {
        return browser.text(MESSAGES).trim();
    }

    /** The texts of the field messages (p:message) of the form. */
    public java.util.List<String> fieldMessages() {
        return browser.findAll(By.cssSelector("#login .ui-message")).stream().map(WebElement::getText)
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String loggedOutNote() {
        return browser.exists(LOGGED_OUT) ? browser.text(LOGGED_OUT).trim() : null;
    }
}
