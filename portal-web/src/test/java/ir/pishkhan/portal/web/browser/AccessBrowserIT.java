package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static ir.pishkhan.portal.web.browser.Texts.en;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office operator strays: another role's pages are refused (403), pages and records that do not exist are
 * 404, each with a Persian page of the portal and the right HTTP status, and never a stack trace.
 */
@BrowserTest
class AccessBrowserIT {

    /** Path → the status and error page expected for an office operator. */
    static final Map<String, Integer> STRAYS = new java.util.LinkedHashMap<>();

    static {
        STRAYS.put("/admin/users/list.xhtml", 403);
        STRAYS.put("/secretariat/home.xhtml", 403);
        STRAYS.put("/admin/home.xhtml", 403);
        STRAYS.put("/nothing.xhtml", 404);
        STRAYS.put("/resolutions/view.xhtml?meeting=14&number=abc", 404);
        STRAYS.put("/resolutions/view.xhtml?meeting=14&number=99", 404);
        STRAYS.put("/resolutions/view.xhtml?meeting=99&number=1", 404);
        STRAYS.put("/meetings/view.xhtml?number=abc", 404);
        STRAYS.put("/meetings/view.xhtml?number=-3", 404);
    }

    @Test
    void anotherRolesPagesAndMissingPagesGetThePortalsOwnErrorPages(Browser browser) {
        Layout home = LoginPage.open(browser).loginAs(Accounts.HERA);
        assertEquals("/office/home.xhtml", browser.path());
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Integer> stray : STRAYS.entrySet()) {
            String path = stray.getKey();
            int status = stray.getValue();
            browser.open(path);
            browser.screenshot("AccessBrowserIT.error-" + status + "-" + path);
            String source = browser.html();
            String title = browser.exists(By.id("error-" + status))
                    ? browser.find(By.cssSelector("#error-" + status + " h1")).getText().trim() : null;
            String text = browser.exists(By.id("error-" + status))
                    ? browser.find(By.cssSelector("#error-" + status + " p")).getText().trim() : null;
            String lang = browser.find(By.tagName("html")).getAttribute("lang");
            String dir = browser.find(By.tagName("html")).getAttribute("dir");
            String shownAt = browser.path();
            HttpResponse<String> response = browser.get(path);
            checks.add(() -> assertAll(path,
                    () -> assertEquals(path, shownAt, "the address stays (no redirect)"),
                    () -> assertEquals(fa("error." + status + ".title"), title, "#error-" + status + " with its Persian title"),
                    () -> assertEquals(fa("error." + status + ".text"), text),
                    () -> assertEquals("fa", lang),
                    () -> assertEquals("rtl", dir),
                    () -> assertNoStackTrace(source),
                    () -> assertEquals(status, response.statusCode(), "HTTP status"),
                    () -> assertTrue(response.body().contains("id=\"error-" + status + "\""), "the same page over HTTP"),
                    () -> assertNoStackTrace(response.body())));
        }
        assertAll(checks);

        // the error page leads home, still signed in
        browser.open("/admin/users/list.xhtml");
        browser.clickAndWaitForPage(browser.find(By.linkText(fa("error.home"))));
        assertEquals("/office/home.xhtml", browser.path());
        assertTrue(browser.exists(Layout.LOGOUT));
        assertEquals(home.menu(), new Layout(browser).menu());
    }

    @Test
    void errorPagesFollowTheLanguage(Browser browser) {
        LoginPage.open(browser).loginAs(Accounts.TELECOM).switchLanguage("en");
        browser.open("/guild/home.xhtml");
        assertEquals(en("error.403.title"), browser.find(By.cssSelector("#error-403 h1")).getText().trim());
        assertEquals("ltr", browser.find(By.tagName("html")).getAttribute("dir"));
        browser.open("/resolutions/view.xhtml?meeting=14&number=0");
        assertEquals(en("error.404.title"), browser.find(By.cssSelector("#error-404 h1")).getText().trim());
        assertNoStackTrace(browser.html());
    }

    @Test
    void nobodySignedInGetsTheLoginPageNotTheContent(Browser browser) {
        for (String path : List.of("/admin/users/list.xhtml", "/offices/list.xhtml", "/resolutions/view.xhtml?meeting=14&number=11")) {
            HttpResponse<String> response = browser.get(path);
            assertAll(path,
                    () -> assertEquals(302, response.statusCode()),
                    () -> assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                            "to the login page: " + response.headers().firstValue("Location")),
                    () -> assertFalse(response.body().contains(Seed.textFa(11))));
        }
    }

    static void assertNoStackTrace(String page) {
        assertAll(
                () -> assertFalse(page.contains("Exception"), "an exception's name on the page"),
                () -> assertFalse(page.contains("at ir."), "a stack frame on the page"),
                () -> assertFalse(page.contains(".java:"), "a source line on the page"));
    }
}
