package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.calendar.Weekend;
import ir.pishkhan.portal.domain.calendar.WorkingCalendar;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolution 3, in Persian: the office حرا reports from its menu that the telecom company cut off its systems; the
 * complaint is filed urgent and linked to resolutions 3 and 8 without anyone choosing them, and the secretariat's
 * triage starts from those.
 */
@BrowserTest
class CutOffBrowserIT {

    static final String DESCRIPTION = "سامانهٔ مخابرات دفتر از امروز صبح بدون مصوبهٔ کارگروه قطع شده و خدمات متوقف است.";

    @Test
    void aReportedCutOffIsUrgentAndUnderResolutions3And8(Browser browser) {
        ComplaintPathBrowserIT.signIn(browser, Accounts.HERA).go("complaints-cutoff");
        ComplaintForm form = new ComplaintForm(browser);
        assertAll("the form, ready for a cut-off",
                () -> assertEquals(fa("enum.ComplaintKind.SYSTEMS_CUT_OFF"), form.selected("complaint:kind")),
                () -> assertEquals(fa("complaint.kind.urgent"), browser.text(By.id("complaint:urgent")).trim()),
                () -> assertEquals(List.of("۳", "۸"), form.suggestedResolutions()));
        browser.screenshot("CutOffBrowserIT.01-form");
        String today = PersianText.toPersianDigits(JalaliDates.toJalali(JalaliDates.today()));
        form.agency(LineRequestPathBrowserIT.TELECOM).occurredOn(today).description(DESCRIPTION).submit();

        ComplaintPage filed = new ComplaintPage(browser);
        String resolutions = filed.text(ComplaintPage.RESOLUTIONS);
        assertAll("filed urgent, under 3 and 8",
                () -> assertEquals(fa("enum.ComplaintStatus.SUBMITTED"), filed.status()),
                () -> assertEquals(fa("enum.Priority.URGENT"), browser.text(By.id("complaint-priority")).trim()),
                () -> assertTrue(resolutions.contains(fa("resolution.numbered") + " ۳"), resolutions),
                () -> assertTrue(resolutions.contains(fa("resolution.numbered") + " ۸"), resolutions),
                () -> assertEquals("—", filed.text(ComplaintPage.DEADLINE), "the secretariat sets the deadline"));
        long id = filed.id();
        browser.screenshot("CutOffBrowserIT.02-filed");

        // the secretariat's triage starts from the complaint's own links and priority
        ComplaintPathBrowserIT.signIn(browser, Accounts.DABIR);
        ComplaintPage atSecretariat = ComplaintPage.open(browser, id);
        assertEquals(List.of("۳", "۸"), atSecretariat.tickedResolutions().stream()
                .map(l -> l.replaceAll("[^۰-۹]", "")).toList());
        assertEquals(fa("enum.Priority.URGENT"), PF.selectedLabel(browser, "triage-form:priority"));
        ComplaintPage triaged = atSecretariat.triage(fa("enum.Priority.URGENT"), null);
        String due = PersianText.toPersianDigits(JalaliDates.toJalali(
                WorkingCalendar.builtIn(Weekend.of(false)).plusWorkingDays(JalaliDates.today(), 3)));
        assertEquals(due, triaged.text(ComplaintPage.DEADLINE), "the urgent period: three working days");
    }
}
