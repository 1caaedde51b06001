package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every signed-in page has (layout.xhtml): the top bar with the user, the language switch and logout, the
 * role's menu in the sidebar, the global messages, and the page's h1.
 */
public final class Layout {

    public static final By MENU_LINKS = By.cssSelector("nav.sidebar #menu a.ui-menuitem-link");
    public static final By MESSAGES = By.id("messages");
    public static final By LOGOUT = By.id("logout-form:logout");
    public static final By SIDEBAR = By.cssSelector("nav.sidebar");
    public static final By CONTENT = By.cssSelector("main.content");

    private final Browser browser;

    public Layout(Browser browser) {
        this.browser = browser;
        if (!browser.exists(LOGOUT)) {
            throw new AssertionError("Not a page of the signed-in layout: " + browser.path());
        }
    }

    public Browser browser() {
        return browser;
    }

    /** The page's heading: h1#home-title on the home pages, the first h1 elsewhere. */
    public String title() {
        return browser.find(By.cssSelector("main.content h1")).getText().trim();
    }

    /**
     * The menu's entries, in order: entry id (MenuBacking.ENTRIES; the item's "menu-ID" style class, since
     * PrimeFaces 15 renders no id on the items of a menu model) → its label.
     */
    public Map<String, String> menu() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (WebElement a : browser.findAll(MENU_LINKS)) {
            String id = null;
            for (String cls : a.getAttribute("class").split("\\s+")) {
                if (cls.startsWith("menu-")) {
                    id = cls.substring("menu-".length());
                }
            }
            if (id == null) {
                throw new AssertionError("A menu item without a menu-ID class: " + a.getAttribute("outerHTML"));
            }
            entries.put(id, a.getText().trim());
        }
        return entries;
    }

    /** Follows a menu entry (a link): the next page is loaded when this returns. */
    public Layout go(String entryId) {
        browser.clickAndWaitForPage(browser.find(By.cssSelector("nav.sidebar #menu a.menu-" + entryId)));
        return new Layout(browser);
    }

    public String currentUser() {
        return browser.text(By.id("current-user")).trim();
    }

    public String currentRole() {
        return browser.text(By.id("current-role")).trim();
    }

    /** Logs out; the login page is loaded when this returns. */
    public LoginPage logout() {
        browser.clickAndWaitForPage(browser.find(LOGOUT));
        return new LoginPage(browser).assertShown();
    }

    /** Clicks the language link of the top bar ("en" or "fa"); the page reloads in that language. */
    public Layout switchLanguage(String language) {
        switchLanguage(browser, language);
        return new Layout(browser);
    }

    /** The language switch is on the login page too. */
    public static void switchLanguage(Browser browser, String language) {
        browser.clickAndWaitForPage(browser.find(By.id("lang-form:lang-" + language)));
    }

    /** The global messages' texts (each message's summary). */
    public List<String> messages() {
        return browser.findAll(By.cssSelector("#messages .ui-messages-info-summary, #messages .ui-messages-error-summary,"
                + " #messages .ui-messages-warn-summary")).stream().map(WebElement::getText).map(String::trim).toList();
    }

    /** axe-core on the page shown: fails on any critical or serious violation (see {@link Axe}). */
    public Layout assertAccessible() {
        Axe.assertAccessible(browser, browser.pathOnly().replaceAll("[^a-z0-9]+", "_"));
        return this;
    }

    /** At the screen's width the page needs no sideways scrolling and shows the primary action (may be null). */
    public Layout assertFits(Screen screen, By primaryAction) {
        screen.assertFits(browser, browser.pathOnly().replaceAll("[^a-z0-9]+", "_"), primaryAction);
        return this;
    }

    public String htmlLang() {
        return browser.find(By.tagName("html")).getAttribute("lang");
    }

    public String htmlDir() {
        return browser.find(By.tagName("html")).getAttribute("dir");
    }
}
