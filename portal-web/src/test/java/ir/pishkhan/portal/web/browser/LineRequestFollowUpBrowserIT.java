package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.FA;
import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.last;
import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.LineRequestPathBrowserIT.TELECOM;
import static ir.pishkhan.portal.web.browser.Texts.en;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What happens to a line request after it is sent, each person in turn, in Persian: the office disputes an
 * installation that does not work, and the request goes back to the provider's work queue until it is installed
 * again and confirmed; a request cancelled before it is sent is closed and never reaches the provider; the lists'
 * filters narrow to what they name on requests filed here through the form; and the list and the page in English.
 */
@BrowserTest
class LineRequestFollowUpBrowserIT {

    static final String ICT = "اداره کل ارتباطات و فناوری اطلاعات استان";
    static final String DISPUTE_TEXT = "خط دیتا نصب شد ولی مودم چراغ اتصال ندارد و سامانه‌ها باز نمی‌شوند.";
    static final String INSTALL_NOTE = "خط دیتا روی پورت ۳ مرکز نصب شد.";
    static final String RESCHEDULE_NOTE = "کارشناس فنی برای بررسی مودم می‌آید.";
    static final String CONFIRM_NOTE = "پس از تعویض مودم خط کار می‌کند.";
    /** A Jalali date and time with Persian digits at the end of a timeline entry's "role · user · when". */
    static final String PERSIAN_WHEN = ".* · [۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}$";

