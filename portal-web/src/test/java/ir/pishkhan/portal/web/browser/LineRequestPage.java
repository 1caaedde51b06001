package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lines/view.xhtml?id=…: one line request, its facts (#line-status, #line-provider, …), its timeline, and the forms
 * of the actions the user's role may take in its state: each a full-page form "form-ACTION" with a text (and a date
 * for SCHEDULE, a reason for REFUSE and DISPUTE) and a submit button.
 */
public final class LineRequestPage {

    public static final String PATH = "/lines/view.xhtml";
    public static final By TRACKING = By.id("tracking");
    public static final By TIMELINE = By.cssSelector("#timeline > li.event");

    private static final Pattern ID = Pattern.compile("(?:^|&)id=(\\d+)");

    /** One entry of the timeline as shown: its action, its change of state, "role · user · when", its text. */
    public record Event(String action, String states, String meta, String cssClass, String text) {
        public boolean isVisibility(String visibility) {
            return cssClass.contains("visibility-" + visibility);
        }
    }

    private final Browser browser;

    public LineRequestPage(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(TRACKING)) {
            throw new AssertionError("Not a line request's page: " + browser.path());
        }
    }

    public static LineRequestPage open(Browser browser, long id) {
        browser.open(PATH + "?id=" + id);
        return new LineRequestPage(browser);
    }

    public Browser browser() {
        return browser;
    }

    /** The request's id, from the page's address. */
    public long id() {
        String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        Matcher m = ID.matcher(query == null ? "" : query);
        if (!m.find()) {
            throw new AssertionError("No id in " + browser.path());
        }
        return Long.parseLong(m.group(1));
    }

    /** The tracking number as shown ("L۱۴۰۵-۱۲" in Persian). */
    public String tracking() {
        return browser.text(TRACKING).trim();
    }

    public String status() {
        return text("line-status");
    }

    /** The text of the element with this id ("line-provider", "line-scheduled", …). */
    public String text(String id) {
        return browser.text(By.id(id)).trim();
    }

    public boolean has(String id) {
        return browser.exists(By.id(id));
    }

    public List<String> messages() {
        return new Layout(browser).messages();
    }

    /** Whether this text shows anywhere on the page (a note that must not). */
    public boolean shows(String text) {
        return browser.find(By.tagName("body")).getText().contains(text);
    }

    // --- the timeline ---

    public List<Event> timeline() {
        return browser.findAll(TIMELINE).stream().map(li -> new Event(
                li.findElement(By.cssSelector(".event-action")).getText().trim(),
                li.findElements(By.cssSelector(".event-states")).stream().map(e -> e.getText().trim()).findFirst().orElse(""),
                li.findElement(By.cssSelector(".event-meta")).getText().trim(),
                li.getAttribute("class"),
                li.findElements(By.cssSelector(".event-text")).stream().map(e -> e.getText().trim()).findFirst().orElse("")))
                .toList();
    }

    public List<String> timelineActions() {
        return timeline().stream().map(Event::action).toList();
    }

    // --- the actions ---

    /** The actions offered, in page order (the ACTION of each form-ACTION). */
    public List<String> offered() {
        return browser.findAll(By.cssSelector("#actions form")).stream()
                .map(f -> f.getAttribute("id").replaceFirst("^form-", "")).toList();
    }

    public boolean offers(String action) {
        return browser.exists(By.id("form-" + action));
    }

    /** Types an action's text, replacing what was there; null or "" leaves it empty. */
    public LineRequestPage fill(String action, String text) {
        WebElement area = browser.byId("form-" + action + ":text");
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (text != null && !text.isEmpty()) {
            area.sendKeys(text);
        }
        return this;
    }

    /** Chooses the reason of a REFUSE or DISPUTE form by its label. */
    public LineRequestPage reason(String action, String label) {
        PF.selectOne(browser, "form-" + action + ":reason", label);
        return this;
    }

    /** Types the installation date of the SCHEDULE form. */
    public LineRequestPage date(String typed) {
        WebElement box = browser.byId("form-SCHEDULE:date");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        box.sendKeys(typed);
        return this;
    }

    /** Presses an action's button as its form stands; the page loaded next is returned. */
    public LineRequestPage submit(String action) {
        browser.clickAndWaitForPage(browser.byId("form-" + action + ":submit"));
        return new LineRequestPage(browser);
    }

    /** Takes an action: its text (null: left as it is), then its button. */
    public LineRequestPage act(String action, String text) {
        if (text != null) {
            fill(action, text);
        }
        return submit(action);
    }

    /** The liaison sets the installation date (typed as a person types it) with a comment. */
    public LineRequestPage schedule(String date, String comment) {
        date(date);
        return act("SCHEDULE", comment);
    }

    /** The office disputes the installation: a reason (its label) and a text. */
    public LineRequestPage dispute(String reasonLabel, String text) {
        reason("DISPUTE", reasonLabel);
        return act("DISPUTE", text);
    }

    public String actionText(String action) {
        return browser.byId("form-" + action + ":text").getAttribute("value");
    }

    public String reasonChosen(String action) {
        return PF.selectedLabel(browser, "form-" + action + ":reason");
    }

    /** The message under a field of an action form (its p:message), "" when there is none. */
    public String fieldMessage(String fieldId) {
        return PF.fieldMessage(browser, fieldId);
    }
}
