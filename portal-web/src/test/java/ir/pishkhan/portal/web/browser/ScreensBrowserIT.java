package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every main page of every role on a phone (390 px), a tablet (768) and a desktop (1366): nothing to scroll
 * sideways, the page's primary action on screen, a screenshot of each (target/screenshots/screens_*); and axe-core
 * on each page, Persian and English, with no critical or serious violation. One browser for the class, one
 * sign-in per role.
 */
@BrowserTest
class ScreensBrowserIT {

    static final By NONE = null;

    @AfterEach
    void desktopAgain(Browser browser) {
        Screen.DESKTOP.apply(browser);
    }

    @Test
    void theOfficesPagesFitEveryScreenAndPassAxe(Browser browser) {
        long complaint = fileComplaint(browser);
        Map<String, By> pages = pages(
                "/office/home.xhtml", By.id("file-complaint"),
                "/office/complaints/new.xhtml", ComplaintForm.SUBMIT,
                "/complaints/list.xhtml", By.id("complaints-form:search"),
                "/complaints/view.xhtml?id=" + complaint, NONE,
                "/lines/list.xhtml", By.id("lines-form:search"),
                "/office/lines/new.xhtml", By.id("line:submit"),
                "/meetings/list.xhtml", NONE,
                "/meetings/view.xhtml?number=14", NONE,
                "/resolutions/view.xhtml?meeting=14&number=17", NONE,
                "/agencies/list.xhtml", NONE,
                "/offices/list.xhtml", NONE,
                "/tariffs/list.xhtml", NONE,
                "/notifications/list.xhtml", By.id("notifications-form:mark-all"),
                "/preferences/mail.xhtml", By.id("preferences-form:save"));
        walk(browser, Accounts.HERA, pages);
    }

    @Test
    void theSecretariatsPagesFitEveryScreenAndPassAxe(Browser browser) {
        long complaint = fileComplaint(browser);
        walk(browser, Accounts.DABIR, pages(
                "/secretariat/home.xhtml", By.id("queue"),
                "/complaints/list.xhtml", By.id("complaints-form:search"),
                "/complaints/view.xhtml?id=" + complaint, NONE,
                "/lines/list.xhtml", By.id("lines-form:search"),
                "/reports/lines.xhtml", By.id("report-form:show"),
                "/secretariat/reports/resolution1.xhtml", By.id("report-form:show")));
    }

    @Test
    void theGuildsAndTheAgencysPagesFitEveryScreenAndPassAxe(Browser browser) {
        walk(browser, Accounts.ANJOMAN, pages(
                "/guild/home.xhtml", By.id("all-complaints"),
                "/complaints/list.xhtml", By.id("complaints-form:search"),
                "/lines/list.xhtml", By.id("lines-form:search"),
                "/reports/lines.xhtml", By.id("report-form:show")));
        walk(browser, Accounts.TELECOM, pages(
                "/agency/home.xhtml", By.id("forwarded"),
                "/complaints/list.xhtml", By.id("complaints-form:search"),
                "/lines/list.xhtml", By.id("lines-form:search")));
    }

    @Test
    void theAdministratorsPagesFitEveryScreenAndPassAxe(Browser browser) {
        walk(browser, Accounts.ADMIN, pages(
                "/admin/home.xhtml", By.id("manage-users"),
                "/admin/users/list.xhtml", By.id("users-form:new-user"),
                "/admin/outbox/list.xhtml", NONE,
                "/admin/calendar.xhtml", By.id("add-form:add"),
                "/no-such-page.xhtml", NONE));
        browser.open("/no-such-page.xhtml");
        assertTrue(browser.exists(By.id("error-404")), "the 404 page");
        assertTrue(new Layout(browser).menu().containsKey("admin-home"), "signed in, the 404 page keeps the menu");
        String icon = browser.js("const l = document.querySelector('link[rel=icon]'); return l ? l.href : '';");
        java.net.URI iconUri = java.net.URI.create(icon);
        String iconPath = iconUri.getRawPath() + (iconUri.getRawQuery() == null ? "" : "?" + iconUri.getRawQuery());
        assertEquals(200, browser.get(iconPath).statusCode(), "the favicon " + icon);
    }

