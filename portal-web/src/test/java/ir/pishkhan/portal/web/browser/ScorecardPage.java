package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public scorecard, {@code scorecard.xhtml}: one line per agency, figures as the page writes them. */
public final class ScorecardPage {

    static final String PATH = "/scorecard.xhtml";

    /** An agency's line as shown: filed, received, answered, share, median days, overdue. */
    public record Line(String agency, String filed, String received, String answered, String share, String median,
                       String overdue) {
    }

    private final Browser browser;

    public ScorecardPage(Browser browser) {
        this.browser = browser;
        if (!PATH.equals(browser.pathOnly()) || !browser.exists(By.id("scorecard"))) {
            throw new AssertionError("Not the scorecard: " + browser.path());
        }
    }

    public static ScorecardPage open(Browser browser, String query) {
        browser.open(PATH + (query == null ? "" : "?" + query));
        return new ScorecardPage(browser);
    }

    public String span() {
        return browser.text(By.id("span-text")).trim();
    }

    public Map<String, Line> lines() {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (WebElement row : browser.findAll(By.cssSelector("#scorecard tbody tr.agency-line"))) {
            String agency = row.findElement(By.tagName("th")).getText().trim();
            List<String> cells = row.findElements(By.tagName("td")).stream().map(e -> e.getText().trim()).toList();
            lines.put(agency, new Line(agency, cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5)));
        }
        return lines;
    }

    public ScorecardPage otherLanguage() {
        browser.clickAndWaitForPage(browser.byId("other-lang"));
        return new ScorecardPage(browser);
    }

    public boolean invalidSpanShown() {
        return browser.exists(By.id("span-invalid"));
    }
}
