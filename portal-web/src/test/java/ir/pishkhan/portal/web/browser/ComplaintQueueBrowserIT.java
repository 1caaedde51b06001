package ir.pishkhan.portal.web.browser;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ir.pishkhan.portal.web.browser.ComplaintPathBrowserIT.signIn;
import static ir.pishkhan.portal.web.browser.Texts.fa;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secretariat's triage queue on more than a page of complaints: each filter narrows it to what it names
 * (status, agency, kind, resolution, office, overdue, a Jalali date range typed in Persian digits, text typed with
 * Arabic letter forms or without the zero-width non-joiner), and the pager walks it by key (next, previous, last,
 * first). The 25 complaints are filed through the portal's own filing form, posted over HTTP with the office's
 * session (faster than typing them); a word of this run in every description keeps other tests' complaints out.
 */
@BrowserTest
class ComplaintQueueBrowserIT {

    static final int FILED = 25;
    static final String POST_BANK = "پست بانک";
    static final String TELECOM = "شرکت مخابرات استان";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void filtersNarrowTheQueueAndThePagerWalksItByKey(Browser browser) {
        String marker = "queue" + randomLetters(6);
        LocalDate today = LocalDate.now(JalaliDates.ZONE);
        String occurred = PersianText.toPersianDigits(JalaliDates.toJalali(today.minusDays(4)));

        // office.aria files 25: every third against Post Bank (9), the rest against telecom (16); even ones a
        // guarantee demand (13), odd ones a cut-off (12); every fifth mentions «ضمانت‌نامه بانکی» (with the ZWNJ),
        // the one after it «ضمانتنامه» (without)
        signIn(browser, Accounts.ARIA);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < FILED; i++) {
            String text = marker + " شکایت شماره " + i + " برای آزمون صف بررسی."
                    + (i % 5 == 0 ? " دستگاه ضمانت‌نامه بانکی می‌خواهد." : "")
                    + (i % 5 == 1 ? " دستگاه ضمانتنامه خواسته است." : "");
            ids.add(fileOverHttp(browser, i % 3 == 0 ? POST_BANK : TELECOM, i % 2 == 0 ? "GUARANTEE_DEMANDED" : "SYSTEMS_CUT_OFF",
                    occurred, text));
        }
        assertEquals(FILED, new HashSet<>(ids).size());