    /**
     * The pages of the working group's cycle and of the registers, newer than the walks above: the meeting's forms,
     * obligations, referrals, the compliance report, services and their coverage, contracts, tariffs, licences,
     * the public scorecard, the audit log; each record page reached from its list, as a person would.
     */
    @Test
    void theCycleAndRegisterPagesFitEveryScreenAndPassAxe(Browser browser) {
        browser.reset();
        Screen.DESKTOP.apply(browser);
        LoginPage.open(browser).loginAs(Accounts.HERA);
        long line = LineRequestFollowUpBrowserIT.file(browser, LineRequestPathBrowserIT.TELECOM, "DATA_LINE", "۱",
                "خیابان امام، پلاک ۱۲", "برای بررسی نمایش صفحه‌ها").id();
        String licence = firstLink(browser, "/offices/list.xhtml", "/licences/view.xhtml");
        walk(browser, Accounts.HERA, pages(
                "/lines/view.xhtml?id=" + line, NONE,
                "/office/services.xhtml", NONE,
                "/preferences/password.xhtml", By.id("password-form:change"),
                licence, NONE,
                "/tariffs/history.xhtml?service=excess-tonnage", NONE,
                "/scorecard.xhtml", NONE));

        browser.reset();
        LoginPage.open(browser).loginAs(Accounts.DABIR);
        String obligation = firstLink(browser, "/obligations/list.xhtml", "/obligations/view.xhtml");
        walk(browser, Accounts.DABIR, pages(
                "/obligations/list.xhtml", NONE,
                obligation, NONE,
                "/secretariat/referrals.xhtml", NONE,
                "/reports/compliance.xhtml", NONE,
                "/secretariat/meetings/new.xhtml", By.id("new-meeting:create"),
                "/secretariat/meetings/edit.xhtml?number=14", NONE,
                "/services/list.xhtml", NONE,
                "/services/coverage.xhtml", NONE,
                "/contracts/list.xhtml", NONE,
                "/secretariat/tariffs/change.xhtml?service=excess-tonnage", By.id("change:save")));

        browser.reset();
        LoginPage.open(browser).loginAs(Accounts.POSTBANK);
        String service = firstLink(browser, "/services/list.xhtml", "/services/view.xhtml");
        String own = firstLink(browser, "/obligations/list.xhtml", "/obligations/view.xhtml");
        walk(browser, Accounts.POSTBANK, pages(
                "/obligations/list.xhtml", NONE,
                own, NONE,
                "/services/list.xhtml", NONE,
                service, NONE,
                "/contracts/list.xhtml", NONE));

        walk(browser, Accounts.ADMIN, pages(
                "/admin/audit/list.xhtml", NONE,
                "/admin/escalation.xhtml", By.id("escalation-form:run-pass")));
    }

    @Test
    void theLoginPageFitsEveryScreenAndPassesAxe(Browser browser) {
        List<String> failures = new ArrayList<>();
        for (String language : List.of("fa", "en")) {
            LoginPage.open(browser);
            if ("en".equals(language)) {
                Layout.switchLanguage(browser, "en");
            }
            for (Screen screen : Screen.values()) {
                screen.apply(browser);
                check(failures, () -> screen.assertFits(browser, "login-" + language, LoginPage.SUBMIT));
            }
            check(failures, () -> Axe.assertAccessible(browser, "login-" + language));
        }
        assertEquals(List.of(), failures);
    }

