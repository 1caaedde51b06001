package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

/**
 * The widths a page is checked at — a phone, a tablet, a desktop — and what must hold at each: the page is no
 * wider than the viewport (nothing to scroll sideways), and the page's primary action lies inside it.
 */
public enum Screen {
    PHONE(390, 844), TABLET(768, 1024), DESKTOP(1366, 900);

    public final int width;
    public final int height;

    Screen(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Sets the browser's viewport (not its window) to this screen's size: headless Chromium's window has no chrome. */
    public void apply(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        Number inner = browser.js("return window.innerWidth;");
        if (inner.intValue() != width) {
            // a window with borders: widen it by what they take
            browser.driver().manage().window().setSize(new Dimension(2 * width - inner.intValue(), height));
        }
    }

    /**
     * The page fits: document.documentElement.scrollWidth ≤ innerWidth, and the primary action (when the page
     * names one) is displayed wholly between the viewport's left and right edges. Keeps a screenshot.
     */
    public void assertFits(Browser browser, String what, By primaryAction) {
        browser.screenshot("screens/" + what + "-" + width);
        Map<String, Number> widths = browser.js(
                "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth};");
        if (widths.get("scroll").intValue() > widths.get("inner").intValue()) {
            throw new AssertionError(what + " " + browser.path() + " at " + width + " px: the page is "
                    + widths.get("scroll") + " px wide, wider than the viewport (" + widths.get("inner") + " px); widest: "
                    + widest(browser));
        }
        if (primaryAction != null) {
            List<WebElement> found = browser.findAll(primaryAction);
            if (found.isEmpty() || !found.get(0).isDisplayed()) {
                throw new AssertionError(what + " " + browser.path() + " at " + width + " px: the primary action "
                        + primaryAction + " is not shown");
            }
            Map<String, Number> r = browser.js("const r = arguments[0].getBoundingClientRect();"
                    + " return {left: r.left, right: r.right, inner: window.innerWidth};", found.get(0));
            if (r.get("left").doubleValue() < -0.5 || r.get("right").doubleValue() > r.get("inner").doubleValue() + 0.5) {
                throw new AssertionError(what + " " + browser.path() + " at " + width + " px: the primary action "
                        + primaryAction + " is outside the viewport: " + r);
            }
        }
    }

    /** The elements that stick out of the viewport, for the failure's message. */
    private static List<String> widest(Browser browser) {
        return browser.js("""
                const w = window.innerWidth, out = [];
                document.querySelectorAll('body *').forEach(e => {
                    const r = e.getBoundingClientRect();
                    if ((r.right > w + 0.5 || r.left < -0.5) && r.width > 0 && out.length < 8) {
                        out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className).replace(/\\s+/g, '.')
                                 + ' [' + Math.round(r.left) + ',' + Math.round(r.right) + ']');
                    }
                });
                return out;
                """);
    }
}
