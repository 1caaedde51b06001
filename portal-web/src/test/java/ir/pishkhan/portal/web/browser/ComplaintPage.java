package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * complaints/view.xhtml?id=…: one complaint, its timeline, and the forms of the actions the user's role may take
 * in its state. Each action is a full-page form "form-ACTION" (text, files where the action takes them, submit);
 * triage is "triage-form", referral "refer-form".
 */
public final class ComplaintPage {

    public static final String PATH = "/complaints/view.xhtml";
    public static final By TRACKING = By.id("tracking");
    public static final By STATUS = By.id("complaint-status");
    public static final By DESCRIPTION = By.id("complaint-description");
    public static final By OUTCOME = By.id("complaint-outcome");
    public static final By DEADLINE = By.id("complaint-deadline");
    public static final By RESOLUTIONS = By.id("complaint-resolutions");
    public static final By AGENCY = By.id("complaint-agency");
    public static final By TIMELINE = By.cssSelector("#timeline > li.event");

    private static final Pattern ID = Pattern.compile("(?:^|&)id=(\\d+)");

    /** One entry of the timeline as shown. */
    public record Event(String action, String cssClass, String text, List<String> files) {
        public boolean isVisibility(String visibility) {
            return cssClass.contains("visibility-" + visibility);
        }
    }

    private final Browser browser;

    public ComplaintPage(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(TRACKING)) {
            throw new AssertionError("Not a complaint's page: " + browser.path());
        }
    }

    public static ComplaintPage open(Browser browser, long id) {
        browser.open(PATH + "?id=" + id);
        return new ComplaintPage(browser);
    }

    public Browser browser() {
        return browser;
    }

    /** The complaint's id, from the page's address. */
    public long id() {
        String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        Matcher m = ID.matcher(query == null ? "" : query);
        if (!m.find()) {
            throw new AssertionError("No id in " + browser.path());
        }
        return Long.parseLong(m.group(1));
    }

    /** The tracking number as shown (Persian digits in Persian). */
    public String tracking() {
        return browser.text(TRACKING).trim();
    }

    public String status() {
        return browser.text(STATUS).trim();
    }

    public String text(By by) {
        return browser.text(by).trim();
    }

    /** The global messages (what the last action or the handler said). */
    public List<String> messages() {
        return new Layout(browser).messages();
    }

    public List<Event> timeline() {
        return browser.findAll(TIMELINE).stream().map(li -> new Event(
                li.findElement(By.cssSelector(".event-action")).getText().trim(),
                li.getAttribute("class"),
                li.findElements(By.cssSelector(".event-text")).stream().map(e -> e.getText().trim()).findFirst().orElse(""),
                li.findElements(By.cssSelector(".attachment-link")).stream().map(e -> e.getText().trim()).toList())).toList();
    }

    public List<String> timelineActions() {
        return timeline().stream().map(Event::action).toList();
    }

    /** The links of the evidence files: file name as shown → its path ("/attachments/12"). */
    public java.util.Map<String, String> attachments() {
        java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
        for (WebElement a : browser.findAll(By.cssSelector("#timeline a.attachment-link"))) {
            links.put(a.getText().trim(), URI.create(a.getAttribute("href")).getRawPath());
        }
        return links;
    }

    // --- the actions ---

    public static By form(String action) {
        return By.id("form-" + action);
    }

    public boolean offers(String action) {
        return browser.exists(form(action));
    }

    /** The actions offered, in page order: "TRIAGE", "REFER" and each form-ACTION. */
    public List<String> offered() {
        return browser.findAll(By.cssSelector("#actions form")).stream().map(f -> f.getAttribute("id"))
                .map(id -> switch (id) {
                    case "triage-form" -> "TRIAGE";
                    case "refer-form" -> "REFER";
                    default -> id.replaceFirst("^form-", "");
                }).toList();
    }

    /** Fills an action's text (and files) without submitting it. */
    public ComplaintPage fill(String action, String text, Path... files) {
        WebElement area = browser.byId("form-" + action + ":text");
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (text != null && !text.isEmpty()) {
            area.sendKeys(text);
        }
        if (files.length > 0) {
            browser.byId("form-" + action + ":files").sendKeys(Arrays.stream(files)
                    .map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** Takes an action: its text (and files), then its button; the page loaded next is returned. */
    public ComplaintPage act(String action, String text, Path... files) {
        fill(action, text, files);
        browser.clickAndWaitForPage(browser.byId("form-" + action + ":submit"));
        return new ComplaintPage(browser);
    }

    public String actionText(String action) {
        return browser.byId("form-" + action + ":text").getAttribute("value");
    }

    /**
     * Referral to the violations board: the official typed over what the box holds, the resolution chosen by its
     * label as shown (none when null), a note; the page loaded next is returned.
     */
    public ComplaintPage refer(String official, String sanctionLabel, String note) {
        WebElement name = browser.byId("refer-form:official");
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        name.sendKeys(official);
        if (sanctionLabel != null) {
            PF.selectOne(browser, "refer-form:sanction", sanctionLabel);
        }
        WebElement area = browser.byId("refer-form:text");
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        area.sendKeys(note);
        browser.clickAndWaitForPage(browser.byId("refer-form:refer"));
        return new ComplaintPage(browser);
    }

    /** A field of the referral form as it stands ("official", "text"). */
    public String referral(String field) {
        return browser.byId("refer-form:" + field).getAttribute("value");
    }

    /** The resolution numbers ticked in the triage form (as shown, before the title each label carries). */
    public List<String> tickedResolutions() {
        return tickedResolutionLabels().stream().map(l -> l.split(" — ", 2)[0].trim()).toList();
    }

    /** The labels of the resolutions ticked in the triage form: "number — first words of its text". */
    public List<String> tickedResolutionLabels() {
        return browser.findAll(By.cssSelector("[id='triage-form:resolutions'] input[type=checkbox]")).stream()
                .filter(WebElement::isSelected)
                .map(i -> browser.find(By.cssSelector("label[for='" + i.getAttribute("id") + "']")).getText().trim())
                .toList();
    }

    /** Triage: the resolutions as proposed (or as already ticked), a priority, the deadline left empty or typed. */
    public ComplaintPage triage(String priorityLabel, String deadline) {
        PF.selectOne(browser, "triage-form:priority", priorityLabel);
        if (deadline != null) {
            WebElement box = browser.byId("triage-form:deadline");
            box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            box.sendKeys(deadline);
        }
        browser.clickAndWaitForPage(browser.byId("triage-form:triage"));
        return new ComplaintPage(browser);
    }

    /** Whether an element of the page has this exact text somewhere (e.g. a note that must not show). */
    public boolean shows(String text) {
        return browser.find(By.tagName("body")).getText().contains(text);
    }
}