    /**
     * At 390 px the menu is behind a button that says whether it is open (aria-expanded) and which element it
     * opens (aria-controls); pressing it shows the menu, pressing it again hides it.
     */
    @Test
    void onAPhoneTheMenuOpensAndClosesBehindItsButton(Browser browser) {
        LoginPage.open(browser).loginAs(Accounts.HERA);
        Screen.PHONE.apply(browser);
        browser.open(Accounts.HERA.home());
        By toggle = By.id("menu-toggle");
        assertTrue(browser.find(toggle).isDisplayed(), "the menu button on a phone");
        assertEquals("false", browser.find(toggle).getAttribute("aria-expanded"));
        String controls = browser.find(toggle).getAttribute("aria-controls");
        assertFalse(browser.byId(controls).isDisplayed(), "the menu is closed at first");
        browser.find(toggle).click();
        assertEquals("true", browser.find(toggle).getAttribute("aria-expanded"));
        assertTrue(browser.byId(controls).isDisplayed(), "the menu opens");
        assertTrue(browser.find(By.cssSelector("nav.sidebar a.menu-complaints-new")).isDisplayed());
        browser.screenshot("screens_menu-open-390");
        Axe.assertAccessible(browser, "menu-open-390");
        Screen.PHONE.assertFits(browser, "menu-open", null);
        browser.find(toggle).click();
        assertEquals("false", browser.find(toggle).getAttribute("aria-expanded"));
        assertFalse(browser.byId(controls).isDisplayed(), "the menu closes");
        Screen.DESKTOP.apply(browser);
        browser.open(Accounts.HERA.home());
        assertFalse(browser.find(toggle).isDisplayed(), "no menu button on a desktop");
        assertTrue(browser.byId(controls).isDisplayed(), "the menu is always shown on a desktop");
    }

    /**
     * The whole filing of a complaint with the keyboard alone: sign in, the skip link (the first thing Tab
     * reaches), into the content, the home page's "file a complaint", the form's menus by typing their choices'
     * first letters, the date and the texts typed, the submit button; each control reached shows a visible
     * focus ring. The complaint is filed: its page and tracking number.
     */
    @Test
    void anOfficeFilesAComplaintWithTheKeyboardAlone(Browser browser) {
        Keyboard keys = new Keyboard(browser);
        LoginPage.open(browser);
        keys.tabTo("login:username").type(Accounts.HERA.username());
        keys.tabTo("login:password").type(Accounts.PASSWORD);
        keys.pressAndWaitForPage(Keys.ENTER);
        assertEquals(Accounts.HERA.home(), browser.pathOnly());

        keys.tab();
        assertTrue(keys.focused().getAttribute("class").contains("skip-link"), "the first stop is the skip link: "
                + keys.focused().getAttribute("outerHTML"));
        assertTrue(keys.focused().isDisplayed(), "the skip link shows when it has the focus");
        keys.assertFocusVisible();
        keys.press(Keys.ENTER);
        assertEquals("content", keys.focused().getAttribute("id"), "the skip link moves the focus to the content");
        keys.tab();
        assertTrue(keys.isIn("file-complaint"), "the content's first stop: file a complaint, not "
                + keys.focused().getAttribute("outerHTML"));
        keys.assertFocusVisible();
        keys.pressAndWaitForPage(Keys.ENTER);
        ComplaintForm form = new ComplaintForm(browser);

        keys.tabTo(ComplaintForm.AGENCY + "_label").type("پست");
        browser.waitForAjax();
        assertEquals("پست بانک", form.selected(ComplaintForm.AGENCY), "typing a choice's first letters chooses it");
        String kind = Texts.fa("enum.ComplaintKind.GUARANTEE_DEMANDED");
        keys.tabTo(ComplaintForm.KIND + "_label").type(kind.substring(0, 8));
        browser.waitForAjax();
        assertEquals(kind, form.selected(ComplaintForm.KIND));
        assertEquals(List.of("۱۱", "۱۲"), form.suggestedResolutions(), "the kind's resolutions shown (its ajax ran)");
        String occurred = PersianText.toPersianDigits(JalaliDates.toJalali(LocalDate.now(JalaliDates.ZONE).minusDays(3)));
        keys.tabTo("complaint:occurred").type(occurred);
        keys.tabTo("complaint:official").type("رئیس شعبه");
        keys.tabTo("complaint:description").type("با صفحه‌کلید تنها ثبت شد: شعبه ضمانت‌نامه بانکی خواست.");
        keys.tabTo("complaint:submit");
        browser.screenshot("ScreensBrowserIT.keyboard-submit-focused");
        keys.pressAndWaitForPage(Keys.ENTER);

        ComplaintPage filed = new ComplaintPage(browser);
        assertFalse(filed.tracking().isBlank(), "filed: a tracking number");
        assertEquals("با صفحه‌کلید تنها ثبت شد: شعبه ضمانت‌نامه بانکی خواست.", filed.text(ComplaintPage.DESCRIPTION));
    }

