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
 * obligations/view.xhtml?id=…: one obligation, its facts (#obligation-status, #obligation-agency, …), the resolution's
 * text, its timeline (with the reports' files), and a form "form-ACTION" per action the user's role may take.
 */
public final class ObligationPage {

    public static final String PATH = "/obligations/view.xhtml";
    public static final By TRACKING = By.id("tracking");

    private static final Pattern ID = Pattern.compile("(?:^|&)id=(\\d+)");

    private final Browser browser;

    public ObligationPage(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(TRACKING)) {
            throw new AssertionError("Not an obligation's page: " + browser.path());
        }
    }

    public static ObligationPage open(Browser browser, long id) {
        browser.open(PATH + "?id=" + id);
        return new ObligationPage(browser);
    }

    public long id() {
        Matcher m = ID.matcher(String.valueOf(URI.create(browser.driver().getCurrentUrl()).getRawQuery()));
        if (!m.find()) {
            throw new AssertionError("No id in " + browser.path());
        }
        return Long.parseLong(m.group(1));
    }

    public String text(String id) {
        return browser.text(By.id(id)).trim();
    }

    public String status() {
        return text("obligation-status");
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
    public ObligationPage act(String action, String text, Path... files) {
        WebElement area = browser.byId("form-" + action + ":text");
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (text != null) {
            area.sendKeys(text);
        }
        for (Path file : files) {
            browser.byId("form-" + action + ":files").sendKeys(file.toAbsolutePath().toString());
        }
        browser.clickAndWaitForPage(browser.byId("form-" + action + ":submit"));
        return new ObligationPage(browser);
    }
}
