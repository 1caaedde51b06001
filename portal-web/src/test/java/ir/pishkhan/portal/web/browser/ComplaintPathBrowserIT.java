package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.calendar.Weekend;
import ir.pishkhan.portal.domain.calendar.WorkingCalendar;

import ir.pishkhan.portal.domain.workflow.ListOrder;

import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static ir.pishkhan.portal.web.browser.Texts.en;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The path, each person in turn, in Persian: the office حرا complains that پست بانک demanded a guarantee
 * other than the teacher insurance policy; the secretariat finds it in its queue by the tracking number, triages
 * it (the portal proposes resolutions 11 and 12), forwards it; Post Bank's liaison answers with a file; the
 * secretariat resolves it; the office reads the outcome and the timeline and downloads the agency's file. Notes
 * of the secretariat and of the guild stay with the staff.
 */
@BrowserTest
class ComplaintPathBrowserIT {

    static final Locale FA = Locale.forLanguageTag("fa");
    static final String POST_BANK = "پست بانک";
    static final String DESCRIPTION = "شعبه مرکزی پست بانک برای واگذاری خدمات، ضمانت‌نامه بانکی خواست و بیمه‌نامه معلم را"
            + " نپذیرفت. <script>alert(1)</script> این برخلاف مصوبه ۱۱ است.";
    /**
     * A file name with markup in it («&lt;/b&gt;» has a slash, which no file name on disk can hold): PrimeFaces
     * refuses "&lt;" and "&gt;" in an uploaded file's name (with the other characters Windows forbids).
     */
    static final String MARKUP_NAME = "نامه شعبه <b>x <img src=x onerror=alert(2)>.pdf";
    /** A name the upload takes, with markup escaped in it: shown as typed, never as a tag or unescaped. */
    static final String PDF_NAME = "نامه شعبه &lt;b&gt;x&amp;y ;alert(3).pdf";
    static final String PNG_NAME = "رسید-بیمه-معلم.png";
    static final String INTERNAL_NOTE = "یادداشت داخلی دبیرخانه: رئیس شعبه پیش‌تر هم تذکر گرفته است.";
    static final String FORWARD_NOTE = "لطفاً ظرف مهلت تعیین‌شده پاسخ دهید.";
    static final String ANSWER = "بیمه‌نامه معلم پذیرفته شد و درخواست ضمانت‌نامه بانکی لغو گردید.";
    static final String GUILD_NOTE = "یادداشت انجمن صنفی: دفاتر دیگر هم همین مشکل را با این شعبه داشته‌اند.";
    static final String OUTCOME = "پست بانک بیمه‌نامه معلم را پذیرفت؛ شکایت مختومه شد.";