    static final List<String> MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
            "آذر", "دی", "بهمن", "اسفند");

    /**
     * The Jalali calendar of a date field, from the keyboard: ArrowDown in the field opens it on a day, Persian month
     * names and digits; the arrows move by a day (right to left), PageUp to the month before, Enter chooses and
     * the focus is back in the field with the day in Persian digits. The format is a hint read with the field,
     * not a placeholder; a date typed in Latin digits is still taken.
     */
    @Test
    void aDateIsChosenInTheJalaliCalendarFromTheKeyboard(Browser browser) {
        LoginPage.open(browser).loginAs(Accounts.HERA);
        ComplaintForm form = ComplaintForm.open(browser);
        WebElement field = browser.find(ComplaintForm.OCCURRED);
        assertEquals("", Objects.toString(field.getAttribute("placeholder"), ""), "no placeholder that looks like a value");
        assertEquals(Texts.fa("layout.date.hint"), browser.byId(field.getAttribute("aria-describedby")).getText().trim(),
                "the format is the field's description");

        Keyboard keys = new Keyboard(browser);
        keys.tabTo("complaint:occurred").press(Keys.ARROW_DOWN);
        WebElement calendar = browser.find(By.tagName("jdp-container"));
        browser.waitUntil(d -> calendar.isDisplayed());
        // this browser asks for reduced motion (Browser): the calendar opens without its zoom
        assertEquals("none", browser.js("return getComputedStyle(arguments[0]).animationName;", calendar),
                "no opening animation for a person who asked for less motion");
        WebElement day = keys.focused();
        assertEquals("button", day.getAttribute("role"), day.getAttribute("outerHTML"));
        assertTrue(day.getText().trim().matches("[۰-۹]+"), "Persian digits: " + day.getText());
        String month = new Select(calendar.findElement(By.cssSelector(".jdp-month select"))).getFirstSelectedOption().getText();
        assertTrue(MONTHS.contains(month.trim()), "a Persian month name: " + month);
        keys.assertFocusVisible();
        Axe.assertAccessible(browser, "calendar-open");
        browser.screenshot("ScreensBrowserIT.calendar-open");

        String first = day.getAttribute("data-date");
        keys.press(Keys.ARROW_LEFT);
        String next = keys.focused().getAttribute("data-date");
        assertTrue(next != null && !next.equals(first), "ArrowLeft moves to another day: " + first + " → " + next);
        keys.press(Keys.PAGE_UP);
        String chosen = browser.waitUntil(d -> {
            String date = keys.focused().getAttribute("data-date");
            return date != null && date.endsWith("/۰۱") && !date.substring(0, 7).equals(first.substring(0, 7)) ? date : null;
        });
        keys.press(Keys.ENTER);
        assertEquals(chosen, field.getAttribute("value"), "the chosen day, in Persian digits");
        assertEquals("complaint:occurred", keys.focused().getAttribute("id"), "the focus is back in the field");
        assertFalse(calendar.isDisplayed(), "the calendar closed");

        String latin = JalaliDates.toJalali(LocalDate.now(JalaliDates.ZONE).minusDays(4));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, latin);
        assertEquals(latin, field.getAttribute("value"), "the field takes typing (not read-only)");
        form.agency("پست بانک").kind(Texts.fa("enum.ComplaintKind.GUARANTEE_DEMANDED"))
                .description("تاریخ با رقم لاتین نوشته شد و پذیرفته شد.")
                .attach(Evidence.write(Evidence.directory("ScreensBrowserIT"), "نامه.pdf", Evidence.pdf())).submit();
        ComplaintPage filed = new ComplaintPage(browser);
        assertFalse(filed.tracking().isBlank(), "filed with a date typed in Latin digits");
        // the evidence's size in Persian units and digits
        String size = browser.find(By.cssSelector("#timeline .attachment .event-meta")).getText();
        assertTrue(size.matches("\\([۰-۹]+ کیلوبایت\\)"), size);
        // who filed it, by the name people know, not the login name
        assertEquals(Accounts.HERA.displayName(), browser.find(By.cssSelector("#timeline .event-actor")).getText().trim());

        // English pages: the Gregorian calendar, as they show dates (ISO), in the browser's own date field
        new Layout(browser).switchLanguage("en");
        form = ComplaintForm.open(browser);
        WebElement english = browser.find(ComplaintForm.OCCURRED);
        assertEquals("date", english.getAttribute("type"));
        assertEquals(Texts.en("layout.date.hint.gregorian"),
                browser.byId(english.getAttribute("aria-describedby")).getText().trim());
        assertFalse(browser.exists(By.cssSelector("button.date-open")), "no Jalali calendar on English pages");
    }

    /** Signs in, walks the pages at every width in Persian, then in English; axe on each page in both languages. */
    static void walk(Browser browser, Accounts.Account account, Map<String, By> pages) {
        browser.reset();
        Screen.DESKTOP.apply(browser);
        LoginPage.open(browser).loginAs(account);
        List<String> failures = new ArrayList<>();
        try (Axe.Preloaded axe = Axe.preload(browser)) {
            walkSignedIn(browser, account, pages, failures);
        }
        Screen.DESKTOP.apply(browser);
        assertEquals(List.of(), failures, account.username() + ": pages that do not fit or fail axe");
    }

    private static void walkSignedIn(Browser browser, Accounts.Account account, Map<String, By> pages, List<String> failures) {
        for (String language : List.of("fa", "en")) {
            if ("en".equals(language)) {
                browser.open(account.home());
                new Layout(browser).switchLanguage("en");
            }
            for (Map.Entry<String, By> page : pages.entrySet()) {
                String name = account.username() + "-" + language + "-" + page.getKey().replaceAll("[^a-z0-9]+", "_");
                Screen.DESKTOP.apply(browser);
                browser.open(page.getKey());
                check(failures, () -> Axe.assertAccessible(browser, name));
                for (Screen screen : "fa".equals(language) ? Screen.values() : new Screen[]{Screen.PHONE}) {
                    screen.apply(browser);
                    check(failures, () -> screen.assertFits(browser, name, page.getValue()));
                }
            }
        }
    }

    static void check(List<String> failures, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    static Map<String, By> pages(Object... pathsAndActions) {
        Map<String, By> pages = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndActions.length; i += 2) {
            pages.put((String) pathsAndActions[i], (By) pathsAndActions[i + 1]);
        }
        return pages;
    }

    /** The first link to a record on a list page, as the signed-in user sees it: its path and query. */
    static String firstLink(Browser browser, String list, String recordPath) {
        browser.open(list);
        List<WebElement> links = browser.findAll(By.cssSelector("a[href*='" + recordPath + "?']"));
        assertFalse(links.isEmpty(), list + " links to no " + recordPath);
        java.net.URI uri = java.net.URI.create(links.get(0).getAttribute("href"));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** The office حرا files a complaint against Post Bank; its id. Signed out again. */
    static long fileComplaint(Browser browser) {
        browser.reset();
        Screen.DESKTOP.apply(browser);
        LoginPage.open(browser).loginAs(Accounts.HERA);
        String occurred = PersianText.toPersianDigits(JalaliDates.toJalali(LocalDate.now(JalaliDates.ZONE).minusDays(1)));
        ComplaintForm form = ComplaintForm.open(browser);
        form.agency("پست بانک").kind(Texts.fa("enum.ComplaintKind.GUARANTEE_DEMANDED"))
                .occurredOn(occurred).description("شعبه مرکزی ضمانت‌نامه بانکی خواست؛ برای بررسی نمایش صفحه‌ها.").submit();
        long id = new ComplaintPage(browser).id();
        browser.reset();
        return id;
    }
}
