package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The administrator's page of the agencies' API keys (admin/api-keys.xhtml): issue one (shown once), revoke one. */
public final class ApiKeysPage {

    public static final String PATH = "/admin/api-keys.xhtml";
    public static final String TABLE = "keys-form:keys";

    private final Browser browser;

    public ApiKeysPage(Browser browser) {
        this.browser = browser;
        assertEquals(PATH, browser.pathOnly(), "on the API keys page");
    }

    public static ApiKeysPage open(Browser browser) {
        browser.open(PATH);
        return new ApiKeysPage(browser);
    }

    public ApiKeysPage issue(String agency, String name) {
        PF.selectOne(browser, "issue-form:agency", agency);
        WebElement field = browser.byId("issue-form:name");
        field.clear();
        field.sendKeys(name);
        browser.clickAndWaitForPage(browser.byId("issue-form:issue"));
        return new ApiKeysPage(browser);
    }

    /** The key just issued, when the page shows one. */
    public String issuedKey() {
        return browser.exists(By.id("issued-key")) ? browser.text(By.id("issued-key")).trim() : null;
    }

    public List<String> names() {
        return PF.column(browser, TABLE, 0);
    }

    public String stateOf(String name) {
        return PF.column(browser, TABLE, 5).get(names().indexOf(name));
    }

    public ApiKeysPage revoke(String name) {
        WebElement row = PF.rows(browser, TABLE).get(names().indexOf(name));
        row.findElement(By.cssSelector(".revoke-key")).click();
        WebElement yes = browser.waitVisible(By.cssSelector(".ui-confirmdialog-yes"));
        browser.clickAndWaitForPage(yes);
        return new ApiKeysPage(browser);
    }

    public List<String> messages() {
        return new Layout(browser).messages();
    }
}