    @Test
    void aDisputedInstallationGoesBackToTheProviderUntilTheOfficeConfirms(Browser browser) {
        LocalDate today = LocalDate.now(JalaliDates.ZONE);
        LineRequestPage page = LineRequestPathBrowserIT.request(browser);
        String tracking = page.tracking();
        long id = page.id();

        // --- the telecom liaison installs it straight away ---
        signIn(browser, Accounts.TELECOM);
        page = LineRequestPage.open(browser, id).act("INSTALL", INSTALL_NOTE);
        assertEquals(fa("enum.LineRequestStatus.INSTALLED"), page.status());

        // --- the office: it does not work ---
        signIn(browser, Accounts.HERA).go("lines");
        page = new LineRequestList(browser).openRequest(tracking);
        assertEquals(List.of("CONFIRM", "DISPUTE"), page.offered());
        page = page.dispute(fa("enum.DisputeReason.NOT_WORKING"), DISPUTE_TEXT);
        browser.screenshot("LineRequestFollowUpBrowserIT.01-disputed");
        LineRequestPage disputed = page;
        LineRequestPage.Event dispute = last(page.timeline());
        assertAll("disputed",
                () -> assertEquals(List.of(fa("lineRequest.done.DISPUTE")), disputed.messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.DISPUTED"), disputed.status()),
                () -> assertEquals(List.of(), disputed.offered(), "with the provider now: nothing for the office to do"),
                () -> assertEquals(fa("enum.LineRequestAction.DISPUTE"), dispute.action()),
                () -> assertEquals("— " + fa("enum.LineRequestStatus.INSTALLED") + fa("timeline.arrow")
                        + fa("enum.LineRequestStatus.DISPUTED"), dispute.states(), "the change of state in words"),
                () -> assertEquals(fa("enum.DisputeReason.NOT_WORKING") + "\n" + DISPUTE_TEXT, dispute.text(),
                        "the reason in words, then what the office wrote"),
                () -> assertTrue(dispute.isVisibility("PUBLIC")),
                () -> assertTrue(dispute.meta().contains(fa("enum.Role.OFFICE_OPERATOR")), dispute.meta()),
                () -> assertTrue(dispute.meta().contains(JalaliDates.format(today, FA)), "today, Jalali: " + dispute.meta()),
                () -> assertTrue(dispute.meta().matches(PERSIAN_WHEN), dispute.meta()));

        // --- the liaison finds it in its queue again, disputed ---
        signIn(browser, Accounts.TELECOM).go("lines");
        LineRequestList queue = new LineRequestList(browser);
        assertEquals(fa("enum.LineRequestStatus.DISPUTED"), queue.cell(tracking, fa("lineRequest.status")));
        queue.status(fa("enum.LineRequestStatus.DISPUTED")).search();
        assertTrue(queue.trackings().contains(tracking), "among the disputed ones: " + queue.trackings());
        assertTrue(queue.column(fa("lineRequest.status")).stream().allMatch(fa("enum.LineRequestStatus.DISPUTED")::equals),
                queue.column(fa("lineRequest.status")).toString());
        browser.screenshot("LineRequestFollowUpBrowserIT.02-liaison-queue-disputed");
        page = queue.openRequest(tracking);
        assertEquals(List.of("SCHEDULE", "INSTALL", "REFUSE"), page.offered());
        assertEquals(fa("enum.DisputeReason.NOT_WORKING") + "\n" + DISPUTE_TEXT, last(page.timeline()).text(),
                "the liaison reads why");

        String date = PersianText.toPersianDigits(JalaliDates.toJalali(today.plusDays(3)));
        page = page.schedule(date, RESCHEDULE_NOTE);
        assertEquals(List.of(fa("lineRequest.done.SCHEDULE")), page.messages());
        assertEquals(fa("enum.LineRequestStatus.SCHEDULED"), page.status());
        assertEquals(date, page.text("line-scheduled"));
        page = page.act("INSTALL", null);
        assertEquals(List.of(fa("lineRequest.done.INSTALL")), page.messages());
        assertEquals(fa("enum.LineRequestStatus.INSTALLED"), page.status());

        // --- the office confirms this time ---
        signIn(browser, Accounts.HERA);
        page = LineRequestPage.open(browser, id);
        assertEquals(List.of("CONFIRM", "DISPUTE"), page.offered());
        page = page.act("CONFIRM", CONFIRM_NOTE);
        browser.js("document.getElementById('timeline').scrollIntoView();");
        browser.screenshot("LineRequestFollowUpBrowserIT.03-confirmed-timeline");
        LineRequestPage confirmed = page;
        List<LineRequestPage.Event> timeline = page.timeline();
        assertAll("confirmed after the dispute",
                () -> assertEquals(List.of(fa("lineRequest.done.CONFIRM")), confirmed.messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.CONFIRMED"), confirmed.status()),
                () -> assertEquals(List.of(), confirmed.offered(), "closed: nothing left to do"),
                () -> assertEquals(List.of(fa("enum.LineRequestAction.FILE"), fa("enum.LineRequestAction.SEND"),
                        fa("enum.LineRequestAction.INSTALL"), fa("enum.LineRequestAction.DISPUTE"),
                        fa("enum.LineRequestAction.SCHEDULE"), fa("enum.LineRequestAction.INSTALL"),
                        fa("enum.LineRequestAction.CONFIRM")), confirmed.timelineActions()),
                () -> assertEquals(INSTALL_NOTE, timeline.get(2).text()),
                () -> assertEquals(fa("lineRequest.scheduledFor") + ": " + date + "\n" + RESCHEDULE_NOTE, timeline.get(4).text(),
                        "the new date in words, Jalali, Persian digits"),
                () -> assertEquals(CONFIRM_NOTE, timeline.get(6).text()),
                () -> assertTrue(timeline.get(4).states().endsWith(fa("enum.LineRequestStatus.SCHEDULED")), timeline.get(4).states()),
                () -> assertTrue(timeline.get(4).states().contains(fa("enum.LineRequestStatus.DISPUTED")), timeline.get(4).states()),
                () -> assertTrue(timeline.stream().allMatch(e -> e.meta().matches(PERSIAN_WHEN)),
                        "every entry dated in Jalali with Persian digits: " + timeline.stream().map(LineRequestPage.Event::meta).toList()),
                () -> assertFalse(browser.text(By.id("timeline")).matches("(?s).*(reason=|scheduledFor=|NOT_WORKING|DISPUTED|[0-9]).*"),
                        "no raw data, no Latin digits: " + browser.text(By.id("timeline"))));
    }

    @Test
    void aRequestCancelledBeforeSendingIsClosedAndNeverReachesTheProvider(Browser browser) {
        String note = "خط تلفن دوم برای باجه؛ این درخواست پیش از ارسال لغو می‌شود " + marker() + ".";
        String reason = "دفتر خط را از شرکت دیگری گرفت.";
        signIn(browser, Accounts.HERA);
        LineRequestPage page = file(browser, TELECOM, "FIXED_LINE", "۱", LineRequestPathBrowserIT.ADDRESS, note);
        String tracking = page.tracking();
        long id = page.id();
        assertEquals(fa("enum.LineRequestStatus.REQUESTED"), page.status());
        assertEquals(List.of("SEND", "CANCEL"), page.offered());
        assertEquals(fa("lineRequest.deadline.whenSent"), page.text("line-deadline"));

        page = page.act("CANCEL", reason);
        browser.screenshot("LineRequestFollowUpBrowserIT.04-cancelled");
        LineRequestPage cancelled = page;
        assertAll("cancelled",
                () -> assertEquals(List.of(fa("lineRequest.done.CANCEL")), cancelled.messages()),
                () -> assertEquals(fa("enum.LineRequestStatus.CANCELLED"), cancelled.status()),
                () -> assertEquals(List.of(), cancelled.offered(), "no action offered any more"),
                () -> assertFalse(cancelled.has("actions")),
                () -> assertEquals(List.of(fa("enum.LineRequestAction.FILE"), fa("enum.LineRequestAction.CANCEL")),
                        cancelled.timelineActions()),
                () -> assertEquals(reason, last(cancelled.timeline()).text()),
                () -> assertTrue(last(cancelled.timeline()).states().endsWith(fa("enum.LineRequestStatus.CANCELLED")),
                        last(cancelled.timeline()).states()));
        LineRequestList own = LineRequestList.open(browser).text(tracking).search();
        assertEquals(List.of(tracking), own.trackings());
        assertEquals(fa("enum.LineRequestStatus.CANCELLED"), own.cell(tracking, fa("lineRequest.status")));

        // --- the telecom liaison never sees it: not in its queue, however searched, and its address is 404 ---
        signIn(browser, Accounts.TELECOM).go("lines");
        LineRequestList queue = new LineRequestList(browser);
        assertFalse(queue.trackings().contains(tracking), queue.trackings().toString());
        assertEquals(List.of(), queue.text(tracking).search().trackings(), "searched by its tracking number");
        assertEquals(List.of(), LineRequestList.open(browser).text(marker(note)).search().trackings(), "searched by its words");
        assertEquals(List.of(), LineRequestList.open(browser).status(fa("enum.LineRequestStatus.CANCELLED")).search().trackings(),
                "no cancelled request is ever the provider's");
        ComplaintAccessBrowserIT.assertRefused(browser, LineRequestPage.PATH + "?id=" + id, 404, note);

        // the secretariat sees it, closed: only its follow-up note is offered
        signIn(browser, Accounts.DABIR);
        page = LineRequestPage.open(browser, id);
        assertEquals(fa("enum.LineRequestStatus.CANCELLED"), page.status());
        assertEquals(List.of("SECRETARIAT_NOTE"), page.offered());
    }

    @Test
    void theListsFiltersNarrowToWhatTheyName(Browser browser) {
        String marker = marker();
        String kartkhan = "خط پشتیبان برای دستگاه‌های کارت‌خوان " + marker;
        // hera files three through the form: a data line of telecom (sent), a fixed line of telecom (not sent),
        // internet of the ICT directorate (sent); newest first in her list
        signIn(browser, Accounts.HERA);
        LineRequestPage p0 = file(browser, TELECOM, "DATA_LINE", "۲", "تهران، خیابان کارگر، پلاک ۵", kartkhan);
        String r0 = p0.tracking();
        p0.act("SEND", null);
        String r1 = file(browser, TELECOM, "FIXED_LINE", "۱", "تهران، میدان ولیعصر", "خط تلفن برای میز مشترکین " + marker).tracking();
        LineRequestPage p2 = file(browser, ICT, "INTERNET", "۱", "کرج، بلوار جمهوری", "اینترنت پرسرعت برای پیشخوان " + marker);
        String r2 = p2.tracking();
        p2.act("SEND", null);

        new Layout(browser).go("lines");
        LineRequestList list = new LineRequestList(browser);
        assertTrue(list.hasProviderFilter());
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        // Each filter of the form once, and one combination. How the search folds what people type (Arabic letter
        // forms, ZWNJs, spaces, a tracking number in either digits or case) is LineRequestRepositoryContract's, on
        // both databases; here one search as people type it shows the box's words reach that folding unchanged.
        checks.add(filter(browser, marker, "this run's word only", q -> { }, List.of(r2, r1, r0)));
        checks.add(filter(browser, marker, "status sent", q -> q.status(fa("enum.LineRequestStatus.SENT")), List.of(r2, r0)));
        checks.add(filter(browser, marker, "status requested or sent",
                q -> q.status(fa("enum.LineRequestStatus.REQUESTED")).status(fa("enum.LineRequestStatus.SENT")), List.of(r2, r1, r0)));
        checks.add(filter(browser, marker, "provider ICT", q -> q.provider(ICT), List.of(r2)));
        checks.add(filter(browser, marker, "kind data line", q -> q.kind(fa("enum.LineKind.DATA_LINE")), List.of(r0)));
        checks.add(filter(browser, marker, "sent to telecom",
                q -> q.status(fa("enum.LineRequestStatus.SENT")).provider(TELECOM), List.of(r0)));
        // Overdue: past the deadline while with the provider. A request sent today has its deadline ahead (the
        // resolutions' dates of 1391 have passed, the service period counts from today): none here is overdue.
        checks.add(filter(browser, marker, "overdue only", LineRequestList::overdueOnly, List.of()));
        // a tracking number typed in Latin digits, as shown in Persian ones: that one request, whatever the words
        checks.add(filter(browser, PersianText.toAsciiDigits(r1), "tracking number, Latin digits", q -> { }, List.of(r1)));
        // words as people type them: Arabic kaf and yeh, no zero-width non-joiner
        checks.add(filter(browser, marker + " كارتخوان دستگاههاي", "Arabic kaf and yeh, no ZWNJ", q -> { }, List.of(r0)));
        checks.add(filter(browser, marker + " کارگر پیشخوان", "all words must occur", q -> { }, List.of()));
        assertAll(checks);

        // the secretariat: every office's requests, with the office's column
        signIn(browser, Accounts.DABIR).go("lines");
        LineRequestList all = new LineRequestList(browser).text(marker).provider(TELECOM).search();
        assertEquals(List.of(r1, r0), all.trackings());
        assertEquals(List.of("حرا", "حرا"), all.column(fa("complaint.office")));

        // the telecom liaison: only what was sent to it; no provider filter
        signIn(browser, Accounts.TELECOM).go("lines");
        LineRequestList queue = new LineRequestList(browser);
        assertFalse(queue.hasProviderFilter());
        assertEquals(List.of(r0), queue.text(marker).search().trackings());
        assertEquals(List.of(), LineRequestList.open(browser).text(r1).search().trackings(), "not yet sent");
        assertEquals(List.of(), LineRequestList.open(browser).text(r2).search().trackings(), "another provider's");
    }

    @Test
    void theListAndThePageReadInEnglishLeftToRight(Browser browser) {
        LocalDate today = LocalDate.now(JalaliDates.ZONE);
        LineRequestPage page = LineRequestPathBrowserIT.request(browser);
        String tracking = page.tracking();
        long id = page.id();
        signIn(browser, Accounts.TELECOM);
        LineRequestPage.open(browser, id).schedule(PersianText.toPersianDigits(JalaliDates.toJalali(today.plusDays(2))),
                "کارشناس فنی روز نصب هماهنگ می‌کند.");

        signIn(browser, Accounts.HERA).go("lines");
        Layout english = new Layout(browser).switchLanguage("en");
        LineRequestList list = new LineRequestList(browser);
        String ascii = PersianText.toAsciiDigits(tracking);
        list.text(ascii).search();
        browser.screenshot("LineRequestFollowUpBrowserIT.05-list-en");
        LineRequestList inEnglish = list;
        assertAll("the list in English",
                () -> assertEquals("en", english.htmlLang()),
                () -> assertEquals("ltr", english.htmlDir()),
                () -> assertEquals("ltr", browser.find(By.tagName("body")).getCssValue("direction")),
                () -> assertEquals(en("lines.title.OFFICE_OPERATOR"), inEnglish.title()),
                () -> assertEquals(List.of(en("lineRequest.tracking"), en("lineRequest.provider"), en("lineRequest.kind"),
                        en("lineRequest.status"), en("lineRequest.age"), en("lineRequest.deadline")), inEnglish.headers()),
                () -> assertEquals(List.of(ascii), inEnglish.trackings()),
                () -> assertEquals("Provincial telecom company", inEnglish.cell(ascii, en("lineRequest.provider"))),
                () -> assertEquals(en("enum.LineKind.DATA_LINE") + " (2)", inEnglish.cell(ascii, en("lineRequest.kind"))),
                () -> assertEquals(en("enum.LineRequestStatus.SCHEDULED"), inEnglish.cell(ascii, en("lineRequest.status"))),
                () -> assertEquals("0", inEnglish.cell(ascii, en("lineRequest.age"))),
                () -> assertTrue(inEnglish.cell(ascii, en("lineRequest.deadline")).matches("\\d{4}-\\d{2}-\\d{2}"),
                        "an ISO date: " + inEnglish.cell(ascii, en("lineRequest.deadline"))),
                () -> assertEquals(en("complaints.count") + " 1", browser.text(LineRequestList.COUNT).trim()));

        page = list.openRequest(ascii);
        browser.screenshot("LineRequestFollowUpBrowserIT.06-page-en");
        LineRequestPage pageEn = page;
        List<LineRequestPage.Event> timeline = page.timeline();
        String scheduled = today.plusDays(2).toString();
        assertAll("the page in English",
                () -> assertEquals("ltr", new Layout(browser).htmlDir()),
                () -> assertEquals(en("lineRequest.numbered") + " " + ascii, browser.text(By.id("line-title")).trim()),
                () -> assertEquals(ascii, pageEn.tracking()),
                () -> assertEquals(en("enum.LineRequestStatus.SCHEDULED"), pageEn.status()),
                () -> assertEquals("Provincial telecom company", pageEn.text("line-provider")),
                () -> assertEquals(en("enum.LineKind.DATA_LINE"), pageEn.text("line-kind")),
                () -> assertEquals("2", pageEn.text("line-quantity")),
                () -> assertEquals(scheduled, pageEn.text("line-scheduled")),
                () -> assertTrue(pageEn.text("line-deadline").matches("(?s)\\d{4}-\\d{2}-\\d{2}.*"), pageEn.text("line-deadline")),
                () -> assertEquals(LineRequestPathBrowserIT.ADDRESS, pageEn.text("line-address"), "what the office typed stays Persian"),
                () -> assertEquals("plaintext", browser.find(By.id("line-address")).getCssValue("unicode-bidi"),
                        "the Persian address runs right to left in its own box"),
                () -> assertEquals(List.of(en("enum.LineRequestAction.FILE"), en("enum.LineRequestAction.SEND"),
                        en("enum.LineRequestAction.SCHEDULE")), pageEn.timelineActions()),
                () -> assertEquals(en("lineRequest.scheduledFor") + ": " + scheduled + "\n" + "کارشناس فنی روز نصب هماهنگ می‌کند.",
                        timeline.get(2).text()),
                () -> assertTrue(timeline.get(2).states().endsWith(en("enum.LineRequestStatus.SCHEDULED")), timeline.get(2).states()),
                () -> assertTrue(timeline.stream().allMatch(e -> e.meta().matches(".* · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$")),
                        "ISO dates and times: " + timeline.stream().map(LineRequestPage.Event::meta).toList()),
                () -> assertTrue(timeline.get(0).meta().contains(en("enum.Role.OFFICE_OPERATOR")), timeline.get(0).meta()),
                () -> assertFalse(browser.find(By.cssSelector(".facts")).getText().replace(LineRequestPathBrowserIT.ADDRESS, "")
                        .replace(LineRequestPathBrowserIT.NOTE, "").matches("(?s).*[۰-۹].*"),
                        "no Persian digits but in what the office typed: " + browser.find(By.cssSelector(".facts")).getText()));
    }

    /** Files a request through the form as the signed-in office (not sent); returns its page. */
    static LineRequestPage file(Browser browser, String provider, String kind, String quantity, String address, String note) {
        LineRequestForm.open(browser).provider(provider).kind(fa("enum.LineKind." + kind)).quantity(quantity)
                .address(address).note(note).submit();
        LineRequestPage page = new LineRequestPage(browser);
        assertEquals(List.of(fa("lineRequest.filed", page.tracking())), page.messages());
        return page;
    }

    /** Sets a filter on a fresh list page (with the text), searches, and checks the rows found. */
    private static org.junit.jupiter.api.function.Executable filter(Browser browser, String text, String name,
                                                                      Consumer<LineRequestList> set, List<String> expected) {
        LineRequestList list = LineRequestList.open(browser).text(text);
        set.accept(list);
        list.search();
        browser.screenshot("LineRequestFollowUpBrowserIT.filter-" + name);
        List<String> shown = list.trackings();
        int count = list.count();
        int overdue = list.overdueRows();
        List<String> messages = new Layout(browser).messages();
        return () -> assertAll(name,
                () -> assertEquals(expected, shown, "rows, newest first"),
                () -> assertEquals(expected.size(), count, "count"),
                () -> assertEquals(0, overdue, "rows marked overdue"),
                () -> assertEquals(List.of(), messages));
    }

    /** A word of this run only (Latin letters), so that other tests' requests stay out of the lists. */
    static String marker() {
        Random random = new Random();
        StringBuilder s = new StringBuilder("lines");
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** The run's word in a text made with {@link #marker()}. */
    private static String marker(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("lines[a-z]{6}").matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("No marker in " + text);
        }
        return m.group();
    }
}
