package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** Driving PrimeFaces widgets as a person does: clicking and typing, then waiting for their ajax. */
public final class PF {

    private PF() {
    }

    /** Chooses an option of a p:selectOneMenu by its label; waits for the ajax it triggers. */
    public static void selectOne(Browser browser, String id, String label) {
        WebElement menu = browser.byId(id);
        menu.click();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
        browser.waitForAjax(); // the panel's opening animation: a click during it is lost
        By item = By.cssSelector("[id='" + id + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(item)).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        browser.waitForAjax();
    }

    /** Ticks an option of a p:selectCheckboxMenu by its label, then closes the menu; waits for their ajax. */
    public static void checkOne(Browser browser, String id, String label) {
        browser.find(By.cssSelector("[id='" + id + "'] .ui-selectcheckboxmenu-trigger")).click();
        By panel = By.id(id + "_panel");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(panel));
        browser.waitForAjax();
        WebElement item = browser.find(By.xpath("//*[@id='" + id + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[normalize-space(.)='" + label + "']"));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.waitForAjax();
        browser.find(By.cssSelector("[id='" + id + "_panel'] .ui-selectcheckboxmenu-close")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(panel));
        browser.waitForAjax();
    }

    /** Clicks the box of a p:selectBooleanCheckbox. */
    public static void tick(Browser browser, String id) {
        browser.find(By.cssSelector("[id='" + id + "'] .ui-chkbox-box")).click();
        browser.waitForAjax();
    }

    /**
     * Clicks an ajax button that redraws a form holding this element (a search redrawing its table), and waits
     * until the element is a new one: the redrawn content is there when this returns.
     */
    public static void clickAndWaitForRedraw(Browser browser, By button, String redrawnId) {
        browser.js("document.getElementById(arguments[0]).dataset.old = '1';", redrawnId);
        browser.clickAndWaitForAjax(browser.find(button));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.js(
                "var t = document.getElementById(arguments[0]); return t != null && t.dataset.old !== '1';", redrawnId)));
    }

    /** The message under a form field (the p:message of the field's div.field), "" when there is none. */
    public static String fieldMessage(Browser browser, String fieldId) {
        List<WebElement> m = browser.findAll(By.xpath("//div[contains(@class,'field')][.//*[@id='" + fieldId + "']]"
                + "//div[contains(@class,'ui-message')]"));
        return m.isEmpty() ? "" : m.get(0).getText().trim();
    }

    /** The label a p:selectOneMenu shows. */
    public static String selectedLabel(Browser browser, String id) {
        return browser.byId(id + "_label").getText().trim();
    }

    /**
     * Types into a p:autoComplete, waits for its suggestions, and picks the first whose label contains the
     * text; returns all suggestion labels seen.
     */
    public static List<String> autoComplete(Browser browser, String id, String typed, String pick) {
        WebElement input = browser.byId(id + "_input");
        input.clear();
        input.sendKeys(typed);
        By items = By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(items));
        browser.waitForAjax();
        List<WebElement> suggestions = browser.findAll(items);
        List<String> labels = suggestions.stream().map(e -> e.getAttribute("data-item-label")).toList();
        WebElement chosen = suggestions.stream().filter(e -> e.getAttribute("data-item-label").contains(pick)).findFirst()
                .orElseThrow(() -> new AssertionError("No suggestion with " + pick + " among " + labels));
        chosen.click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        browser.waitForAjax();
        return labels;
    }

    /** The rows of a p:dataTable's body (not the "empty" row). */
    public static List<WebElement> rows(Browser browser, String tableId) {
        return browser.findAll(By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri]"));
    }

    /** The texts of one column (0-based) of a p:dataTable's rows. */
    public static List<String> column(Browser browser, String tableId, int column) {
        return rows(browser, tableId).stream()
                .map(r -> r.findElements(By.cssSelector(":scope > td")).get(column).getText().trim()).toList();
    }

    /** The paginator's "current page report" text. */
    public static String pageReport(Browser browser, String tableId) {
        return browser.find(By.cssSelector("[id='" + tableId + "_paginator_bottom'] .ui-paginator-current")).getText().trim();
    }

    /** Whether a p:dialog is shown. */
    public static boolean dialogVisible(Browser browser, String dialogId) {
        List<WebElement> d = browser.findAll(By.id(dialogId));
        return !d.isEmpty() && d.get(0).isDisplayed();
    }

    /**
     * Opens a page and types, into each column filter box over a table, a value of its column: the rows must
     * narrow to that value. Returns the boxes that filtered nothing ("page: «header» typed «value»").
     */
    public static List<String> deadColumnFilters(Browser browser, String page, String tableId) {
        List<String> dead = new java.util.ArrayList<>();
        browser.open(page);
        By headers = By.cssSelector("[id='" + tableId + "_head'] > tr > th");
        int columns = browser.findAll(headers).size();
        for (int column = 0; column < columns; column++) {
            WebElement th = browser.findAll(headers).get(column);
            List<WebElement> box = th.findElements(By.cssSelector("input.ui-column-filter"));
            if (box.isEmpty() || !box.get(0).isDisplayed()) {
                continue;
            }
            List<String> before = column(browser, tableId, column);
            // a value that some rows do not have, so that filtering by it must narrow the rows
            String wanted = before.stream().filter(v -> !v.isEmpty() && before.stream().anyMatch(o -> !o.contains(v)))
                    .reduce((a, b) -> b).orElse(null);
            if (wanted == null) {
                continue; // every row alike: this page cannot tell whether the box filters
            }
            box.get(0).sendKeys(wanted);
            int col = column;
            try {
                browser.waitUntil(d -> {
                    List<String> now = column(browser, tableId, col);
                    return !now.isEmpty() && now.size() < before.size() && now.stream().allMatch(v -> v.contains(wanted));
                }, java.time.Duration.ofSeconds(4));
            } catch (org.openqa.selenium.TimeoutException e) {
                dead.add(page + ": «" + th.getText().trim() + "» typed «" + wanted + "»");
            }
            browser.open(page);
        }
        return dead;
    }

    /** The form field PrimeFaces' script adds to every form under the Content-Security-Policy: a post must carry it. */
    public static final String NONCE = "primefaces.nonce";

    /** The page's script nonce, as the page's own forms post it. */
    public static String nonce(Browser browser) {
        return browser.js("return PrimeFaces.csp.NONCE_VALUE;");
    }

    /** The script nonce of a page read over HTTP (the one its forms post). */
    public static String nonce(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no script nonce on the page");
        }
        return m.group(1);
    }
}
