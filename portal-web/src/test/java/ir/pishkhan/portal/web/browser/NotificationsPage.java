package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** notifications/list.xhtml, and the bell every signed-in page has in its header. */
public final class NotificationsPage {

    public static final String PATH = "/notifications/list.xhtml";
    public static final By BELL = By.id("bell");
    public static final By BELL_COUNT = By.id("bell-count");
    public static final By ROWS = By.cssSelector("[id='notifications-form:notifications_data'] > tr[data-ri]");
    public static final By MARK_ALL = By.id("notifications-form:mark-all");

    /** A row as shown: what happened (the link's text), the state tag, and whether it is shown unread. */
    public record Row(String what, String state, boolean unread) {
    }

    private final Browser browser;

    public NotificationsPage(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(By.id("notifications-title"))) {
            throw new AssertionError("Not the notifications page: " + browser.path());
        }
    }

    /** The bell's count, as shown on any signed-in page (Persian digits in Persian). */
    public static String bell(Browser browser) {
        return browser.text(BELL_COUNT).trim();
    }

    /** Follows the bell from any signed-in page. */
    public static NotificationsPage fromBell(Browser browser) {
        browser.clickAndWaitForPage(browser.find(BELL));
        return new NotificationsPage(browser);
    }

    public List<Row> rows() {
        return browser.findAll(ROWS).stream().filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(tr -> new Row(tr.findElement(By.cssSelector("a.notification-link")).getText().trim(),
                        tr.findElement(By.cssSelector(".notification-state")).getText().trim(),
                        tr.getAttribute("class").contains("notification-unread")))
                .toList();
    }

    public NotificationsPage markAllRead() {
        browser.clickAndWaitForPage(browser.find(MARK_ALL));
        return new NotificationsPage(browser);
    }

    /** Opens the first row whose text contains {@code text}: its record's page is loaded when this returns. */
    public void open(String text) {
        WebElement link = browser.findAll(ROWS).stream().map(tr -> tr.findElement(By.cssSelector("a.notification-link")))
                .filter(a -> a.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification with " + text));
        browser.clickAndWaitForPage(link);
    }
}