        // the secretariat triages two: a guarantee demand (resolutions 11, 12) and a cut-off (3, 8, linked when filed)
        signIn(browser, Accounts.DABIR);
        for (long id : List.of(ids.get(0), ids.get(1))) {
            ComplaintPage p = ComplaintPage.open(browser, id).triage(fa("enum.Priority.NORMAL"), null);
            assertEquals(fa("enum.ComplaintStatus.TRIAGED"), p.status());
        }
        String year = String.valueOf(JalaliDates.fields(today)[0]);
        List<String> newestFirst = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            newestFirst.add(PersianText.toPersianDigits(year + "-" + ids.get(i)));
        }

        // --- paging: 25 of this run, newest first, 20 a page ---
        new Layout(browser).go("complaints");
        ComplaintQueue queue = new ComplaintQueue(browser);
        assertEquals("", browser.find(By.id(ComplaintQueue.FORM + ":office_input")).getAttribute("value"),
                "the office filter starts empty");
        queue.text(marker).search();
        browser.screenshot("ComplaintQueueBrowserIT.01-page-1");
        assertEquals(FILED, queue.count());
        assertEquals(fa("complaints.count") + " ۲۵", queue.countLine());
        assertEquals(newestFirst.subList(0, 20), queue.trackings(), "page 1");
        assertFalse(queue.pageButtonEnabled("prev"));
        queue.page("next");
        browser.screenshot("ComplaintQueueBrowserIT.02-page-2");
        assertEquals(newestFirst.subList(20, 25), queue.trackings(), "page 2");
        assertFalse(queue.pageButtonEnabled("next"));
        queue.page("prev");
        assertEquals(newestFirst.subList(0, 20), queue.trackings(), "back to page 1");
        queue.page("last");
        assertEquals(newestFirst.subList(20, 25), queue.trackings(), "the last page");
        queue.page("first");
        assertEquals(newestFirst.subList(0, 20), queue.trackings(), "the first page");
        assertEquals(0, queue.overdueRows());

        // --- the list's files: every row the filters give, not only the page shown, read 200 at a time ---
        ExportedList everyRow = ExportedList.of(browser, ComplaintQueue.FORM, "csv");
        assertEquals(newestFirst, everyRow.column(fa("complaint.tracking")), "the CSV: all 25 of the run, newest first");
        ComplaintQueue filtered = ComplaintQueue.open(browser).text(marker).agency(POST_BANK);
        PF.autoComplete(browser, ComplaintQueue.FORM + ":office", "آريا", "آریا");
        filtered.search();
        List<String> postBank = expected(ids, i -> i % 3 == 0).stream()
                .map(id -> PersianText.toPersianDigits(year + "-" + id)).toList();
        assertEquals(postBank, filtered.trackings());
        String xlsxPath = ExportedList.href(browser, ComplaintQueue.FORM + ":export-xlsx");
        ExportedList xlsx = ExportedList.get(browser, xlsxPath);
        ExportedList csv = ExportedList.of(browser, ComplaintQueue.FORM, "csv");
        List<String> headings = List.of(fa("complaint.tracking"), fa("complaint.office"), fa("complaint.agency"),
                fa("complaint.kind"), fa("complaint.status"), fa("complaint.filedAt"), fa("complaint.deadline"),
                fa("exports.overdue"));
        List<String> kinds = List.of(fa("enum.ComplaintKind.GUARANTEE_DEMANDED"), fa("enum.ComplaintKind.SYSTEMS_CUT_OFF"));
        for (ExportedList file : List.of(xlsx, csv)) {
            assertAll("the file of Post Bank's complaints of office آریا",
                    () -> assertEquals(headings, file.headings()),
                    () -> assertEquals(postBank, file.column(0), "exactly the filtered rows, in the page's order"),
                    () -> assertTrue(file.column(1).stream().allMatch(o -> o.contains("آریا")), file.column(1).toString()),
                    () -> assertEquals(Collections.nCopies(postBank.size(), POST_BANK), file.column(2), "Persian text intact"),
                    () -> assertTrue(kinds.containsAll(file.column(3)), file.column(3).toString()),
                    () -> assertTrue(file.column(5).stream().allMatch(d -> d.startsWith(PersianText.toPersianDigits(
                            JalaliDates.toJalali(today)))), "filed today, a Jalali date in Persian digits: " + file.column(5)),
                    () -> assertEquals(Collections.nCopies(postBank.size(), ""), file.column(7), "none overdue"));
        }
        // another office, by a crafted address naming آریا's office and the run's word: none of them
        String ariaOffice = ExportedList.param(xlsxPath, "office");
        assertTrue(ariaOffice != null && ariaOffice.matches("\\d+"), xlsxPath);
        signIn(browser, Accounts.HERA);
        ExportedList crafted = ExportedList.get(browser, "/complaints/export/list.csv?text=" + marker + "&office=" + ariaOffice);
        assertAll("حرا's export naming آریا's complaints",
                () -> assertEquals(List.of(), crafted.rows()),
                () -> assertFalse(crafted.headings().contains(fa("complaint.office")), "an office's list has no office column"));
        for (String nothing : List.of("/complaints/export/list.csv?status=NONE", "/complaints/export/list.docx",
                "/complaints/export/list.pdf", "/complaints/export/list.csv?office=x")) {
            ComplaintAccessBrowserIT.assertFileRefused(browser, nothing, 404);
        }
        signIn(browser, Accounts.DABIR);

        // --- each filter, with this run's word ---
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(filter(browser, marker, "status " + fa("enum.ComplaintStatus.TRIAGED"),
                q -> q.status(fa("enum.ComplaintStatus.TRIAGED")), List.of(ids.get(1), ids.get(0)), year));
        checks.add(filter(browser, marker, "status " + fa("enum.ComplaintStatus.SUBMITTED"),
                q -> q.status(fa("enum.ComplaintStatus.SUBMITTED")), expected(ids, i -> i > 1), year));
        checks.add(filter(browser, marker, "agency " + POST_BANK, q -> q.agency(POST_BANK), expected(ids, i -> i % 3 == 0), year));
        checks.add(filter(browser, marker, "kind guarantee", q -> q.kind(fa("enum.ComplaintKind.GUARANTEE_DEMANDED")),
                expected(ids, i -> i % 2 == 0), year));
        checks.add(filter(browser, marker, "resolution 11", q -> q.resolution(fa("resolution.numbered") + " ۱۱"),
                List.of(ids.get(0)), year));
        // a cut-off is linked to resolutions 3 and 8 when it is filed (resolution 3), triaged or not
        checks.add(filter(browser, marker, "resolution 3", q -> q.resolution(fa("resolution.numbered") + " ۳"),
                expected(ids, i -> i % 2 == 1), year));
        // Overdue: open and past the deadline. The domain refuses a deadline before today, so nothing filed in this
        // run can be overdue until the days pass; the filter must show none here, and no row is marked overdue
        // (the class and the order are checked where a liaison's list is shown: ComplaintPathBrowserIT).
        checks.add(filter(browser, marker, "overdue only", ComplaintQueue::overdueOnly, List.of(), year));
        String todayFa = PersianText.toPersianDigits(JalaliDates.toJalali(today));
        String yesterdayFa = PersianText.toPersianDigits(JalaliDates.toJalali(today.minusDays(1)));
        checks.add(filter(browser, marker, "filed from today", q -> q.filedFrom(todayFa), expected(ids, i -> true), year));
        checks.add(filter(browser, marker, "filed today", q -> q.filedFrom(todayFa).filedTo(todayFa), expected(ids, i -> true), year));
        checks.add(filter(browser, marker, "filed until yesterday", q -> q.filedTo(yesterdayFa), List.of(), year));
        checks.add(filter(browser, marker, "office آریا", q -> PF.autoComplete(browser, ComplaintQueue.FORM + ":office", "آريا", "آریا"),
                expected(ids, i -> true), year));
        checks.add(filter(browser, marker, "office حرا", q -> PF.autoComplete(browser, ComplaintQueue.FORM + ":office", "حرا", "حرا"),
                List.of(), year));
        // text as people type it: Arabic kaf and yeh for «بانکی»; «ضمانت‌نامه» with or without the ZWNJ
        checks.add(filter(browser, marker + " بانكي", "Arabic letter forms", q -> { }, expected(ids, i -> i % 5 == 0), year));
        checks.add(filter(browser, marker + " ضمانتنامه", "no ZWNJ", q -> { }, expected(ids, i -> i % 5 <= 1), year));
        checks.add(filter(browser, marker + " ضمانت\u200Cنامه", "with the ZWNJ", q -> { }, expected(ids, i -> i % 5 <= 1), year));
        checks.add(filter(browser, marker + " بانکی  شماره ۱۰", "Persian digits, two spaces", q -> { },
                List.of(ids.get(10)), year));
        assertAll(checks);
    }

    /** Sets a filter on a fresh queue page (with the run's text), searches, and checks the rows found. */
    private static org.junit.jupiter.api.function.Executable filter(Browser browser, String text, String name,
                                                                      Consumer<ComplaintQueue> set, List<Long> expectedIds, String year) {
        ComplaintQueue queue = ComplaintQueue.open(browser).text(text);
        set.accept(queue);
        queue.search();
        browser.screenshot("ComplaintQueueBrowserIT.filter-" + name);
        List<String> expected = expectedIds.stream().map(id -> PersianText.toPersianDigits(year + "-" + id)).toList();
        List<String> shown = queue.trackings();
        int count = queue.count();
        int overdue = queue.overdueRows();
        List<String> messages = new Layout(browser).messages();
        return () -> assertAll(name,
                () -> assertEquals(expected.size(), count, "count"),
                () -> assertEquals(expected.subList(0, Math.min(20, expected.size())), shown, "rows, newest first"),
                () -> assertEquals(0, overdue, "rows marked overdue"),
                () -> assertEquals(List.of(), messages));
    }

    /** The ids whose index matches, newest first. */
    private static List<Long> expected(List<Long> ids, java.util.function.IntPredicate which) {
        List<Long> out = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (which.test(i)) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /**
     * Files a complaint through office/complaints/new.xhtml as the browser's signed-in office would, over HTTP: the
     * form's page (its view state, its one-time key), then its multipart post. Returns the id it redirects to.
     */
    static long fileOverHttp(Browser browser, String agencyLabel, String kind, String occurred, String description) {
        HttpResponse<String> page = browser.get(ComplaintForm.PATH);
        assertEquals(200, page.statusCode());
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), "a view state on the filing form");
        Matcher agency = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(agencyLabel) + "</option>").matcher(page.body());
        assertTrue(agency.find(), "the agency " + agencyLabel + " offered");
        Multipart body = new Multipart().field("complaint", "complaint")
                .field("complaint:agency_input", agency.group(1))
                .field("complaint:kind_input", kind)
                .field("complaint:occurred", occurred)
                .field("complaint:official", "")
                .field("complaint:description", description)
                .file("complaint:files", "", "application/octet-stream", new byte[0])
                .field("complaint:submit", "")
                .field("jakarta.faces.ViewState", state.group(1))
                .field(PF.NONCE, PF.nonce(page.body()));
        HttpResponse<String> filed = browser.post(ComplaintForm.PATH, body.contentType(), body.bytes());
        String location = filed.headers().firstValue("Location").orElse("");
        Matcher id = Pattern.compile("/complaints/view\\.xhtml\\?id=(\\d+)$").matcher(URI.create(location).getRawPath()
                + "?" + URI.create(location).getRawQuery());
        assertTrue(filed.statusCode() == 302 && id.find(), "filed and sent to its page: " + filed.statusCode() + " " + location);
        return Long.parseLong(id.group(1));
    }

    private static String randomLetters(int n) {
        Random random = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
