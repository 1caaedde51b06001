package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * disputes/view.xhtml?id=…: one dispute, its facts (#dispute-status, #dispute-agency, #dispute-offices, …), the
 * matter, the proposal standing, its timeline (with the statements' files), and a form "form-ACTION" per action the
 * user's role may take.
 */
public final class DisputePage {

    public static final String PATH = "/disputes/view.xhtml";
    public static final By TRACKING = By.id("tracking");

    private static final Pattern ID = Pattern.compile("(?:^|&)id=(\\d+)");

    private final Browser browser;

    public DisputePage(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(TRACKING)) {
            throw new AssertionError("Not a dispute's page: " + browser.path());
        }
    }

    public static DisputePage open(Browser browser, long id) {
        browser.open(PATH + "?id=" + id);
        return new DisputePage(browser);
    }

    public long id() {
        Matcher m = ID.matcher(String.valueOf(URI.create(browser.driver().getCurrentUrl()).getRawQuery()));
        if (!m.find()) {
            throw new AssertionError("No id in " + browser.path());
        }
        return Long.parseLong(m.group(1));
    }

    public String tracking() {
        return browser.text(TRACKING).trim();
    }

    public String text(String id) {
        return browser.exists(By.id(id)) ? browser.text(By.id(id)).trim() : "";
    }

    public String status() {
        return text("dispute-status");
    }

    public List<String> offices() {
        return browser.findAll(By.cssSelector("#dispute-offices .dispute-office")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    public List<String> messages() {
        return new Layout(browser).messages();
    }

    public List<String> offered() {
        return browser.findAll(By.cssSelector("#actions form")).stream()
                .map(f -> f.getAttribute("id").replaceFirst("^form-", "")).toList();
    }

    public List<String> timelineActions() {
        return browser.findAll(By.cssSelector("#timeline > li.event .event-action")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    public String timelineText() {
        return browser.text(By.id("timeline"));
    }

    /** The addresses of the files listed under the timeline's entries. */
    public List<String> fileLinks() {
        return browser.findAll(By.cssSelector("#timeline a.attachment-link")).stream()
                .map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
    }

    /** Takes an action: its text, its files, then its button; the page loaded next is returned. */
    public DisputePage act(String action, String text, Path... files) {
        WebElement area = browser.byId("form-" + action + ":text");
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (text != null) {
            area.sendKeys(text);
        }
        for (Path file : files) {
            browser.byId("form-" + action + ":files").sendKeys(file.toAbsolutePath().toString());
        }
        browser.clickAndWaitForPage(browser.byId("form-" + action + ":submit"));
        return new DisputePage(browser);
    }
}
