package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.complaint.DuplicateRecord;
import ir.pishkhan.portal.domain.figures.FiguresRepository;
import ir.pishkhan.portal.domain.figures.MonthSpan;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;

import ir.pishkhan.portal.domain.complaint.TriageRecord;

import ir.pishkhan.portal.domain.workflow.TrackingNumber;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.complaint.Attachment;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAccess;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.escalation.Referral;
import ir.pishkhan.portal.domain.escalation.Referrals;
import ir.pishkhan.portal.domain.escalation.Referrals.Subject;
import ir.pishkhan.portal.domain.escalation.Referrals.Tally;
import ir.pishkhan.portal.domain.complaint.ComplaintEvent;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.Keyset.Direction;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.user.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Complaints stored and listed: keyset paging in both orders and all four directions, every filter, the capped
 * count, the double-submit key, the timeline and evidence files written in the complaint's transaction, and
 * optimistic locking. Runs on every {@link TestDatabase}.
 * <p>
 * The complaints are made once per database through the domain's own workflow (filed by an office operator,
 * then triaged, forwarded, answered, … by the secretariat and the agency's liaison) and removed afterwards, so
 * that the other contracts, which delete the offices, find no complaint in the way. Every list is checked against
 * the same complaints filtered and sorted in plain Java ({@link #expected}), built from what the test created,
 * not from what the database returns.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComplaintRepositoryContract {

    /** Every day a working day: these contracts test storage, not the days off (the domain tests those). */
    private static final BusinessCalendar EVERY_DAY = day -> true;

    private static final char ZWNJ = '\u200C';

    /** The first filing; the generated complaints follow every 3.5 hours, two at a time on the same instant. */
    private static final Instant T0 = Instant.parse("2025-03-01T04:00:00Z");
    /** The earliest deadline given at triage; the others follow it by up to 4 days. */
    private static final LocalDate D0 = LocalDate.of(2025, 4, 1);
    private static final int GENERATED = 42;

    private static final Actor OPERATOR = new Actor("operator.hera", Role.OFFICE_OPERATOR);
    private static final Actor SECRETARY = new Actor("secretary", Role.SECRETARIAT);
    private static final Actor LIAISON = new Actor("liaison.agency", Role.AGENCY_LIAISON);
    private static final Actor GUILD = new Actor("guild.head", Role.GUILD);

    /** The statuses the generated complaints are taken to, in turn. */
    private static final ComplaintStatus[] CYCLE = {ComplaintStatus.SUBMITTED, ComplaintStatus.INFO_REQUESTED,
            ComplaintStatus.TRIAGED, ComplaintStatus.FORWARDED, ComplaintStatus.ANSWERED, ComplaintStatus.REFERRED,
            ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN};

    /**
     * Descriptions as offices type them: Persian and Arabic letter forms mixed, ZWNJs kept, dropped or typed as a
     * space, Persian digits.
     */
    private static final String[] DESCRIPTIONS = {
            "سامانه" + ZWNJ + "های دفتر بدون مصوبه کارگروه قطع شد و هنوز وصل نشده است",
            "شعبه پست بانك برای قرارداد، بيمه" + ZWNJ + "نامه ديگري غیر از بیمه معلم خواست",
            "تعرفه ثبت تخلف اضافه تناژ ۲۰۰۰۰ ریال است ولی بیشتر دریافت می" + ZWNJ + "شود",
            "خط تلفن درخواستی پس از دو ماه هنوز واگذار نشده است",
            "خدمات فقط به چند دفتر منتخب واگذار شده و به دفتر ما نمی شود",
            "نماینده دستگاه بدون هماهنگی با کارگروه پروانه دفتر را تعلیق كرد",
    };

    /** What a test asks the repository for: its id and the fields a filter or an order looks at. */
    private record Made(long id, Instant filedAt, LocalDate deadline, ComplaintStatus status, long officeId,
                        long agencyId, ComplaintKind kind, Set<Long> resolutionIds, boolean forwarded,
                        String searchKey, String submissionKey) {
        LocalDate dueSort() {
            return deadline == null ? Complaint.NO_DEADLINE : deadline;
        }
    }

    private final TestDatabase database;
    private TestDatabase.Shared db;
    private final List<Made> made = new ArrayList<>();
    private long hera;
    private long aria;
    private long baharabad;
    private long postBank;
    private long telecom;
    private long bankMelli;
    private long tax;
    private final Map<Integer, Long> resolutionIds = new LinkedHashMap<>();
    /** The complaint with evidence files at filing and with the agency's answer. */
    private long withFiles;
    /** The complaint the optimistic-locking test changes (notes only: no field a list looks at). */
    private long lockTarget;

    protected ComplaintRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    // --- the complaints ---

    @BeforeAll
    void createComplaints() {
        // the shared database (on PostgreSQL through a pool of connections: TestDatabase)
        db = database.shared();
        removeComplaints();
        db.sql("DELETE FROM user_account", "DELETE FROM office");
        db.run(em -> {
            JpaOfficeRepository offices = new JpaOfficeRepository(em);
            offices.store(new Office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN, "بجنورد", null, null,
                    LicenceStatus.ACTIVE));
            offices.store(new Office("14-71-1019", "دفتر پیشخوان آریا", "Aria", OfficeKind.URBAN, "شیروان", null, null,
                    LicenceStatus.ACTIVE));
            offices.store(new Office("14-72-2001", "دفتر پیشخوان بهار" + ZWNJ + "آباد", "Baharabad", OfficeKind.RURAL,
                    "فاروج", null, null, LicenceStatus.ACTIVE));
        });
        db.read(em -> {
            JpaOfficeRepository offices = new JpaOfficeRepository(em);
            hera = offices.byLicence("14-71-1024").orElseThrow().getId();
            aria = offices.byLicence("14-71-1019").orElseThrow().getId();
            baharabad = offices.byLicence("14-72-2001").orElseThrow().getId();
            JpaAgencyRepository agencies = new JpaAgencyRepository(em);
            postBank = agencies.byCode("post-bank").orElseThrow().getId();
            telecom = agencies.byCode("telecom").orElseThrow().getId();
            bankMelli = agencies.byCode("bank-melli").orElseThrow().getId();
            tax = agencies.byCode("tax").orElseThrow().getId();
            for (Resolution r : new JpaMeetingRepository(em).resolutionsOf(14)) {
                resolutionIds.put(r.getNumber(), r.getId());
            }
            return null;
        });

        List<Complaint> complaints = db.inTransaction(em -> {
            List<Complaint> out = new ArrayList<>();
            long[] officeIds = {hera, aria, baharabad};
            long[] agencyIds = {postBank, telecom, bankMelli, tax};
            ComplaintKind[] kinds = ComplaintKind.values();
            for (int i = 0; i < GENERATED; i++) {
                // two complaints on each instant (the id breaks the tie), some with microseconds
                Instant filed = T0.plus(Duration.ofMinutes(210L * (i / 2))).plusNanos(i % 4 == 1 ? 123_456_000L : 0);
                String official = i % 5 == 0 ? "مدير شعبه مرکزی" : null;
                Complaint c = Complaint.file(em.find(Office.class, officeIds[i % 3]), em.find(Agency.class, agencyIds[i % 4]),
                        kinds[i % kinds.length], LocalDate.ofInstant(filed, JalaliDates.ZONE).minusDays(3), official,
                        DESCRIPTIONS[i % DESCRIPTIONS.length] + " (" + i + ")", files(i), OPERATOR, filed, "key-" + i,
                        n -> new JpaMeetingRepository(em).resolution(14, n).orElseThrow());
                takeTo(em, c, i, D0.plusDays(i % 5), filed);
                new JpaComplaintRepository(em).store(c);
                out.add(c);
            }
            // Four filed about midnight in Tehran (UTC+03:30): 10 March 23:59:59, 11 March 00:00, 11 March the
            // last microsecond, 12 March 00:00.
            String[] boundary = {"2025-03-10T20:29:59Z", "2025-03-10T20:30:00Z", "2025-03-11T20:29:59.999999Z",
                    "2025-03-11T20:30:00Z"};
            for (int i = 0; i < boundary.length; i++) {
                Instant filed = Instant.parse(boundary[i]);
                Complaint c = Complaint.file(em.find(Office.class, aria), em.find(Agency.class, telecom),
                        ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED, LocalDate.of(2025, 3, 1), null,
                        "درخواست خط اینترنت برای دفتر روستایی بی" + ZWNJ + "پاسخ مانده است", null, OPERATOR, filed,
                        "midnight-" + i);
                new JpaComplaintRepository(em).store(c);
                out.add(c);
            }
            return out;
        });
        for (Complaint c : complaints) {
            made.add(new Made(c.getId(), c.getFiledAt(), c.getDeadline(), c.getStatus(), c.getOffice().getId(),
                    c.getAgency().getId(), c.getKind(),
                    c.getResolutions().stream().map(Resolution::getId).collect(Collectors.toSet()), c.isForwarded(),
                    PersianText.normalize(c.getDescription() + " " + (c.getOfficialName() == null ? "" : c.getOfficialName())),
                    c.getSubmissionKey()));
        }
        withFiles = complaints.get(4).getId();
        lockTarget = complaints.get(GENERATED - 1).getId();
        assertEquals(GENERATED + 4, new HashSet<>(made.stream().map(Made::id).toList()).size(), "one id each");
    }

    @AfterAll
    void closeAndRemoveComplaints() {
        removeComplaints();
    }

    private void removeComplaints() {
        database.shared().sql("DELETE FROM referral", "DELETE FROM attachment", "DELETE FROM attachment_content",
                "DELETE FROM complaint_event", "DELETE FROM complaint_resolution", "DELETE FROM complaint",
                "DELETE FROM complaint_tally", "DELETE FROM answer_tally", "DELETE FROM open_tally",
                "DELETE FROM resolution_tally");
    }

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n").getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89, 0, 0, 0, 0, 'I', 'E',
            'N', 'D', (byte) 0xAE, 'B', 0x60, (byte) 0x82};

    /** Complaint 4 is filed with a PDF and a PNG (its name in Persian); the others with none. */
    private static List<EvidenceFile> files(int i) {
        if (i != 4) {
            return i % 2 == 0 ? null : List.of();
        }
        return List.of(EvidenceFile.of("C:\\اسناد\\نامه قطع سامانه.pdf", PDF), EvidenceFile.of("رسید.png", PNG));
    }

    /** Takes new complaint i to its status of the cycle the way the portal's users would, hours apart. */
    private void takeTo(EntityManager em, Complaint c, int i, LocalDate deadline, Instant filed) {
        ComplaintStatus status = CYCLE[i % CYCLE.length];
        Instant[] at = {filed};
        Function<Integer, Instant> next = h -> at[0] = at[0].plus(Duration.ofHours(h));
        JpaMeetingRepository meetings = new JpaMeetingRepository(em);
        List<Integer> numbers = c.getKind().suggestedResolutions().isEmpty() ? List.of(5) : c.getKind().suggestedResolutions();
        List<Resolution> linked = numbers.stream().map(n -> meetings.resolution(14, n).orElseThrow()).toList();
        switch (status) {
            case SUBMITTED -> c.guildNote(GUILD, "انجمن صنفی پیگیری می" + ZWNJ + "کند", next.apply(1));
            case INFO_REQUESTED -> c.requestInfo(SECRETARY, "لطفاً شماره نامه دستگاه را اعلام کنید", next.apply(1));
            case REJECTED -> c.reject(SECRETARY, "موضوع در صلاحیت کارگروه نیست", next.apply(1));
            default -> {
                c.triage(SECRETARY, linked, Priority.values()[(int) (filed.getEpochSecond() / 12600) % 4], deadline, EVERY_DAY,
                        next.apply(1));
                switch (status) {
                    case TRIAGED -> { }
                    case WITHDRAWN -> c.withdraw(OPERATOR, "مشکل با مراجعه حضوری حل شد", next.apply(2));
                    default -> {
                        c.forward(SECRETARY, "برای پاسخ تا مهلت تعیین شده", next.apply(1));
                        switch (status) {
                            case FORWARDED -> { }
                            case ANSWERED -> c.answer(LIAISON, "دستور وصل مجدد سامانه صادر شد",
                                    i == 4 ? answerFiles() : null,
                                    next.apply(5));
                            case REFERRED -> c.refer(SECRETARY, "مدیر شعبه مرکزی",
                                    meetings.resolution(14, 12).orElseThrow(), "طبق بند ۱۲", next.apply(24));
                            case RESOLVED -> {
                                c.answer(LIAISON, "قرارداد با دفتر امضا شد و خدمات فعال است", null, next.apply(5));
                                c.internalNote(SECRETARY, "پاسخ دستگاه با دفتر تلفنی تأیید شد", next.apply(1));
                                c.resolve(SECRETARY, "مشکل دفتر برطرف شد و پرونده بسته شد", next.apply(1));
                            }
                            default -> throw new IllegalArgumentException(status.toString());
                        }
                    }
                }
            }
        }
        assertEquals(status, c.getStatus());
    }

    /** Complaint 4 is answered with a PDF of the agency's letter. */
    private static List<EvidenceFile> answerFiles() {
        return List.of(EvidenceFile.of("پاسخ دستگاه.pdf", PDF));
    }

    // --- the oracle ---

    /** The complaints a filter selects, in the order asked for, computed in plain Java. */
    private List<Long> expected(ComplaintFilter f, ListOrder sort) {
        Comparator<Made> order = sort == ListOrder.FILED_NEWEST
                ? Comparator.comparing(Made::filedAt).thenComparing(Made::id).reversed()
                : Comparator.comparing(Made::dueSort).thenComparing(Made::id);
        return made.stream().filter(m -> selects(f, m)).sorted(order).map(Made::id).toList();
    }

    private static boolean selects(ComplaintFilter f, Made m) {
        if (!f.statuses().isEmpty() && !f.statuses().contains(m.status())) {
            return false;
        }
        if (f.agencyId() != null && f.agencyId() != m.agencyId()
                || f.officeId() != null && f.officeId() != m.officeId()
                || f.kind() != null && f.kind() != m.kind()
                || f.resolutionId() != null && !m.resolutionIds().contains(f.resolutionId())
                || f.forwardedOnly() && !m.forwarded()) {
            return false;
        }
        if (f.overdueOnly() && !(m.status().isOpen() && m.deadline() != null && m.deadline().isBefore(f.today()))) {
            return false;
        }
        LocalDate filedDay = LocalDate.ofInstant(m.filedAt(), JalaliDates.ZONE);
        if (f.filedFrom() != null && filedDay.isBefore(f.filedFrom()) || f.filedTo() != null && filedDay.isAfter(f.filedTo())) {
            return false;
        }
        if (f.text() != null && !f.text().isBlank()) {
            var tracking = Complaint.trackingNumber(f.text());
            if (tracking.isPresent()) {
                return tracking.get().id() == m.id() && tracking.get().yearOf(m.filedAt());
            }
            if (!PersianText.containsEveryWord(m.searchKey(), PersianText.normalize(f.text()))) {
                return false;
            }
        }
        return true;
    }

    private List<Made> where(java.util.function.Predicate<Made> p) {
        return made.stream().filter(p).toList();
    }

    private static ComplaintFilter filter(Set<ComplaintStatus> statuses, Long agency, ComplaintKind kind, Long resolution,
                                          Long office, boolean overdue, LocalDate from, LocalDate to, String text,
                                          boolean forwarded, LocalDate today) {
        return new ComplaintFilter(statuses, agency, kind, resolution, office, overdue, from, to, text, forwarded, today);
    }

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);

    private static ComplaintFilter all() {
        return ComplaintFilter.all(TODAY);
    }

    private static ComplaintFilter text(String text) {
        return filter(null, null, null, null, null, false, null, null, text, false, TODAY);
    }

    // --- the repository ---

    private Keyset.Page<Complaint> page(ComplaintFilter f, ListOrder sort, Direction direction, Keyset.Cursor cursor,
                                         int size) {
        return db.read(em -> new JpaComplaintRepository(em).page(f, new Keyset.Request(sort, direction, cursor, size)));
    }

    private static List<Long> ids(Keyset.Page<Complaint> page) {
        return page.items().stream().map(Complaint::getId).toList();
    }

    private long count(ComplaintFilter f, long cap) {
        return db.read(em -> new JpaComplaintRepository(em).countUpTo(f, cap));
    }

    /** Every page from FIRST on with AFTER: each row once, in order; more on either side exactly where there is. */
    private List<Long> walkForward(ComplaintFilter f, ListOrder sort, int size) {
        List<Long> seen = new ArrayList<>();
        Keyset.Page<Complaint> p = page(f, sort, Direction.FIRST, null, size);
        assertFalse(p.hasPrevious(), "nothing before the first page");
        checkCursors(p, sort);
        seen.addAll(ids(p));
        int pages = 1;
        while (p.hasNext()) {
            assertEquals(size, p.items().size(), "a page with more after it is full");
            p = page(f, sort, Direction.AFTER, p.last(), size);
            assertTrue(p.hasPrevious(), "a page after another has one before it");
            assertFalse(p.items().isEmpty(), "hasNext promised more");
            checkCursors(p, sort);
            seen.addAll(ids(p));
            assertTrue(++pages <= 1000, "paging ends");
        }
        Keyset.Page<Complaint> beyond = p.last() == null ? p : page(f, sort, Direction.AFTER, p.last(), size);
        assertTrue(beyond.items().isEmpty(), "nothing after the last page");
        return seen;
    }

    /** Every page from LAST back with BEFORE. */
    private List<Long> walkBackward(ComplaintFilter f, ListOrder sort, int size) {
        List<List<Long>> pages = new ArrayList<>();
        Keyset.Page<Complaint> p = page(f, sort, Direction.LAST, null, size);
        assertFalse(p.hasNext(), "nothing after the last page");
        checkCursors(p, sort);
        pages.add(ids(p));
        while (p.hasPrevious()) {
            assertEquals(size, p.items().size(), "a page with more before it is full");
            p = page(f, sort, Direction.BEFORE, p.first(), size);
            assertTrue(p.hasNext(), "a page before another has one after it");
            assertFalse(p.items().isEmpty(), "hasPrevious promised more");
            checkCursors(p, sort);
            pages.add(ids(p));
            assertTrue(pages.size() <= 1000, "paging ends");
        }
        Collections.reverse(pages);
        return pages.stream().flatMap(List::stream).toList();
    }

    private static void checkCursors(Keyset.Page<Complaint> p, ListOrder sort) {
        if (p.items().isEmpty()) {
            assertNull(p.first());
            assertNull(p.last());
            assertFalse(p.hasPrevious() || p.hasNext());
            return;
        }
        Complaint first = p.items().get(0);
        Complaint last = p.items().get(p.items().size() - 1);
        assertEquals(first.getId(), p.first().id());
        assertEquals(last.getId(), p.last().id());
        String key = sort == ListOrder.FILED_NEWEST ? last.getFiledAt().toString()
                : Objects.requireNonNullElse(last.getDeadline(), Complaint.NO_DEADLINE).toString();
        assertEquals(key, p.last().key());
        // the office and agency came with the page: readable after its entity manager is closed
        assertNotNull(first.getOffice().getNameFa());
        assertNotNull(first.getAgency().getNameFa());
    }

    private void checkPaging(ComplaintFilter f, int... sizes) {
        for (ListOrder sort : ListOrder.values()) {
            List<Long> want = expected(f, sort);
            for (int size : sizes) {
                assertEquals(want, walkForward(f, sort, size), () -> sort + " forward by " + size + ", " + f);
                assertEquals(want, walkBackward(f, sort, size), () -> sort + " backward by " + size + ", " + f);
            }
        }
    }

    // --- the tests ---

    @Test
    void pagesWalkTheWholeListOnceInBothOrdersAndDirections() {
        int n = made.size();
        assertEquals(GENERATED + 4, n);
        assertEquals(n, expected(all(), ListOrder.FILED_NEWEST).size());
        // pages of 7 (the last one short), of n - 1 (one row left) and of exactly n (no row left)
        checkPaging(all(), 7, n - 1, n);
        Keyset.Page<Complaint> whole = page(all(), ListOrder.FILED_NEWEST, Direction.FIRST, null, n);
        assertFalse(whole.hasPrevious() || whole.hasNext(), "exactly one full page");
        Keyset.Page<Complaint> last = page(all(), ListOrder.FILED_NEWEST, Direction.LAST, null, n);
        assertEquals(ids(whole), ids(last));
        assertFalse(last.hasPrevious() || last.hasNext());
    }

    @Test
    void theOrdersBreakTiesByIdAndPutComplaintsWithoutADeadlineLast() {
        List<Long> newest = expected(all(), ListOrder.FILED_NEWEST);
        List<Long> byDeadline = expected(all(), ListOrder.DEADLINE_EARLIEST);
        assertEquals(newest, ids(page(all(), ListOrder.FILED_NEWEST, Direction.FIRST, null, 200)));
        assertEquals(byDeadline, ids(page(all(), ListOrder.DEADLINE_EARLIEST, Direction.FIRST, null, 200)));
        long noDeadline = made.stream().filter(m -> m.deadline() == null).count();
        assertTrue(noDeadline > 0 && noDeadline < made.size());
        Map<Long, Made> byId = made.stream().collect(Collectors.toMap(Made::id, m -> m));
        assertTrue(byDeadline.subList(byDeadline.size() - (int) noDeadline, byDeadline.size()).stream()
                .allMatch(id -> byId.get(id).deadline() == null), "those without a deadline come last");
        // the generated complaints share filing instants two by two and deadlines five ways
        assertTrue(made.stream().collect(Collectors.groupingBy(Made::filedAt, Collectors.counting())).containsValue(2L));
    }

    @Test
    void aPageBeforeAMiddlePageIsThePageBeforeIt() {
        for (ListOrder sort : ListOrder.values()) {
            Keyset.Page<Complaint> p1 = page(all(), sort, Direction.FIRST, null, 5);
            Keyset.Page<Complaint> p2 = page(all(), sort, Direction.AFTER, p1.last(), 5);
            Keyset.Page<Complaint> p3 = page(all(), sort, Direction.AFTER, p2.last(), 5);
            Keyset.Page<Complaint> back2 = page(all(), sort, Direction.BEFORE, p3.first(), 5);
            assertEquals(ids(p2), back2.items().stream().map(Complaint::getId).toList(), sort.toString());
            assertTrue(back2.hasPrevious() && back2.hasNext());
            Keyset.Page<Complaint> back1 = page(all(), sort, Direction.BEFORE, back2.first(), 5);
            assertEquals(ids(p1), ids(back1));
            assertFalse(back1.hasPrevious(), "the first page again");
            assertTrue(back1.hasNext());
        }
    }

    @Test
    void filteredListsPageLikeTheirPlainSortedList() {
        List<ComplaintFilter> filters = List.of(
                filter(EnumSet.of(ComplaintStatus.FORWARDED, ComplaintStatus.ANSWERED), null, null, null, null, false, null,
                        null, null, false, TODAY),
                filter(null, postBank, null, null, null, false, null, null, null, true, TODAY),
                filter(null, null, null, null, aria, false, null, null, null, false, TODAY),
                filter(null, null, null, null, null, true, null, null, null, false, D0.plusDays(3)),
                filter(null, null, null, null, null, false, null, null, "کارگروه", false, TODAY),
                filter(null, null, null, null, hera, false, null, null, "دفتر", false, TODAY));
        for (ComplaintFilter f : filters) {
            assertTrue(expected(f, ListOrder.FILED_NEWEST).size() >= 4, () -> "a filter worth paging: " + f);
            checkPaging(f, 4);
        }
        ComplaintFilter none = filter(Set.of(ComplaintStatus.WITHDRAWN), null, null, null, hera, false, null, null, "تلفن",
                false, TODAY);
        assertEquals(List.of(), expected(none, ListOrder.FILED_NEWEST));
        for (ListOrder sort : ListOrder.values()) {
            for (Direction d : new Direction[] {Direction.FIRST, Direction.LAST}) {
                Keyset.Page<Complaint> empty = page(none, sort, d, null, 10);
                assertTrue(empty.items().isEmpty());
                checkCursors(empty, sort);
            }
        }
    }

    @Test
    void everyFilterSelectsWhatItSays() {
        // statuses
        ComplaintFilter resolved = filter(Set.of(ComplaintStatus.RESOLVED), null, null, null, null, false, null, null, null,
                false, TODAY);
        assertEquals(ids(where(m -> m.status() == ComplaintStatus.RESOLVED)), sortedIds(resolved));
        assertEquals(4, sortedIds(resolved).size(), "complaints 6, 15, 24 and 33");
        Set<ComplaintStatus> open = EnumSet.of(ComplaintStatus.SUBMITTED, ComplaintStatus.INFO_REQUESTED);
        assertEquals(ids(where(m -> open.contains(m.status()))),
                sortedIds(filter(open, null, null, null, null, false, null, null, null, false, TODAY)));
        // agency, office, kind, resolution, each alone and together
        assertEquals(ids(where(m -> m.agencyId() == telecom)),
                sortedIds(filter(null, telecom, null, null, null, false, null, null, null, false, TODAY)));
        assertEquals(ids(where(m -> m.officeId() == baharabad)),
                sortedIds(filter(null, null, null, null, baharabad, false, null, null, null, false, TODAY)));
        assertEquals(ids(where(m -> m.kind() == ComplaintKind.GUARANTEE_DEMANDED)),
                sortedIds(filter(null, null, ComplaintKind.GUARANTEE_DEMANDED, null, null, false, null, null, null, false,
                        TODAY)));
        long r11 = resolutionIds.get(11);
        List<Long> underEleven = sortedIds(filter(null, null, null, r11, null, false, null, null, null, false, TODAY));
        assertEquals(ids(where(m -> m.resolutionIds().contains(r11))), underEleven);
        assertFalse(underEleven.isEmpty());
        assertEquals(ids(where(m -> m.agencyId() == postBank && m.officeId() == hera && m.status() == ComplaintStatus.FORWARDED)),
                sortedIds(filter(Set.of(ComplaintStatus.FORWARDED), postBank, null, null, hera, false, null, null, null,
                        false, TODAY)));
        // forwarded: ever forwarded, whatever the status now (answered, referred, resolved too)
        List<Long> forwarded = sortedIds(filter(null, null, null, null, null, false, null, null, null, true, TODAY));
        assertEquals(ids(where(Made::forwarded)), forwarded);
        assertEquals(where(m -> EnumSet.of(ComplaintStatus.FORWARDED, ComplaintStatus.ANSWERED, ComplaintStatus.REFERRED,
                ComplaintStatus.RESOLVED).contains(m.status())).size(), forwarded.size());
        assertEquals(ids(where(m -> m.forwarded() && m.agencyId() == postBank)),
                sortedIds(ComplaintFilter.all(TODAY).forAgency(postBank)));
        // overdue: open and past the deadline on the given day; none before the earliest deadline
        assertEquals(List.of(), sortedIds(filter(null, null, null, null, null, true, null, null, null, false, D0)));
        for (int days = 1; days <= 5; days++) {
            LocalDate today = D0.plusDays(days);
            ComplaintFilter overdue = filter(null, null, null, null, null, true, null, null, null, false, today);
            List<Long> got = sortedIds(overdue);
            assertEquals(ids(where(m -> m.status().isOpen() && m.deadline() != null && m.deadline().isBefore(today))), got,
                    today::toString);
            assertTrue(got.size() > 0);
        }
        // filing days are days in Tehran: 11 March runs from 10 March 20:30 UTC to 11 March 20:30 UTC
        LocalDate march11 = LocalDate.of(2025, 3, 11);
        List<Instant> onMarch11 = filedInstants(filter(null, null, null, null, null, false, march11, march11, null, false, TODAY));
        assertEquals(List.of(Instant.parse("2025-03-11T20:29:59.999999Z"), Instant.parse("2025-03-10T20:30:00Z")), onMarch11);
        assertEquals(3, sortedIds(filter(null, null, null, null, null, false, march11, null, null, false, TODAY)).size());
        List<Long> upToMarch10 = sortedIds(filter(null, null, null, null, null, false, null, LocalDate.of(2025, 3, 10),
                null, false, TODAY));
        assertEquals(GENERATED + 1, upToMarch10.size());
        LocalDate first = LocalDate.of(2025, 3, 1);
        LocalDate third = LocalDate.of(2025, 3, 3);
        assertEquals(ids(where(m -> !LocalDate.ofInstant(m.filedAt(), JalaliDates.ZONE).isBefore(first)
                        && !LocalDate.ofInstant(m.filedAt(), JalaliDates.ZONE).isAfter(third))),
                sortedIds(filter(null, null, null, null, null, false, first, third, null, false, TODAY)));
    }

    private List<Long> sortedIds(ComplaintFilter f) {
        List<Long> got = ids(page(f, ListOrder.FILED_NEWEST, Direction.FIRST, null, 200));
        assertEquals(expected(f, ListOrder.FILED_NEWEST), got, f::toString);
        assertEquals(got.size(), count(f, 1000), () -> "count of " + f);
        return got.stream().sorted().toList();
    }

    private static List<Long> ids(List<Made> list) {
        return list.stream().map(Made::id).sorted().toList();
    }

    private List<Instant> filedInstants(ComplaintFilter f) {
        return page(f, ListOrder.FILED_NEWEST, Direction.FIRST, null, 200).items().stream()
                .map(Complaint::getFiledAt).toList();
    }

    @Test
    void textSearchFoldsLetterFormsZwnjAndDigits() {
        int perDescription = GENERATED / DESCRIPTIONS.length;
        Map<String, Integer> searches = new LinkedHashMap<>();
        searches.put("بیمه معلم", perDescription);                    // stored with Arabic yeh in part of the text
        searches.put("بيمه معلم", perDescription);                    // typed with Arabic yeh
        searches.put("پست بانک", perDescription);                     // stored with Arabic kaf
        searches.put("پستبانک", perDescription);                      // a space typed as nothing
        searches.put("پست" + ZWNJ + "بانک", perDescription);          // … or as a ZWNJ
        searches.put("بیمهنامه", perDescription);                     // stored with a ZWNJ, typed without
        searches.put("سامانههای", perDescription);                    // stored with a ZWNJ, typed without
        searches.put("سامانه" + ZWNJ + "های", perDescription);
        searches.put("۲۰۰۰۰ ريال", perDescription);                   // Persian digits both sides
        searches.put("20000", perDescription);
        searches.put("٢٠٠٠٠", perDescription);                        // Arabic-Indic digits
        searches.put("مي" + ZWNJ + "شود", 2 * perDescription);        // Arabic yeh and a ZWNJ; also «نمی شود», typed with a space
        searches.put("نمیشود", perDescription);                       // typed with nothing where the record has a space
        searches.put("تعلیق کرد", perDescription);                   // stored with Arabic kaf
        searches.put("  قطع   کارگروه ", perDescription);            // every word, extra spaces
        searches.put("كارگروه", 2 * perDescription);
        searches.put("شعبه مركزي", 9);                                // the official's title: complaints 0, 5, …, 40
        searches.put("اینترنت روستایی", 4);
        searches.put("بی" + ZWNJ + "پاسخ", 4);
        searches.put("بیمه اینترنت", 0);
        searches.put("%", 0);
        searches.put("_", 0);
        searches.put("\\", 0);
        searches.put("' OR 1=1 --", 0);
        searches.forEach((q, n) -> {
            ComplaintFilter f = text(q);
            List<Long> want = expected(f, ListOrder.FILED_NEWEST);
            assertEquals(n, want.size(), () -> "test data for " + q);
            assertEquals(want, ids(page(f, ListOrder.FILED_NEWEST, Direction.FIRST, null, 200)), q);
            assertEquals((long) n, count(f, 10_000), q);
        });
        // blank or only a ZWNJ: no text filter
        assertEquals(made.size(), count(text(" " + ZWNJ + " "), 10_000));
        // words with other filters
        ComplaintFilter withStatus = filter(Set.of(ComplaintStatus.TRIAGED), null, null, null, null, false, null, null,
                "واگذار", false, TODAY);
        assertEquals(expected(withStatus, ListOrder.DEADLINE_EARLIEST),
                ids(page(withStatus, ListOrder.DEADLINE_EARLIEST, Direction.FIRST, null, 200)));
    }

    @Test
    void findsATrackingNumberInAnyDigits() {
        Made m = made.get(17);
        Complaint c = db.read(em -> new JpaComplaintRepository(em).byId(m.id())).orElseThrow();
        // filed in March 2025, before Nowruz: Jalali 1403
        assertEquals("1403-" + m.id(), c.getTrackingNumber());
        for (String typed : new String[] {"1403-" + m.id(), PersianText.toPersianDigits("1403-" + m.id()),
                " " + PersianText.toPersianDigits("1403-" + m.id()) + " "}) {
            assertEquals(List.of(m.id()), ids(page(text(typed), ListOrder.FILED_NEWEST, Direction.FIRST, null, 20)), typed);
            assertEquals(1, count(text(typed), 10));
        }
        assertEquals(List.of(), ids(page(text("1403-999999999"), ListOrder.FILED_NEWEST, Direction.FIRST, null, 20)));
        ComplaintFilter otherOffice = filter(null, null, null, null, m.officeId() == hera ? aria : hera, false, null, null,
                "1403-" + m.id(), false, TODAY);
        assertEquals(0, count(otherOffice, 10), "the number does not lift the other filters");
    }

    @Test
    void countsUpToTheCap() {
        int n = made.size();
        assertEquals(n, count(all(), 10_000));
        assertEquals(n, count(all(), n));
        assertEquals(n - 1, count(all(), n - 1));
        assertEquals(10, count(all(), 10));
        assertEquals(1, count(all(), 1));
        assertEquals(1, count(all(), 0), "a cap below 1 counts to 1");
        ComplaintFilter telecomOnly = filter(null, telecom, null, null, null, false, null, null, null, false, TODAY);
        long telecomCount = expected(telecomOnly, ListOrder.FILED_NEWEST).size();
        assertEquals(telecomCount, count(telecomOnly, 10_000));
        assertEquals(3, count(telecomOnly, 3));
    }

    @Test
    void findsAComplaintBySubmissionKeyOfItsOffice() {
        Made m = made.get(7);
        db.read(em -> {
            JpaComplaintRepository repo = new JpaComplaintRepository(em);
            assertEquals(m.id(), repo.bySubmissionKey(m.officeId(), "key-7").orElseThrow().getId());
            assertTrue(repo.bySubmissionKey(m.officeId() == hera ? aria : hera, "key-7").isEmpty(), "another office's key");
            assertTrue(repo.bySubmissionKey(m.officeId(), "key-999").isEmpty());
            assertTrue(repo.byId(-1).isEmpty());
            return null;
        });
    }

    @Test
    void upheldComplaintsOfAnAgencyAndOfAnOfficialAndTheCandidateDuplicates() {
        Instant since = T0.plus(Duration.ofHours(1));
        String official = Complaint.officialKey("مدیر  شعبهٔ مرکزی");
        for (long agency : new long[] {postBank, telecom, bankMelli, tax}) {
            List<Made> upheld = made.stream().filter(m -> m.agencyId() == agency && m.status() == ComplaintStatus.RESOLVED
                    && !m.filedAt().isBefore(since)).sorted(Comparator.comparing(Made::filedAt).reversed()
                    .thenComparing(Comparator.comparing(Made::id).reversed())).toList();
            db.read(em -> {
                JpaComplaintRepository repo = new JpaComplaintRepository(em);
                assertEquals(upheld.size(), repo.countUpheldAgainstAgency(agency, since));
                assertEquals(upheld.stream().limit(3).map(Made::id).toList(),
                        repo.upheldAgainstAgency(agency, since, 3).stream().map(Complaint::getId).toList());
                return null;
            });
        }
        // the official named «مدير شعبه مرکزی» (Arabic yeh, no hamza), matched however it is typed
        long ofOfficial = made.stream().filter(m -> m.status() == ComplaintStatus.RESOLVED && !m.filedAt().isBefore(since)
                && m.searchKey().contains(official)).count();
        assertTrue(ofOfficial > 0, "the data has some");
        db.read(em -> {
            JpaComplaintRepository repo = new JpaComplaintRepository(em);
            assertEquals(ofOfficial, repo.countUpheldAgainstOfficial(official, since));
            assertEquals(ofOfficial, repo.upheldAgainstOfficial(official, since, 100).size());
            assertEquals(0, repo.countUpheldAgainstOfficial(Complaint.officialKey("کسی دیگر"), since));
            assertEquals(List.of(), repo.upheldAgainstOfficial(null, since, 10));
            return null;
        });
        // candidates: same agency and kind, filed within the span
        Made one = made.get(7);
        Instant[] span = {one.filedAt().minus(Duration.ofDays(3)), one.filedAt().plus(Duration.ofDays(3))};
        Set<Long> expected = made.stream().filter(m -> m.agencyId() == one.agencyId() && m.kind() == one.kind()
                && !m.filedAt().isBefore(span[0]) && !m.filedAt().isAfter(span[1])).map(Made::id).collect(Collectors.toSet());
        db.read(em -> {
            assertEquals(expected, new JpaComplaintRepository(em).filedAround(one.agencyId(), one.kind(), span[0], span[1], 500)
                    .stream().map(Complaint::getId).collect(Collectors.toSet()));
            return null;
        });
    }

    @Test
    void aDuplicateKeepsItsLinkToTheComplaintItRepeats() {
        Made original = made.get(0);
        EntityManager em = db.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            Complaint repeat = Complaint.file(em.find(Office.class, original.officeId()),
                    em.find(Agency.class, original.agencyId()), ComplaintKind.OTHER, LocalDate.of(2025, 3, 1), null,
                    DESCRIPTIONS[0], null, OPERATOR, Instant.parse("2025-03-15T08:00:00Z"), "dup-1");
            new JpaComplaintRepository(em).store(repeat);
            em.flush();
            repeat.markDuplicate(new Actor("dabir", Role.SECRETARIAT), em.find(Complaint.class, original.id()), null,
                    Instant.parse("2025-03-15T09:00:00Z"));
            em.flush();
            em.clear();
            Complaint read = em.find(Complaint.class, repeat.getId());
            assertEquals(original.id(), read.getDuplicateOf().getId());
            assertEquals(ComplaintStatus.REJECTED, read.getStatus());
            assertEquals(original.id(), DuplicateRecord.of(read.timeline(EnumSet.allOf(Visibility.class)).get(1))
                    .orElseThrow().original());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void theSameSubmissionKeyFilesOneComplaintPerOffice() {
        Made m = made.get(0);
        long before = rows("complaint");
        long events = rows("complaint_event");
        PersistenceException e = assertThrows(PersistenceException.class, () -> db.run(em -> {
            Complaint twice = Complaint.file(em.find(Office.class, m.officeId()), em.find(Agency.class, m.agencyId()),
                    ComplaintKind.OTHER, LocalDate.of(2025, 3, 1), null, DESCRIPTIONS[0], null, OPERATOR,
                    Instant.parse("2025-03-15T08:00:00Z"), m.submissionKey());
            new JpaComplaintRepository(em).store(twice);
        }));
        assertNotNull(e);
        assertEquals(before, rows("complaint"));
        assertEquals(events, rows("complaint_event"), "nor its FILE event");
        // another office may use the same key: persisted and flushed, then rolled back to keep the data as made
        EntityManager em = db.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            long other = m.officeId() == hera ? aria : hera;
            Complaint c = Complaint.file(em.find(Office.class, other), em.find(Agency.class, m.agencyId()),
                    ComplaintKind.OTHER, LocalDate.of(2025, 3, 1), null, DESCRIPTIONS[0], null, OPERATOR,
                    Instant.parse("2025-03-15T08:00:00Z"), m.submissionKey());
            new JpaComplaintRepository(em).store(c);
            em.flush();
            assertNotNull(c.getId());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        assertEquals(before, rows("complaint"));
    }

    @Test
    void theTimelineAndFilesAreStoredWithTheComplaint() {
        db.read(em -> {
            Complaint c = new JpaComplaintRepository(em).byId(withFiles).orElseThrow();
            assertEquals(ComplaintStatus.ANSWERED, c.getStatus());
            List<ComplaintEvent> all = c.timeline(EnumSet.allOf(Visibility.class));
            assertEquals(List.of(ComplaintAction.FILE, ComplaintAction.TRIAGE, ComplaintAction.FORWARD, ComplaintAction.ANSWER),
                    all.stream().map(ComplaintEvent::getAction).toList());
            assertEquals(Arrays.asList(null, ComplaintStatus.SUBMITTED, ComplaintStatus.TRIAGED, ComplaintStatus.FORWARDED),
                    all.stream().map(ComplaintEvent::getFromStatus).toList());
            assertEquals(List.of(Role.OFFICE_OPERATOR, Role.SECRETARIAT, Role.SECRETARIAT, Role.AGENCY_LIAISON),
                    all.stream().map(ComplaintEvent::getActorRole).toList());
            assertEquals("دستور وصل مجدد سامانه صادر شد", all.get(3).getText());
            TriageRecord triage = TriageRecord.of(all.get(1)).orElseThrow();
            assertEquals(List.of("14/8"), triage.resolutions());
            assertEquals(D0.plusDays(4), triage.deadline());
            assertNull(all.get(1).getText());
            assertEquals(c.getFiledAt(), all.get(0).getAt());
            assertEquals(ComplaintKind.ACTION_OUTSIDE_WORKING_GROUP, c.getKind());
            assertEquals(Set.of(8), c.getResolutions().stream().map(Resolution::getNumber).collect(Collectors.toSet()));
            assertEquals(D0.plusDays(4), c.getDeadline());
            assertNotNull(c.getForwardedAt());

            List<Attachment> files = c.attachments(EnumSet.allOf(Visibility.class));
            assertEquals(List.of("نامه قطع سامانه.pdf", "رسید.png", "پاسخ دستگاه.pdf"),
                    files.stream().map(Attachment::getFileName).toList(), "the path is not kept");
            assertEquals(List.of("application/pdf", "image/png", "application/pdf"),
                    files.stream().map(Attachment::getContentType).toList());
            assertArrayEquals(PDF, files.get(0).data());
            assertArrayEquals(PNG, files.get(1).data());
            assertArrayEquals(PDF, files.get(2).data());
            assertEquals(PNG.length, files.get(1).getSize());
            assertEquals(all.get(0).getId(), files.get(0).getEvent().getId(), "filed with the complaint");
            assertEquals(all.get(3).getId(), files.get(2).getEvent().getId(), "came with the answer");
            assertEquals(Role.AGENCY_LIAISON, files.get(2).getEvent().getActorRole());
            assertEquals(LIAISON.username(), files.get(2).getUploadedBy());
            assertEquals(all.get(3).getAt(), files.get(2).getUploadedAt());
            return null;
        });
        long attachmentId = db.read(em -> new JpaComplaintRepository(em).byId(withFiles).orElseThrow()
                .attachments(Set.of(Visibility.PUBLIC)).get(1).getId());
        db.read(em -> {
            Attachment png = new JpaComplaintRepository(em).attachment(attachmentId).orElseThrow();
            assertEquals("رسید.png", png.getFileName());
            assertArrayEquals(PNG, png.data());
            assertEquals(withFiles, png.getComplaint().getId());
            assertTrue(new JpaComplaintRepository(em).attachment(-1).isEmpty());
            return null;
        });
        // an internal note and a guild note: who sees what
        Made resolved = made.get(6);
        db.read(em -> {
            Complaint c = new JpaComplaintRepository(em).byId(resolved.id()).orElseThrow();
            assertEquals(ComplaintStatus.RESOLVED, c.getStatus());
            assertEquals("مشکل دفتر برطرف شد و پرونده بسته شد", c.getOutcome());
            List<ComplaintAction> office = c.timeline(ComplaintAccess.visibleTo(Role.OFFICE_OPERATOR)).stream()
                    .map(ComplaintEvent::getAction).toList();
            List<ComplaintAction> secretariat = c.timeline(ComplaintAccess.visibleTo(Role.SECRETARIAT)).stream()
                    .map(ComplaintEvent::getAction).toList();
            assertEquals(List.of(ComplaintAction.FILE, ComplaintAction.TRIAGE, ComplaintAction.FORWARD, ComplaintAction.ANSWER,
                    ComplaintAction.RESOLVE), office);
            assertEquals(List.of(ComplaintAction.FILE, ComplaintAction.TRIAGE, ComplaintAction.FORWARD, ComplaintAction.ANSWER,
                    ComplaintAction.INTERNAL_NOTE, ComplaintAction.RESOLVE), secretariat);
            return null;
        });
        Made referred = made.get(5);
        db.read(em -> {
            Complaint c = new JpaComplaintRepository(em).byId(referred.id()).orElseThrow();
            assertEquals("مدیر شعبه مرکزی", c.getReferredOfficial());
            assertEquals(12, c.getReferredResolution().getNumber());
            return null;
        });
    }

    @Test
    void aFailedCommitStoresNoneOfTheComplaintItsTimelineOrItsFiles() {
        Map<String, Long> before = new LinkedHashMap<>();
        for (String table : List.of("complaint", "complaint_event", "complaint_resolution", "attachment", "attachment_content")) {
            before.put(table, rows(table));
        }
        Made clash = made.get(1);
        assertThrows(PersistenceException.class, () -> db.run(em -> {
            JpaComplaintRepository repo = new JpaComplaintRepository(em);
            Complaint fine = Complaint.file(em.find(Office.class, baharabad), em.find(Agency.class, tax),
                    ComplaintKind.NO_CONTRACT, LocalDate.of(2025, 3, 1), null, DESCRIPTIONS[3],
                    List.of(EvidenceFile.of("نامه.pdf", PDF)), OPERATOR, Instant.parse("2025-03-16T08:00:00Z"), "atomic-1");
            fine.triage(SECRETARY, List.of(new JpaMeetingRepository(em).resolution(14, 5).orElseThrow()), Priority.HIGH,
                    null, EVERY_DAY, Instant.parse("2025-03-16T09:00:00Z"));
            repo.store(fine);
            Complaint twice = Complaint.file(em.find(Office.class, clash.officeId()), em.find(Agency.class, tax),
                    ComplaintKind.OTHER, LocalDate.of(2025, 3, 1), null, DESCRIPTIONS[3], null, OPERATOR,
                    Instant.parse("2025-03-16T08:00:00Z"), clash.submissionKey());
            repo.store(twice);
        }));
        for (Map.Entry<String, Long> e : before.entrySet()) {
            assertEquals((long) e.getValue(), rows(e.getKey()), e.getKey());
        }
        assertTrue(db.read(em -> new JpaComplaintRepository(em).bySubmissionKey(baharabad, "atomic-1")).isEmpty());
    }

    @Test
    void theSecondOfTwoConcurrentChangesFails() {
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Complaint a = new JpaComplaintRepository(first).byId(lockTarget).orElseThrow();
            Complaint b = new JpaComplaintRepository(second).byId(lockTarget).orElseThrow();
            long version = a.getVersion();
            int events = a.timeline(EnumSet.allOf(Visibility.class)).size();
            assertEquals(version, b.getVersion());

            a.internalNote(SECRETARY, "پیگیری تلفنی با دستگاه انجام شد", Instant.parse("2025-03-20T06:00:00Z"));
            first.getTransaction().commit();
            b.guildNote(GUILD, "انجمن صنفی موضوع را پیگیری می" + ZWNJ + "کند", Instant.parse("2025-03-20T06:05:00Z"));
            RollbackException e = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertTrue(e.getCause() instanceof OptimisticLockException, () -> "caused by an optimistic lock failure: " + e);

            Complaint stored = db.read(em -> new JpaComplaintRepository(em).byId(lockTarget)).orElseThrow();
            assertEquals(version + 1, stored.getVersion());
            List<ComplaintEvent> timeline = db.read(em -> new JpaComplaintRepository(em).byId(lockTarget).orElseThrow()
                    .timeline(EnumSet.allOf(Visibility.class)));
            assertEquals(events + 1, timeline.size(), "the first note stands, the second is not written");
            assertEquals(ComplaintAction.INTERNAL_NOTE, timeline.get(timeline.size() - 1).getAction());
        } finally {
            for (EntityManager em : List.of(first, second)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    private long rows(String table) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pastDeadlineWalksTheLateRecordsOfAStatusInBatchesEachOnce() {
        LocalDate[] days = made.stream().map(Made::deadline).filter(java.util.Objects::nonNull).sorted().distinct()
                .toArray(LocalDate[]::new);
        assertTrue(days.length > 2, "the fixture has deadlines on several days");
        LocalDate today = days[days.length / 2];
        int late = 0;
        for (ComplaintStatus status : ComplaintStatus.values()) {
            List<Long> expected = made.stream().filter(m -> m.status() == status && m.dueSort().isBefore(today))
                    .sorted(Comparator.comparing(Made::dueSort).thenComparing(Made::id)).map(Made::id).toList();
            late += expected.size();
            for (int size : new int[] {2, 1000}) {
                List<Long> seen = LateBatches.walk(size, (d, id, n) ->
                        db.read(em -> new JpaComplaintRepository(em).pastDeadline(status, today, d, id, n)));
                assertEquals(expected, seen, status + " in batches of " + size);
            }
        }
        assertTrue(late > 0, "some records are late on " + today);
    }

    // --- the compliance figures: each GROUP BY against what the complaints themselves say ---

    @Test
    void theFiguresCountWhatTheComplaintsSay() {
        assertTrue(rows("complaint_tally") > new java.util.HashSet<>(statusKeys()).size(),
                "the tallies hold a row for each change, not yet folded");
        assertFiguresAsTheComplaintsSay();

        int folded = 0;
        for (int gone; (gone = db.inTransaction(em -> new JpaFiguresRepository(em).foldTallies(7))) > 0; ) {
            folded += gone;
        }
        assertTrue(folded > 0, "rows were folded");
        assertEquals((long) new java.util.HashSet<>(statusKeys()).size(), rows("complaint_tally"), () -> "one row per key once folded: "
                + db.read(em -> em.createNativeQuery("SELECT agency_id, filed_month, status, forwarded, n FROM complaint_tally"
                + " ORDER BY 1, 2, 3, 4").getResultList().stream().map(r -> java.util.Arrays.toString((Object[]) r)).toList()));
        assertFiguresAsTheComplaintsSay();
        assertEquals(0, (int) db.inTransaction(em -> new JpaFiguresRepository(em).foldTallies(7)), "nothing left to fold");
    }

    // the keys of the per-status tally, one per complaint, as the complaints say
    private List<List<Object>> statusKeys() {
        return db.read(em -> em.createQuery("SELECT c FROM Complaint c", Complaint.class).getResultList()).stream()
                .map(c -> List.<Object>of(c.getAgency().getId(), c.getFiledMonth(), c.getStatus(), c.isForwarded()))
                .toList();
    }

    private void assertFiguresAsTheComplaintsSay() {
        List<Complaint> all = db.read(em -> em.createQuery("SELECT c FROM Complaint c", Complaint.class).getResultList());
        int first = all.stream().mapToInt(Complaint::getFiledMonth).min().orElseThrow();
        int last = all.stream().mapToInt(Complaint::getFiledMonth).max().orElseThrow();
        assertEquals(JalaliDates.monthKey(LocalDate.ofInstant(T0, JalaliDates.ZONE)), first, "filed in Esfand 1403");
        MonthSpan span = new MonthSpan(first, last);
        assertTrue(all.stream().anyMatch(c -> c.getAnswerDays() != null), "the fixture has answered complaints");

        Map<Long, List<Long>> expected = new java.util.TreeMap<>();
        for (Complaint c : all) {
            List<Long> counts = expected.computeIfAbsent(c.getAgency().getId(), k -> new ArrayList<>(List.of(0L, 0L, 0L)));
            counts.set(0, counts.get(0) + 1);
            counts.set(1, counts.get(1) + (c.isForwarded() ? 1 : 0));
            counts.set(2, counts.get(2) + (c.getAnswerDays() != null ? 1 : 0));
        }
        Map<Long, List<Long>> received = new java.util.TreeMap<>();
        db.read(em -> new JpaFiguresRepository(em).receivedPerAgency(span)).forEach(r ->
                received.put(r.agencyId(), List.of(r.filed(), r.received(), r.answered())));
        assertEquals(expected, received, "filed, forwarded and answered per agency");

        Map<List<Long>, Long> days = all.stream().filter(c -> c.getAnswerDays() != null).collect(Collectors.groupingBy(
                c -> List.of(c.getAgency().getId(), (long) c.getAnswerDays()), Collectors.counting()));
        assertEquals(days, db.read(em -> new JpaFiguresRepository(em).answerDays(span, null)).stream().collect(
                Collectors.toMap(d -> List.of(d.agencyId(), (long) d.days()), FiguresRepository.AnswerDays::complaints)));
        assertEquals(days.entrySet().stream().filter(e -> e.getKey().get(0) == postBank).count(),
                db.read(em -> new JpaFiguresRepository(em).answerDays(span, postBank)).size(), "of one agency");

        Map<String, Long> perMonth = all.stream().filter(c -> c.getAgency().getId() == telecom).collect(
                Collectors.groupingBy(c -> c.getFiledMonth() + " " + c.getStatus(), Collectors.counting()));
        assertEquals(perMonth, db.read(em -> new JpaFiguresRepository(em).perMonthAndStatus(span, telecom)).stream()
                .collect(Collectors.toMap(m -> m.month() + " " + m.status(), FiguresRepository.MonthStatus::complaints)));

        Map<String, Long> everyMonth = all.stream().collect(
                Collectors.groupingBy(c -> c.getFiledMonth() + " " + c.getStatus(), Collectors.counting()));
        assertEquals(everyMonth, db.read(em -> new JpaFiguresRepository(em).perMonthAndStatus(span, null)).stream()
                .collect(Collectors.toMap(m -> m.month() + " " + m.status(), FiguresRepository.MonthStatus::complaints)),
                "of every agency");

        Map<String, Long> kinds = all.stream().collect(Collectors.groupingBy(
                c -> c.getAgency().getId() + " " + c.getKind() + " " + c.getStatus(), Collectors.counting()));
        assertEquals(kinds, db.read(em -> new JpaFiguresRepository(em).perAgencyKindAndStatus(span)).stream()
                .collect(Collectors.toMap(k -> k.agencyId() + " " + k.kind() + " " + k.status(),
                        FiguresRepository.KindStatus::complaints)));

        Map<Long, Long> linked = db.read(em -> em.createQuery("SELECT r.id, COUNT(c) FROM Complaint c JOIN c.resolutions r"
                + " GROUP BY r.id", Object[].class).getResultList()).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        assertFalse(linked.isEmpty(), "the fixture links complaints to resolutions");
        assertEquals(linked, db.read(em -> new JpaFiguresRepository(em).perResolution(span)).stream()
                .filter(r -> r.complaints() != 0).collect(Collectors.toMap(
                        FiguresRepository.ResolutionFigures::resolutionId, FiguresRepository.ResolutionFigures::complaints)),
                "complaints per resolution linked");

        MonthSpan after = new MonthSpan(MonthSpan.plusMonths(last, 1), MonthSpan.plusMonths(last, 3));
        assertTrue(db.read(em -> new JpaFiguresRepository(em).receivedPerAgency(after)).isEmpty(), "none filed later");

        LocalDate today = D0.plusDays(3);
        Map<Long, Long> overdue = all.stream().filter(c -> c.isOverdue(today)).collect(
                Collectors.groupingBy(c -> c.getAgency().getId(), Collectors.counting()));
        assertFalse(overdue.isEmpty(), "some are overdue on " + today);
        assertEquals(overdue, db.read(em -> new JpaFiguresRepository(em).overduePerAgency(today)).stream()
                .collect(Collectors.toMap(FiguresRepository.Count::agencyId, FiguresRepository.Count::complaints)));
    }

    @Test
    void theAgendaProposesAgenciesByUpheldComplaintsAndComplaintsOnTheMeetingRung() {
        Instant since = T0.plus(Duration.ofHours(1));
        java.util.Map<Long, Long> upheld = new java.util.TreeMap<>();
        made.stream().filter(m -> m.status() == ComplaintStatus.RESOLVED && !m.filedAt().isBefore(since))
                .forEach(m -> upheld.merge(m.agencyId(), 1L, Long::sum));
        assertFalse(upheld.isEmpty(), "the data has some");
        long most = Collections.max(upheld.values());
        for (long atLeast : new long[] {1, most}) {
            java.util.Map<Long, Long> want = new java.util.TreeMap<>(upheld);
            want.values().removeIf(n -> n < atLeast);
            java.util.Map<Long, Long> got = new java.util.TreeMap<>();
            db.read(em -> new JpaAgendaSources(em).agenciesWithUpheld(since, atLeast, 100)).forEach(a -> {
                assertEquals(a.id(), a.agency().getId());
                got.put(a.id(), a.upheld());
            });
            assertEquals(want, got, "at least " + atLeast);
        }
        assertEquals(1, db.read(em -> new JpaAgendaSources(em).agenciesWithUpheld(since, 1, 1)).size(), "limited");

        // the meeting rung taken for a forwarded complaint and for a resolved one: only the first is still the agency's
        Made forwarded = made.stream().filter(m -> m.status() == ComplaintStatus.FORWARDED).findFirst().orElseThrow();
        Made resolved = made.stream().filter(m -> m.status() == ComplaintStatus.RESOLVED).findFirst().orElseThrow();
        try {
            db.run(em -> {
                JpaEscalationRepository e = new JpaEscalationRepository(em);
                for (Made m : List.of(forwarded, resolved)) {
                    e.take(new ir.pishkhan.portal.domain.escalation.Escalation("complaint", m.id(),
                            ir.pishkhan.portal.domain.escalation.Rung.FOR_MEETING, D0, T0));
                }
                // a lower rung is no mark for the meeting
                e.take(new ir.pishkhan.portal.domain.escalation.Escalation("complaint", forwarded.id() + 1000,
                        ir.pishkhan.portal.domain.escalation.Rung.LETTER, D0, T0));
            });
            List<Long> marked = db.read(em -> new JpaAgendaSources(em).complaintsForMeeting(10)).stream()
                    .map(c -> c.id()).toList();
            assertEquals(List.of(forwarded.id()), marked);
        } finally {
            db.sql("DELETE FROM escalation");
        }
    }

    @Test
    void referralProposalsCountAgenciesAndTheirOfficialsInTheDatabaseAndEachIsDecidedOnce() {
        Instant since = T0.plus(Duration.ofHours(1));
        String official = Complaint.officialKey("مدیر  شعبهٔ مرکزی");
        List<Made> upheld = made.stream().filter(m -> m.status() == ComplaintStatus.RESOLVED && !m.filedAt().isBefore(since))
                .toList();
        java.util.Map<Subject, List<Long>> want = new java.util.HashMap<>();
        for (Made m : upheld) {
            want.computeIfAbsent(Subject.agency(m.agencyId()), s -> new ArrayList<>()).add(m.id());
            if (m.searchKey().contains(official)) {
                want.computeIfAbsent(Subject.official(m.agencyId(), official), s -> new ArrayList<>()).add(m.id());
            }
        }
        assertTrue(want.keySet().stream().anyMatch(s -> s.kind() == Referrals.Kind.OFFICIAL), "the data names an official");
        java.util.Map<Subject, List<Long>> got = new java.util.HashMap<>();
        List<Tally> tallies = db.read(em -> new JpaReferralRepository(em).tallies(since, 1, 100));
        for (Tally t : tallies) {
            assertEquals(t.subject().agencyId(), t.agency().getId());
            assertEquals(Collections.max(want.get(t.subject())), t.newestUpheldId(), "the newest upheld complaint");
            got.put(t.subject(), want.get(t.subject()));
            assertEquals(want.get(t.subject()).size(), t.upheld(), t.subject().toString());
        }
        assertEquals(want.keySet(), got.keySet());
        for (int i = 1; i < tallies.size(); i++) {
            assertTrue(tallies.get(i - 1).upheld() >= tallies.get(i).upheld(), "most first");
        }
        long most = Collections.max(want.values().stream().map(List::size).toList());
        assertTrue(db.read(em -> new JpaReferralRepository(em).tallies(since, most, 100)).stream()
                .allMatch(t -> t.upheld() >= most));
        assertTrue(db.read(em -> new JpaReferralRepository(em).tallies(since, 1, 1)).size() <= 2, "limited, of each kind");
        assertEquals(List.of(), db.read(em -> new JpaReferralRepository(em).tallies(since, 1000, 100)));

        // the complaints behind a proposal, newest first; the newest one that may still be referred
        Subject agency = tallies.get(0).subject();
        List<Long> behind = upheld.stream().filter(m -> m.agencyId() == agency.agencyId())
                .sorted(Comparator.comparing(Made::filedAt).reversed().thenComparing(Comparator.comparing(Made::id).reversed()))
                .map(Made::id).toList();
        // every subject's in one statement, each its own newest first, at most as many as asked
        java.util.Map<Subject, List<Referrals.Behind>> lists = db.read(em -> new JpaReferralRepository(em)
                .upheld(want.keySet(), since, 100));
        assertEquals(want.keySet(), lists.keySet());
        assertEquals(behind, lists.get(agency).stream().map(Referrals.Behind::id).toList());
        for (Subject s : want.keySet()) {
            assertEquals(want.get(s).stream().sorted(Comparator.reverseOrder()).toList(),
                    lists.get(s).stream().map(Referrals.Behind::id).sorted(Comparator.reverseOrder()).toList(),
                    s.toString());
        }
        Subject named = want.keySet().stream().filter(s -> s.kind() == Referrals.Kind.OFFICIAL).findFirst().orElseThrow();
        Made newestOfNamed = made.stream().filter(m -> m.id() == lists.get(named).get(0).id()).findFirst().orElseThrow();
        assertEquals(newestOfNamed.filedAt(), lists.get(named).get(0).filedAt(), "when it was filed, as stored");
        assertEquals(Complaint.trackingNumber(newestOfNamed.id(), newestOfNamed.filedAt()),
                lists.get(named).get(0).trackingNumber());
        java.util.Map<Subject, List<Referrals.Behind>> two = db.read(em -> new JpaReferralRepository(em)
                .upheld(List.of(agency, named, Subject.agency(agency.agencyId() + 100000)), since, 2));
        assertEquals(behind.subList(0, Math.min(2, behind.size())), two.get(agency).stream().map(Referrals.Behind::id).toList());
        assertEquals(lists.get(named).subList(0, Math.min(2, lists.get(named).size())), two.get(named));
        assertEquals(java.util.Set.of(agency, named), two.keySet(), "a subject with none is absent");
        assertEquals(java.util.Map.of(), db.read(em -> new JpaReferralRepository(em).upheld(List.of(), since, 10)));
        Optional<Long> referable = made.stream().filter(m -> m.agencyId() == agency.agencyId()
                        && ComplaintAction.REFER.from().contains(m.status()))
                .max(Comparator.comparing(Made::filedAt).thenComparing(Made::id)).map(Made::id);
        assertEquals(referable, db.read(em -> new JpaReferralRepository(em).newestReferable(agency)).map(Complaint::getId));

        // decided once: a second decision on the same proposal fails in the database, whoever makes it
        Referrals.Proposal first = new Referrals.Proposal(tallies.get(0));
        Instant decidedAt = T0.plus(Duration.ofDays(30));
        try {
            db.run(em -> new JpaReferralRepository(em).decide(Referral.dropped(first, "یک بار", "secretary", decidedAt)));
            assertThrows(PersistenceException.class, () -> db.run(em -> new JpaReferralRepository(em)
                    .decide(Referral.confirmed(first, behind.get(0), "another.secretary", decidedAt.plusSeconds(5)))));
            Referral kept = db.read(em -> new JpaReferralRepository(em).decision(first.subject(), first.newestUpheldId()))
                    .orElseThrow();
            assertEquals(Referral.Outcome.DROPPED, kept.getOutcome());
            assertEquals("secretary", kept.getDecidedBy());
            assertEquals(decidedAt, kept.getDecidedAt());
            assertTrue(db.read(em -> new JpaReferralRepository(em).decision(first.subject(), first.newestUpheldId() + 1))
                    .isEmpty(), "another proposal of the subject");
            List<Subject> all = tallies.stream().map(Tally::subject).toList();
            assertEquals(java.util.Map.of(first.subject(), decidedAt),
                    db.read(em -> new JpaReferralRepository(em).lastDecided(all, since)));
            assertEquals(java.util.Map.of(), db.read(em -> new JpaReferralRepository(em).lastDecided(all,
                    decidedAt.plusSeconds(1))), "decided before the period");
            assertEquals(java.util.Map.of(), db.read(em -> new JpaReferralRepository(em).lastDecided(List.of(), since)));
        } finally {
            db.sql("DELETE FROM referral");
        }
    }
}
