package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.calendar.Due;
import ir.pishkhan.portal.domain.calendar.Weekend;
import ir.pishkhan.portal.domain.calendar.WorkingCalendar;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static ir.pishkhan.portal.web.browser.CalendarPage.label;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The working calendar, in Persian: the administrator confirms a year's proposed lunar holidays, adds one, and brings
 * in a holiday list (one with a bad line: told, nothing brought in; then a good one); a deadline typed on a holiday
 * shows moved to the next working day. The administrator works on a far year (1420), so that the deadlines the other
 * browser tests compute on the built-in calendar stay as they are.
 */
@BrowserTest
class CalendarBrowserIT {

    private static final int YEAR = 1420;

    private static String digits(String ascii) {
        return PersianText.toPersianDigits(ascii);
    }

    @Test
    void theAdministratorConfirmsAddsAndImportsAYearsHolidays(Browser browser) throws Exception {
        ComplaintPathBrowserIT.signIn(browser, Accounts.ADMIN).go("admin-calendar");
        new CalendarPage(browser);
        assertEquals(fa("calendar.title"), browser.text(By.id("calendar-title")).trim());

        CalendarPage page = CalendarPage.open(browser, YEAR);
        assertEquals(fa("calendar.year") + " " + digits(String.valueOf(YEAR)), page.year());
        List<String> origins = page.origins();
        assertEquals(10, origins.stream().filter(label("FIXED")::equals).count(), "the fixed holidays, built in");
        assertTrue(origins.contains(label("PROPOSED")), "the lunar holidays, proposed: " + origins);
        assertTrue(page.dates().contains(digits(YEAR + "/01/01")));
        browser.screenshot("CalendarBrowserIT.01-proposed");

        // --- confirm the year's proposals ---
        page.confirmProposals();
        assertAll("confirmed",
                () -> assertFalse(page.origins().contains(label("PROPOSED")), page.origins().toString()),
                () -> assertTrue(page.origins().contains(label("CONFIRMED"))),
                () -> assertFalse(page.canConfirmProposals(), "nothing left to confirm"));

        // --- add one ---
        String added = digits(YEAR + "/05/01");
        page.add(added, "تعطیلی آزمایشی استان", "Provincial test holiday");
        assertAll("added",
                () -> assertEquals(List.of(fa("calendar.added", added)), page.messages()),
                () -> assertEquals(label("ADDED"), page.originOf(added)),
                () -> assertTrue(page.names().contains("تعطیلی آزمایشی استان")));
        browser.screenshot("CalendarBrowserIT.02-added");

        // --- a list with an impossible date and a bad line: told by line, nothing brought in ---
        Path dir = Evidence.directory("CalendarBrowserIT");
        Path bad = Evidence.write(dir, "bad.csv", (YEAR + "/05/02,روز نخست\n" + YEAR + "/07/31,سی و یکم مهر\nبی تاریخ\n")
                .getBytes(StandardCharsets.UTF_8));
        CalendarPage afterBad = page.importCsv(bad);
        List<String> told = afterBad.messages();
        assertAll("refused",
                () -> assertTrue(told.contains(fa("calendar.import.rejected", "۲")), told.toString()),
                () -> assertTrue(told.contains(fa("calendar.import.badDate", "۲", YEAR + "/07/31")), told.toString()),
                () -> assertTrue(told.contains(fa("calendar.import.badLine", "۳", "بی تاریخ")), told.toString()),
                () -> assertFalse(afterBad.dates().contains(digits(YEAR + "/05/02")), "nothing brought in"));
        browser.screenshot("CalendarBrowserIT.03-import-refused");

        // --- a good list ---
        Path good = Evidence.write(dir, "good.csv", ("\uFEFF" + digits(YEAR + "/05/02") + "،روز نخست،Day one\n")
                .getBytes(StandardCharsets.UTF_8));
        CalendarPage afterGood = afterBad.importCsv(good);
        assertAll("brought in",
                () -> assertEquals(List.of(fa("calendar.imported", "۱", "۰", "۰")), afterGood.messages()),
                () -> assertEquals(label("ADDED"), afterGood.originOf(digits(YEAR + "/05/02"))));
        browser.screenshot("CalendarBrowserIT.04-imported");
    }

    @Test
    void aDeadlineTypedOnAHolidayShowsMovedToTheNextWorkingDay(Browser browser) {
        // next year's 1 Farvardin: Nowruz, a fixed holiday (and 2–4 Farvardin after it)
        LocalDate today = JalaliDates.today();
        LocalDate nowruz = JalaliDates.of(JalaliDates.fields(today)[0] + 1, 1, 1);
        Due due = WorkingCalendar.builtIn(Weekend.of(false)).onWorkingDay(nowruz);
        assertTrue(due.moved());

        ComplaintPathBrowserIT.signIn(browser, Accounts.HERA).go("complaints-new");
        ComplaintForm form = new ComplaintForm(browser);
        form.agency(ComplaintPathBrowserIT.POST_BANK).kind(fa("enum.ComplaintKind.GUARANTEE_DEMANDED"))
                .occurredOn(digits(JalaliDates.toJalali(today)))
                .description("شعبه برای ارائه خدمت، ضمانت‌نامه بانکی خواست که در مصوبه نیامده است.").submit();
        long id = new ComplaintPage(browser).id();

        ComplaintPathBrowserIT.signIn(browser, Accounts.DABIR);
        ComplaintPage triaged = ComplaintPage.open(browser, id)
                .triage(fa("enum.Priority.LOW"), digits(JalaliDates.toJalali(nowruz)));
        browser.screenshot("CalendarBrowserIT.05-deadline-moved");
        assertAll("moved off Nowruz",
                () -> assertEquals(digits(JalaliDates.toJalali(due.date())), triaged.text(ComplaintPage.DEADLINE)),
                () -> assertEquals(fa("deadline.moved", digits(JalaliDates.toJalali(nowruz))),
                        triaged.text(By.id("complaint-deadline-moved"))));
    }
}