    @Test
    void aGuaranteeDemandGoesFromTheOfficeThroughTheSecretariatAndTheAgencyToItsOutcome(Browser browser) {
        Path dir = Evidence.directory("ComplaintPathBrowserIT");
        byte[] pdf = Evidence.pdf();
        byte[] png = Evidence.png();
        Path pdfFile = Evidence.write(dir, PDF_NAME, pdf);
        Path pngFile = Evidence.write(dir, PNG_NAME, png);
        LocalDate today = LocalDate.now(JalaliDates.ZONE);
        String occurred = PersianText.toPersianDigits(JalaliDates.toJalali(today.minusDays(2)));

        // --- the office files it ---
        signIn(browser, Accounts.HERA).go("complaints-new");
        ComplaintForm form = new ComplaintForm(browser);
        form.agency(POST_BANK).kind(fa("enum.ComplaintKind.GUARANTEE_DEMANDED"));
        assertEquals(List.of("۱۱", "۱۲"), form.suggestedResolutions(), "the form names the resolutions of the kind");
        form.occurredOn(occurred).official("رئیس شعبه مرکزی").description(DESCRIPTION)
                .attach(Evidence.write(dir, MARKUP_NAME, pdf));
        browser.screenshot("ComplaintPathBrowserIT.01-filing-form");
        form.submit();
        // the name with "<" is refused at the file field, in Persian; the rest is kept, the file is to choose again
        form = new ComplaintForm(browser);
        assertNoAlert(browser);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", browser.find(ComplaintForm.FILES));
        browser.screenshot("ComplaintPathBrowserIT.01-file-name-refused");
        // (which of its checks PrimeFaces names depends on the server's system: each has the portal's Persian text)
        assertTrue(List.of(fa("primefaces.FileValidator.FILENAME_INVALID_CHAR", MARKUP_NAME, "<"),
                        fa("primefaces.FileValidator.FILENAME_INVALID_LINUX", MARKUP_NAME),
                        fa("primefaces.FileValidator.FILENAME_INVALID_WINDOWS", MARKUP_NAME))
                .contains(form.fieldMessage("complaint:files")), form.fieldMessage("complaint:files"));
        assertEquals(DESCRIPTION, form.value(ComplaintForm.DESCRIPTION));
        assertEquals(occurred, form.value(ComplaintForm.OCCURRED));
        assertEquals(POST_BANK, form.selected(ComplaintForm.AGENCY));
        form.attach(pdfFile).submit();

        ComplaintPage filed = new ComplaintPage(browser);
        long id = filed.id();
        String tracking = filed.tracking();
        browser.screenshot("ComplaintPathBrowserIT.02-filed");
        assertNoAlert(browser);
        assertAll("the tracking number at once, and what was filed shown as text",
                () -> assertEquals(PersianText.toPersianDigits(JalaliDates.fields(today)[0] + "-" + id), tracking,
                        "the tracking number: the Jalali year and the id, Persian digits"),
                () -> assertEquals(List.of(fa("complaint.filed", tracking)), filed.messages()),
                () -> assertEquals(fa("enum.ComplaintStatus.SUBMITTED"), filed.status()),
                () -> assertEquals(POST_BANK, filed.text(ComplaintPage.AGENCY)),
                () -> assertEquals(DESCRIPTION, filed.text(ComplaintPage.DESCRIPTION), "the description, tags and all, as text"),
                () -> assertEquals(0, scriptsAndImagesIn(browser, "#complaint-description, #timeline"),
                        "no element was made of the typed markup"),
                () -> assertEquals(List.of(PDF_NAME), List.copyOf(filed.attachments().keySet()), "the file name as text"),
                () -> assertTrue(browser.find(By.cssSelector(".facts")).getText().contains(occurred), "the date typed"),
                () -> assertEquals(List.of(fa("enum.ComplaintAction.FILE")), filed.timelineActions()));
        String pdfLink = filed.attachments().get(PDF_NAME);

        // --- the secretariat finds it in the queue by its tracking number, typed in Persian digits ---
        signIn(browser, Accounts.DABIR).go("complaints");
        ComplaintQueue queue = new ComplaintQueue(browser);
        assertEquals(fa("complaints.title.SECRETARIAT"), queue.title());
        queue.text(tracking).search();
        assertEquals(List.of(tracking), queue.trackings(), "the tracking number finds the one complaint");
        ComplaintPage page = queue.openComplaint(tracking);
        assertEquals(id, page.id());
        assertNoAlert(browser);
        assertEquals(List.of("۱۱", "۱۲"), page.tickedResolutions(), "resolutions 11 and 12 proposed from the kind");
        // each with the first words of its text, the whole text on demand
        String eleven = Seed.textFa(11);
        assertTrue(page.tickedResolutionLabels().get(0).startsWith("۱۱ — " + String.join(" ",
                List.of(eleven.trim().split("\\s+")).subList(0, 4))), page.tickedResolutionLabels().toString());
        assertFalse(browser.find(By.id("resolution-texts")).getText().contains(eleven), "the texts folded away");
        browser.find(By.cssSelector("#resolution-texts summary")).click();
        assertTrue(browser.find(By.id("resolution-texts")).getText().replaceAll("\\s+", " ")
                .contains(eleven.trim().replaceAll("\\s+", " ")), "resolution 11's text on demand");
        browser.screenshot("ComplaintPathBrowserIT.03-triage-form");

        page = page.triage(fa("enum.Priority.HIGH"), null);
        // the priority's period counts working days (the working calendar's issue): on the built-in calendar, as no
        // browser test changes the holidays of the coming weeks
        LocalDate due = WorkingCalendar.builtIn(Weekend.of(false)).plusWorkingDays(today, Priority.HIGH.responseWorkingDays());
        String deadline = JalaliDates.format(due, FA);
        ComplaintPage triaged = page;
        assertAll("triaged",
                () -> assertEquals(List.of(fa("complaint.done.TRIAGE")), triaged.messages()),
                () -> assertEquals(fa("enum.ComplaintStatus.TRIAGED"), triaged.status()),
                () -> assertEquals(deadline, triaged.text(ComplaintPage.DEADLINE),
                        "the priority's period (the resolutions' own deadlines of 1391 have passed)"),
                () -> assertEquals(fa("resolution.numbered") + " ۱۱، " + fa("resolution.numbered") + " ۱۲",
                        triaged.text(ComplaintPage.RESOLUTIONS)));

        page = page.act("INTERNAL_NOTE", INTERNAL_NOTE);
        assertEquals(List.of(fa("complaint.done.INTERNAL_NOTE")), page.messages());
        ComplaintPage.Event note = last(page.timeline());
        assertEquals(fa("enum.ComplaintAction.INTERNAL_NOTE"), note.action());
        assertEquals(INTERNAL_NOTE, note.text());
        assertTrue(note.isVisibility("SECRETARIAT"), note.cssClass());

        page = page.act("FORWARD", FORWARD_NOTE);
        assertEquals(List.of(fa("complaint.done.FORWARD")), page.messages());
        assertEquals(fa("enum.ComplaintStatus.FORWARDED"), page.status());
        browser.screenshot("ComplaintPathBrowserIT.04-forwarded");

        // --- Post Bank's liaison: its list, earliest deadline (overdue) first ---
        signIn(browser, Accounts.POSTBANK).go("complaints");
        queue = new ComplaintQueue(browser);
        assertEquals(fa("complaints.title.AGENCY_LIAISON"), queue.title());
        assertEquals(fa("enum.ListOrder.DEADLINE_EARLIEST"), PF.selectedLabel(browser, ComplaintQueue.FORM + ":sort"));
        assertTrue(queue.trackings().contains(tracking), "forwarded: the agency sees it " + queue.trackings());
        List<String> deadlines = queue.column(fa("complaint.deadline")).stream()
                .map(d -> d.replace(fa("complaint.overdue"), "").trim()).toList();
        assertEquals(deadlines.stream().sorted(ComplaintPathBrowserIT::byDeadline).toList(), deadlines,
                "earliest deadline first, none last");
        browser.screenshot("ComplaintPathBrowserIT.05-agency-list");
        page = queue.openComplaint(tracking);
        assertFalse(page.shows(INTERNAL_NOTE), "the secretariat's internal note is not the agency's to read");
        assertEquals(List.of("ANSWER"), page.offered());
        page = page.act("ANSWER", ANSWER, pngFile);
        assertEquals(List.of(fa("complaint.done.ANSWER")), page.messages());
        assertEquals(fa("enum.ComplaintStatus.ANSWERED"), page.status());
        assertEquals(List.of(PNG_NAME), last(page.timeline()).files());
        assertFalse(page.shows(INTERNAL_NOTE));

        // --- the guild follows up: a note the secretariat sees ---
        signIn(browser, Accounts.ANJOMAN);
        page = ComplaintPage.open(browser, id);
        page = page.act("GUILD_NOTE", GUILD_NOTE);
        assertEquals(List.of(fa("complaint.done.GUILD_NOTE")), page.messages());
        assertFalse(page.shows(INTERNAL_NOTE), "the guild does not read the secretariat's internal notes");
        assertTrue(last(page.timeline()).isVisibility("STAFF"));

        // --- the secretariat reads both notes and resolves it ---
        signIn(browser, Accounts.DABIR);
        page = ComplaintPage.open(browser, id);
        List<String> seenBySecretariat = page.timeline().stream().map(ComplaintPage.Event::text).toList();
        assertTrue(seenBySecretariat.contains(INTERNAL_NOTE) && seenBySecretariat.contains(GUILD_NOTE), seenBySecretariat.toString());
        page = page.act("RESOLVE", OUTCOME);
        assertEquals(List.of(fa("complaint.done.RESOLVE")), page.messages());
        assertEquals(fa("enum.ComplaintStatus.RESOLVED"), page.status());
        browser.js("document.getElementById('timeline').scrollIntoView();");
        browser.screenshot("ComplaintPathBrowserIT.06-resolved-secretariat-timeline");

        // --- the office reads the outcome ---
        signIn(browser, Accounts.HERA).go("complaints");
        queue = new ComplaintQueue(browser);
        assertEquals(fa("complaints.title.OFFICE_OPERATOR"), queue.title());
        page = queue.openComplaint(tracking);
        browser.screenshot("ComplaintPathBrowserIT.07-resolved-office");
        assertNoAlert(browser);
        ComplaintPage atOffice = page;
        assertAll("what the office sees at the end",
                () -> assertEquals("مختومه", atOffice.status()),
                () -> assertEquals(OUTCOME, atOffice.text(ComplaintPage.OUTCOME)),
                () -> assertEquals(List.of("ثبت شکایت", "بررسی اولیه", "ارجاع به دستگاه", "پاسخ دستگاه", "مختومه کردن"),
                        atOffice.timelineActions(), "the timeline, in order"),
                () -> assertEquals(List.of(fa("enum.ComplaintAction.FILE"), fa("enum.ComplaintAction.TRIAGE"),
                        fa("enum.ComplaintAction.FORWARD"), fa("enum.ComplaintAction.ANSWER"),
                        fa("enum.ComplaintAction.RESOLVE")), atOffice.timelineActions(), "the bundle's own labels"),
                () -> assertFalse(atOffice.shows(INTERNAL_NOTE), "the internal note is not the office's to read"),
                () -> assertFalse(atOffice.shows(GUILD_NOTE), "the guild's note is not the office's to read"),
                () -> assertTrue(atOffice.timeline().stream().allMatch(e -> e.isVisibility("PUBLIC"))),
                () -> assertEquals(fa("timeline.triage", fa("resolution.numbered") + " ۱۱، " + fa("resolution.numbered") + " ۱۲",
                        fa("enum.Priority.HIGH"), deadline), atOffice.timeline().get(1).text(), "the triage in words"),
                () -> assertEquals(FORWARD_NOTE, atOffice.timeline().get(2).text()),
                () -> assertEquals(ANSWER, atOffice.timeline().get(3).text()),
                () -> assertEquals(OUTCOME, atOffice.timeline().get(4).text()),
                () -> assertEquals(DESCRIPTION, atOffice.text(ComplaintPage.DESCRIPTION)),
                () -> assertEquals(List.of(), atOffice.offered(), "nothing left to do on a closed complaint"));

        // the agency's file and the office's own, downloaded with the office's session
        Map<String, String> files = page.attachments();
        assertEquals(List.of(PDF_NAME, PNG_NAME), List.copyOf(files.keySet()));
        assertEquals(pdfLink, files.get(PDF_NAME));
        HttpResponse<byte[]> answerFile = browser.download(files.get(PNG_NAME));
        HttpResponse<byte[]> ownFile = browser.download(files.get(PDF_NAME));
        assertAll("downloads",
                () -> assertEquals(200, answerFile.statusCode()),
                () -> assertEquals("image/png", mediaType(answerFile), "served as the type its content was checked to be"),
                () -> assertArrayEquals(png, answerFile.body(), "the liaison's PNG, byte for byte"),
                () -> assertTrue(answerFile.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                        "sent as a download, never shown as a page of the portal"),
                () -> assertEquals(200, ownFile.statusCode()),
                () -> assertEquals("application/pdf", mediaType(ownFile)),
                () -> assertArrayEquals(pdf, ownFile.body()));

        // English second: the same page left to right, Latin digits, ISO dates
        Layout english = new Layout(browser).switchLanguage("en");
        ComplaintPage inEnglish = new ComplaintPage(browser);
        assertAll("in English",
                () -> assertEquals("ltr", english.htmlDir()),
                () -> assertEquals(PersianText.toAsciiDigits(tracking), inEnglish.tracking()),
                () -> assertEquals(en("enum.ComplaintStatus.RESOLVED"), inEnglish.status()),
                () -> assertEquals(List.of(en("enum.ComplaintAction.FILE"), en("enum.ComplaintAction.TRIAGE"),
                        en("enum.ComplaintAction.FORWARD"), en("enum.ComplaintAction.ANSWER"),
                        en("enum.ComplaintAction.RESOLVE")), inEnglish.timelineActions()),
                () -> assertEquals(en("timeline.triage", en("resolution.numbered") + " 11, " + en("resolution.numbered") + " 12",
                        en("enum.Priority.HIGH"), due.toString()),
                        inEnglish.timeline().get(1).text()),
                () -> assertEquals(due.toString(), inEnglish.text(ComplaintPage.DEADLINE)),
                () -> assertEquals(en("resolution.numbered") + " 11, " + en("resolution.numbered") + " 12",
                        inEnglish.text(ComplaintPage.RESOLUTIONS)));
        browser.screenshot("ComplaintPathBrowserIT.08-resolved-office-en");
    }

    /** The Content-Type's media type. (Its parameters are not: the container adds web.xml's charset=UTF-8 to every type.) */
    static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    static Layout signIn(Browser browser, Accounts.Account account) {
        browser.reset();
        return LoginPage.open(browser).loginAs(account);
    }

    static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    /** No script of the page opened an alert (typed markup run as code would). */
    static void assertNoAlert(Browser browser) {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "an alert is open");
    }

    static long scriptsAndImagesIn(Browser browser, String css) {
        Long n = browser.js("var n = 0; document.querySelectorAll(arguments[0]).forEach(function (e) {"
                + " n += e.querySelectorAll('script, img, b').length; }); return n;", css);
        return n;
    }

    /** Jalali dates as shown (Persian digits, zero-padded: they sort as text); "" (no deadline) last. */
    static int byDeadline(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        return a.compareTo(b);
    }
}
