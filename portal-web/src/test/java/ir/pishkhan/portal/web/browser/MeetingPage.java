package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The secretariat's page of one meeting (secretariat/meetings/edit.xhtml): a draft's forms, a correction. */
public final class MeetingPage {

    public static final String PATH = "/secretariat/meetings/edit.xhtml";

    private final Browser browser;

    public MeetingPage(Browser browser) {
        this.browser = browser;
        // after a redirect with its number; after a refusal, the page the form posted to
        assertEquals(PATH, browser.pathOnly(), "on the meeting's page: " + browser.path());
    }

    public static MeetingPage open(Browser browser, int number) {
        browser.open(PATH + "?number=" + number);
        return new MeetingPage(browser);
    }

    /** The new-meeting form, filled and sent: the draft's page. */
    public static MeetingPage create(Browser browser, int number, String jalaliDate, String time, String place) {
        assertEquals("/secretariat/meetings/new.xhtml", browser.pathOnly());
        browser.byId("new-meeting:number").sendKeys(String.valueOf(number));
        browser.byId("new-meeting:held-on").sendKeys(jalaliDate);
        browser.byId("new-meeting:held-at").sendKeys(time);
        browser.byId("new-meeting:place").sendKeys(place);
        browser.clickAndWaitForPage(browser.byId("new-meeting:create"));
        return new MeetingPage(browser);
    }

    /** A citation of the resolution form: meeting, number, and the effect's value ("" only cites). */
    public record Cited(int meeting, int number, String effect) {
    }

    /** Fills the resolution form and saves it; stays on the page (refused or saved). */
    public MeetingPage addResolution(int number, String textFa, String summaryEn, List<String> kinds,
                                     List<String> partyLabels, String absoluteJalaliDeadline, Cited... cited) {
        type("resolution-form:res-number", String.valueOf(number));
        type("resolution-form:text-fa", textFa);
        type("resolution-form:summary-en", summaryEn);
        for (String kind : kinds) {
            tick("resolution-form:kinds", kind);
        }
        for (String party : partyLabels) {
            tick("resolution-form:obligated", party);
        }
        if (absoluteJalaliDeadline != null) {
            browser.js("document.querySelector(\"[name='resolution-form:deadline-type'][value='ABSOLUTE']\").checked = true;");
            type("resolution-form:deadline-date", absoluteJalaliDeadline);
        }
        for (int i = 0; i < cited.length; i++) {
            String row = "resolution-form:citations:" + i + ":";
            type(row + "cited-meeting", String.valueOf(cited[i].meeting()));
            type(row + "cited-number", String.valueOf(cited[i].number()));
            browser.js("document.getElementById(arguments[0]).value = arguments[1];", row + "cited-effect_input",
                    cited[i].effect());
        }
        browser.clickAndWaitForPage(browser.byId("resolution-form:save-resolution"));
        return new MeetingPage(browser);
    }

    /** The ids of the records of a kind the page proposes for the agenda ("obligation", "agency", …). */
    public List<Long> proposed(String kind) {
        return browser.findAll(By.cssSelector("#proposals li.agenda-proposal[data-kind='" + kind + "']")).stream()
                .map(li -> Long.valueOf(li.getAttribute("data-id"))).toList();
    }

    /** The title the page shows for a proposal. */
    public String proposalTitle(String kind, long id) {
        return browser.text(By.cssSelector(proposal(kind, id) + " .proposal-title")).trim();
    }

    /** Takes up ("accept") or drops ("drop") a proposal; the page afresh. */
    public MeetingPage take(String kind, long id, String button) {
        browser.clickAndWaitForPage(browser.find(By.cssSelector(proposal(kind, id) + " [id$=':" + button + "']")));
        return new MeetingPage(browser);
    }

    private static String proposal(String kind, long id) {
        return "#proposals li.agenda-proposal[data-kind='" + kind + "'][data-id='" + id + "']";
    }

    /** The agenda's items' titles, in order. */
    public List<String> agenda() {
        return browser.findAll(By.cssSelector("#agenda .agenda-title")).stream().map(e -> e.getText().trim()).toList();
    }

    public MeetingPage publish() {
        browser.clickAndWaitForPage(browser.byId("publish-form:publish"));
        return new MeetingPage(browser);
    }

    public MeetingPage correct(int number, String textFa, String reason) {
        type("correct-form:correct-number", String.valueOf(number));
        type("correct-form:correct-text", textFa);
        type("correct-form:correct-reason", reason);
        browser.clickAndWaitForPage(browser.byId("correct-form:correct"));
        return new MeetingPage(browser);
    }

    public String status() {
        return browser.text(By.id("meeting-status")).trim();
    }

    public String messages() {
        return browser.text(Layout.MESSAGES).trim();
    }

    /** The resolutions' numbers as the table shows them. */
    public List<String> resolutions() {
        return PF.column(browser, "resolutions", 0);
    }

    public boolean offers(String formId) {
        return browser.exists(By.id(formId));
    }

    private void type(String id, String text) {
        WebElement e = browser.byId(id);
        e.clear();
        e.sendKeys(text);
    }

    /** Ticks an option of a p:selectManyCheckbox by its label (the native box the form sends). */
    private void tick(String id, String label) {
        WebElement l = browser.find(By.xpath("//*[@id='" + id + "']//label[normalize-space()='" + label + "']"));
        browser.js("document.getElementById(arguments[0]).checked = true;", l.getAttribute("for"));
    }
}
