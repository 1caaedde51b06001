package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

/**
 * A person at the keyboard: keys go to whatever has the focus (never to an element chosen by the test), Tab moves
 * on. Each stop can be checked for a visible focus indicator.
 */
public final class Keyboard {

    /** More stops than any page has before the control a test looks for. */
    private static final int MAX_TABS = 80;

    private final Browser browser;

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** Whether the focus is on the element with this id or inside it (a p:linkButton's id is on its wrapper). */
    public boolean isIn(String id) {
        return Boolean.TRUE.equals(browser.js("return document.activeElement.closest('[id=\"' + arguments[0] + '\"]') !== null;", id));
    }

    public Keyboard tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        return this;
    }

    /** Presses Tab until the element with this id has the focus; fails past MAX_TABS stops. Checks its focus ring. */
    public Keyboard tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            tab();
            if (id.equals(focused().getAttribute("id"))) {
                assertFocusVisible();
                return this;
            }
        }
        throw new AssertionError("Tab never reached #" + id + " on " + browser.path());
    }

    public Keyboard type(CharSequence text) {
        new Actions(browser.driver()).sendKeys(text).perform();
        return this;
    }

    public Keyboard press(Keys key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        return this;
    }

    /** Presses a key that loads a new page (Enter on a link or a submit button); the new page is loaded on return. */
    public void pressAndWaitForPage(Keys key) {
        browser.js("window.__browserItOldPage = true;");
        press(key);
        // as Browser.clickAndWaitForPage: scripts may fail while the page changes, polled again
        new WebDriverWait(browser.driver(), Browser.WAIT, Duration.ofMillis(50))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__browserItOldPage !== true && document.readyState === 'complete';")));
    }

    /**
     * The focused element (or the PrimeFaces widget around a hidden focus input) draws an outline or a focus
     * shadow: a keyboard user sees where the focus is.
     */
    public void assertFocusVisible() {
        Map<String, Object> ring = browser.js("""
                let e = document.activeElement;
                const visible = el => { const s = getComputedStyle(el);
                    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || (s.boxShadow && s.boxShadow !== 'none'); };
                let shown = visible(e);
                // a PrimeFaces menu's focus goes to a hidden input: the widget shows it (ui-state-focus)
                for (let p = e.parentElement; !shown && p && p !== document.body; p = p.parentElement) {
                    if (p.classList.contains('ui-state-focus') || p.classList.contains('ui-inputwrapper-focus')) { shown = visible(p); }
                }
                return {shown: shown, what: e.outerHTML.substring(0, 160)};
                """);
        if (!Boolean.TRUE.equals(ring.get("shown"))) {
            throw new AssertionError("No visible focus on " + ring.get("what") + " (" + browser.path() + ")");
        }
    }
}
