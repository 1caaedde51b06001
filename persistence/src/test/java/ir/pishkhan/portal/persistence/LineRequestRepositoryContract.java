package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.calendar.BusinessCalendar;

import ir.pishkhan.portal.domain.linerequest.RefusalRecord;

import ir.pishkhan.portal.domain.linerequest.DisputeRecord;

import ir.pishkhan.portal.domain.linerequest.ScheduleRecord;

import ir.pishkhan.portal.domain.workflow.TrackingNumber;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.Keyset.Direction;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.linerequest.DisputeReason;
import ir.pishkhan.portal.domain.linerequest.LineDeadlines;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAccess;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.LineRequestEvent;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository.OfficeLines;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository.ProviderFigures;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository.Waiting;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.linerequest.LineStanding;
import ir.pishkhan.portal.domain.linerequest.Refusal;
import ir.pishkhan.portal.domain.linerequest.RefusalReason;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
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
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Line requests stored and listed: the workflow through the domain's own API (file, send, schedule, install,
 * confirm; dispute; refuse, and the escalated refusal with the complaint it opens), the timeline, keyset paging in
 * both orders and all four directions, every filter, the capped count, the follow-up report's figures, the
 * double-submit key and optimistic locking. Runs on every {@link TestDatabase}.
 * <p>
 * The requests are made once per database and removed afterwards (with the complaints the escalations opened), so
 * that the other contracts, which delete the offices and the complaints, find nothing in the way. Lists and figures
 * are checked against what the test created ({@link Made}), filtered, sorted and counted in plain Java.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LineRequestRepositoryContract {

    /** Every day a working day: these contracts test storage, not the days off (the domain tests those). */
    private static final BusinessCalendar EVERY_DAY = day -> true;

    private static final char ZWNJ = '\u200C';

    /** The first filing; the generated requests follow every 3.5 hours, two at a time on the same instant. */
    private static final Instant T0 = Instant.parse("2025-03-01T04:00:00Z");
    /** Requests generated through the workflow: each of the 13 outcomes three times, once per office. */
    private static final int GENERATED = 39;
    private static final int OUTCOMES = 13;
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);

    private static final Actor OPERATOR = new Actor("operator.hera", Role.OFFICE_OPERATOR);
    private static final Actor SECRETARY = new Actor("secretary", Role.SECRETARIAT);
    private static final Actor LIAISON = new Actor("liaison.telecom", Role.AGENCY_LIAISON);
    private static final Actor GUILD = new Actor("guild.head", Role.GUILD);

    /** Where each generated request ends, by {@code i % 13}. */
    private static final LineRequestStatus[] OUTCOME = {
            LineRequestStatus.REQUESTED,  // 0
            LineRequestStatus.CANCELLED,  // 1
            LineRequestStatus.SENT,       // 2: sent by the office
            LineRequestStatus.SENT,       // 3: forwarded by the secretariat
            LineRequestStatus.SCHEDULED,  // 4
            LineRequestStatus.INSTALLED,  // 5: on time
            LineRequestStatus.CONFIRMED,  // 6: on time
            LineRequestStatus.CONFIRMED,  // 7: late
            LineRequestStatus.INSTALLED,  // 8: late
            LineRequestStatus.DISPUTED,   // 9
            LineRequestStatus.REFUSED,    // 10: no capacity
            LineRequestStatus.ESCALATED,  // 11: "not needed", a complaint opened
            LineRequestStatus.INSTALLED,  // 12: escalated, a complaint opened, then installed on time
    };

    /** Addresses as offices type them: Arabic letter forms, ZWNJs kept or typed as a space, Persian digits. */
    private static final String[] ADDRESSES = {
            "بجنورد، خیابان طالقانی شرقی، کوچه ۱۲",
            "شيروان، ميدان امام، جنب بانك ملی",
            "فاروج، روستای بهار" + ZWNJ + "آباد، بلوار اصلی",
            "بجنورد، شهرک صنعتی، خیابان دوم",
    };
    private static final String[] NOTES = {
            "برای راه" + ZWNJ + "اندازی خدمات پست بانک لازم است",
            "خط قبلی دفتر قطع شده است",
            "۱۰۰% ضروری_فوری",
    };

    /** What the test made: its id and every field a filter, an order or a figure looks at. */
    private record Made(long id, Instant filedAt, LocalDate deadline, LineRequestStatus status, long officeId,
                        long agencyId, LineKind kind, int quantity, Instant sentAt, Instant installedAt,
                        String searchKey, String submissionKey, Long complaintId) {
        LocalDate dueSort() {
            return deadline == null ? LineRequest.NO_DEADLINE : deadline;
        }

        boolean overdue(LocalDate today) {
            return status.isWithProvider() && deadline != null && deadline.isBefore(today);
        }
    }

    private final TestDatabase database;
    private TestDatabase.Shared db;
    private final List<Made> made = new ArrayList<>();
    private long hera;
    private long aria;
    private long baharabad;
    private long telecom;
    private long mobileOperator;
    private long ictDirectorate;
    private long infrastructureCo;
    private final Map<Integer, Long> resolutionIds = new LinkedHashMap<>();
    /** The edge cases of the report, by name: installed on the deadline's last second or the next day's first. */
    private final Map<String, Made> edge = new LinkedHashMap<>();
    /** The request the optimistic-locking test changes (notes only: no field a list looks at). */
    private long lockTarget;

    protected LineRequestRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    // --- the requests ---

    @BeforeAll
    void createRequests() {
        // the shared database (on PostgreSQL through a pool of connections: TestDatabase)
        db = database.shared();
        removeRequests();
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
            telecom = agencies.byCode("telecom").orElseThrow().getId();
            mobileOperator = agencies.byCode("mobile-operator").orElseThrow().getId();
            ictDirectorate = agencies.byCode("ict-directorate").orElseThrow().getId();
            infrastructureCo = agencies.byCode("infrastructure-co").orElseThrow().getId();
            for (Resolution r : new JpaMeetingRepository(em).resolutionsOf(14)) {
                resolutionIds.put(r.getNumber(), r.getId());
            }
            return null;
        });

        Map<String, LineRequest> edges = new LinkedHashMap<>();
        List<LineRequest> requests = db.inTransaction(em -> {
            JpaMeetingRepository meetings = new JpaMeetingRepository(em);
            LineDeadlines deadlines = new LineDeadlines(meetings.resolution(14, 1).orElseThrow(),
                    meetings.resolution(14, 9).orElseThrow());
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            long[] officeIds = {hera, aria, baharabad};
            long[] providerIds = {telecom, mobileOperator, ictDirectorate, infrastructureCo};
            List<LineRequest> out = new ArrayList<>();
            for (int i = 0; i < GENERATED; i++) {
                // two requests on each instant (the id breaks the tie), some with microseconds
                Instant filed = T0.plus(Duration.ofMinutes(210L * (i / 2))).plusNanos(i % 4 == 1 ? 123_456_000L : 0);
                LineRequest r = LineRequest.file(em.find(Office.class, officeIds[i % 3]),
                        em.find(Agency.class, providerIds[i % 4]), LineKind.values()[i % 5], 1 + i % 4,
                        ADDRESSES[i % ADDRESSES.length] + "، پلاک " + PersianText.toPersianDigits(Integer.toString(i)),
                        i % 2 == 0 ? NOTES[(i / 2) % NOTES.length] : null, deadlines, EVERY_DAY, OPERATOR, filed, "key-" + i);
                // stored at once, as the filing form does: the id is the tracking number and the escalation's key
                repo.store(r);
                takeTo(em, r, i % OUTCOMES, filed);
                if (i % 4 == 0) {
                    r.guildNote(GUILD, "انجمن صنفی پیگیری می" + ZWNJ + "کند", r.getUpdatedAt().plusSeconds(60));
                }
                if (i % 6 == 0) {
                    r.secretariatNote(SECRETARY, "دبیرخانه با دستگاه تماس گرفت", r.getUpdatedAt().plusSeconds(60));
                }
                assertEquals(OUTCOME[i % OUTCOMES], r.getStatus(), "request " + i);
                out.add(r);
            }
            // Installed on the deadline's last moment or the next day's first, in Tehran: in the summer of 2012
            // (daylight saving, UTC+04:30) and in 2025 (UTC+03:30); and the deadlines of resolutions 1 and 9.
            edges.put("dst-on-time", edgeCase(em, "dst-on-time", deadlines, hera, ictDirectorate, LineKind.INTERNET,
                    "2012-05-19T06:00:00Z", "2012-05-20T06:00:00Z", Duration.ofSeconds(-1), true));
            edges.put("dst-late", edgeCase(em, "dst-late", deadlines, aria, ictDirectorate, LineKind.INTERNET,
                    "2012-05-19T06:00:00Z", "2012-05-20T06:00:00Z", Duration.ZERO, true));
            edges.put("resolution-1", edgeCase(em, "resolution-1", deadlines, baharabad, telecom, LineKind.FIXED_LINE,
                    "2012-09-01T06:00:00Z", "2012-09-02T06:00:00Z", null, false));
            edges.put("resolution-9", edgeCase(em, "resolution-9", deadlines, hera, telecom, LineKind.MOBILE_MODULE,
                    "2012-09-20T06:00:00Z", "2012-09-20T07:00:00Z", Duration.ofSeconds(-1), true));
            edges.put("late", edgeCase(em, "late", deadlines, aria, mobileOperator, LineKind.DATA_LINE,
                    "2025-05-31T06:00:00Z", "2025-06-01T06:00:00Z", Duration.ZERO, false));
            edges.put("on-time", edgeCase(em, "on-time", deadlines, baharabad, mobileOperator, LineKind.FIXED_LINE,
                    "2025-05-31T06:00:00Z", "2025-06-01T06:00:00Z", Duration.ofNanos(-1000), true));
            out.addAll(edges.values());
            return out;
        });
        for (LineRequest r : requests) {
            Made m = new Made(r.getId(), r.getFiledAt(), r.getDeadline(), r.getStatus(), r.getOffice().getId(),
                    r.getProvider().getId(), r.getKind(), r.getQuantity(), r.getSentAt(), r.getInstalledAt(),
                    PersianText.normalize(r.getAddress() + " " + (r.getNote() == null ? "" : r.getNote())),
                    r.getSubmissionKey(), r.getComplaint() == null ? null : r.getComplaint().getId());
            made.add(m);
        }
        edges.forEach((name, r) -> edge.put(name, made.stream().filter(m -> m.id() == r.getId()).findFirst().orElseThrow()));
        lockTarget = made.get(2).id();
        assertEquals(GENERATED + edges.size(), new HashSet<>(made.stream().map(Made::id).toList()).size(), "one id each");
    }

    /**
     * A request filed and sent on the given instants, then installed at the start of the day after its deadline
     * (in Tehran) moved by {@code installed} (null: left sent), and confirmed or not.
     */
    private LineRequest edgeCase(EntityManager em, String name, LineDeadlines deadlines, long office, long provider, LineKind kind,
                                 String filed, String sent, Duration installed, boolean confirm) {
        LineRequest r = LineRequest.file(em.find(Office.class, office), em.find(Agency.class, provider), kind, 2,
                ADDRESSES[0], null, deadlines, EVERY_DAY, OPERATOR, Instant.parse(filed), "edge-" + name);
        new JpaLineRequestRepository(em).store(r);
        r.send(OPERATOR, null, EVERY_DAY, Instant.parse(sent));
        if (installed != null) {
            Instant at = r.getDeadline().plusDays(1).atStartOfDay(JalaliDates.ZONE).toInstant().plus(installed);
            r.install(LIAISON, "نصب شد", at);
            if (confirm) {
                r.confirm(OPERATOR, null, at.plus(Duration.ofDays(1)));
            }
        }
        return r;
    }

    @AfterAll
    void closeAndRemoveRequests() {
        removeRequests();
    }

    /** The requests and the complaints their escalations opened (nothing else files complaints here). */
    private void removeRequests() {
        database.shared().sql("DELETE FROM line_request_event", "DELETE FROM line_request",
                "DELETE FROM attachment", "DELETE FROM attachment_content", "DELETE FROM complaint_event",
                "DELETE FROM complaint_resolution", "DELETE FROM complaint",
                "DELETE FROM complaint_tally", "DELETE FROM answer_tally", "DELETE FROM open_tally",
                "DELETE FROM resolution_tally");
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(JalaliDates.ZONE).toInstant();
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, JalaliDates.ZONE);
    }

    /** Takes new request i to its outcome the way the portal's users would. */
    private void takeTo(EntityManager em, LineRequest r, int outcome, Instant filed) {
        Instant[] at = {filed};
        Function<Integer, Instant> next = minutes -> at[0] = at[0].plus(Duration.ofMinutes(minutes));
        if (outcome == 0) {
            return;
        }
        if (outcome == 1) {
            r.cancel(OPERATOR, "با مراجعه حضوری به مخابرات انجام شد", next.apply(60));
            return;
        }
        if (outcome == 3) {
            r.forward(SECRETARY, "ارسال از طرف دبیرخانه به جای دفتر", EVERY_DAY, next.apply(60));
        } else {
            r.send(OPERATOR, null, EVERY_DAY, next.apply(60));
        }
        LocalDate sentOn = dayOf(r.getSentAt());
        LocalDate deadline = r.getDeadline();
        JpaMeetingRepository meetings = new JpaMeetingRepository(em);
        switch (outcome) {
            case 2, 3 -> { }
            case 4 -> r.schedule(LIAISON, sentOn.plusDays(3), "با دفتر هماهنگ شد", next.apply(120));
            case 5 -> {
                r.schedule(LIAISON, sentOn.plusDays(3), null, next.apply(120));
                r.install(LIAISON, null, noon(sentOn.plusDays(2)));
            }
            case 6 -> {
                r.schedule(LIAISON, sentOn.plusDays(3), "با دفتر هماهنگ شد", next.apply(120));
                r.install(LIAISON, "نصب و راه" + ZWNJ + "اندازی شد", noon(sentOn.plusDays(3)));
                r.confirm(OPERATOR, "خط وصل است", noon(sentOn.plusDays(4)));
            }
            case 7 -> {
                r.install(LIAISON, null, noon(deadline.plusDays(3)));
                r.confirm(OPERATOR, null, noon(deadline.plusDays(4)));
            }
            case 8 -> {
                r.schedule(LIAISON, sentOn.plusDays(3), null, next.apply(120));
                r.install(LIAISON, null, noon(deadline.plusDays(1)));
            }
            case 9 -> {
                r.install(LIAISON, null, noon(sentOn.plusDays(2)));
                r.dispute(OPERATOR, DisputeReason.NOT_WORKING, "خط نصب شده بوق آزاد ندارد", noon(sentOn.plusDays(3)));
            }
            case 10 -> {
                Refusal refusal = r.refuse(LIAISON, RefusalReason.NO_CAPACITY, "ظرفیت خالی در مرکز مخابراتی نیست",
                        next.apply(180));
                assertFalse(refusal.escalated());
            }
            case 11, 12 -> {
                if (outcome == 11) {
                    r.schedule(LIAISON, sentOn.plusDays(3), null, next.apply(120));
                }
                Instant refused = next.apply(180);
                Refusal refusal = r.refuse(LIAISON, RefusalReason.NOT_NEEDED, "دفتر به این خط نیازی ندارد", refused);
                assertTrue(refusal.escalated());
                assertTrue(r.isComplaintPending());
                // in the refusal's transaction, as the portal does
                Complaint c = r.openComplaint(meetings.resolution(14, 13).orElseThrow(),
                        meetings.resolution(14, 2).orElseThrow(),
                        facts -> "درخواست " + facts.trackingNumber() + " رد شد: " + facts.refusalText(), refused);
                new JpaComplaintRepository(em).store(c);
                if (outcome == 12) {
                    r.install(LIAISON, "پس از شکایت نصب شد", noon(sentOn.plusDays(5)));
                }
            }
            default -> throw new IllegalArgumentException(Integer.toString(outcome));
        }
    }

    // --- the oracle ---

    private List<Long> expected(LineRequestFilter f, ListOrder sort) {
        Comparator<Made> order = sort == ListOrder.FILED_NEWEST
                ? Comparator.comparing(Made::filedAt).thenComparing(Made::id).reversed()
                : Comparator.comparing(Made::dueSort).thenComparing(Made::id);
        return made.stream().filter(m -> selects(f, m)).sorted(order).map(Made::id).toList();
    }

    private static boolean selects(LineRequestFilter f, Made m) {
        if (!f.statuses().isEmpty() && !f.statuses().contains(m.status())) {
            return false;
        }
        if (f.agencyId() != null && f.agencyId() != m.agencyId()
                || f.officeId() != null && f.officeId() != m.officeId()
                || f.kind() != null && f.kind() != m.kind()
                || f.sentOnly() && m.sentAt() == null
                || f.overdueOnly() && !m.overdue(f.today())) {
            return false;
        }
        if (f.text() != null && !f.text().isBlank()) {
            var tracking = LineRequest.trackingNumber(f.text());
            if (tracking.isPresent()) {
                return tracking.get().id() == m.id() && tracking.get().yearOf(m.filedAt());
            }
            for (String word : PersianText.normalize(f.text()).split(" ")) {
                if (!m.searchKey().contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Made> where(Predicate<Made> p) {
        return made.stream().filter(p).toList();
    }

    private static final Set<LineRequestStatus> INSTALLED = EnumSet.of(LineRequestStatus.INSTALLED, LineRequestStatus.CONFIRMED);

    /** The report's figures, counted by hand from what was made. */
    private List<ProviderFigures> expectedFigures(LocalDate sentFrom, LocalDate sentTo, LocalDate today) {
        Map<Long, List<Made>> byProvider = new TreeMap<>(made.stream()
                .filter(m -> m.sentAt() != null)
                .filter(m -> sentFrom == null || !dayOf(m.sentAt()).isBefore(sentFrom))
                .filter(m -> sentTo == null || !dayOf(m.sentAt()).isAfter(sentTo))
                .collect(Collectors.groupingBy(Made::agencyId)));
        List<ProviderFigures> out = new ArrayList<>();
        byProvider.forEach((agency, list) -> out.add(new ProviderFigures(agency, list.size(),
                list.stream().filter(m -> INSTALLED.contains(m.status()) && !dayOf(m.installedAt()).isAfter(m.deadline())).count(),
                list.stream().filter(m -> INSTALLED.contains(m.status()) && dayOf(m.installedAt()).isAfter(m.deadline())).count(),
                list.stream().filter(m -> EnumSet.of(LineRequestStatus.SENT, LineRequestStatus.SCHEDULED,
                        LineRequestStatus.DISPUTED).contains(m.status())).count(),
                list.stream().filter(m -> m.overdue(today)).count(),
                list.stream().filter(m -> m.status() == LineRequestStatus.REFUSED || m.status() == LineRequestStatus.ESCALATED).count(),
                list.stream().filter(m -> m.status() == LineRequestStatus.ESCALATED).count())));
        return out;
    }

    private List<Waiting> expectedWaiting(Long office, LocalDate today) {
        record Key(long office, long agency, LineKind kind) {
        }
        Map<Key, List<Made>> groups = made.stream()
                .filter(m -> m.status().isWithProvider() && (office == null || m.officeId() == office))
                .collect(Collectors.groupingBy(m -> new Key(m.officeId(), m.agencyId(), m.kind())));
        return groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Key, List<Made>> e) -> e.getKey().office())
                        .thenComparing(e -> e.getKey().agency()).thenComparing(e -> e.getKey().kind().name()))
                .map(e -> new Waiting(e.getKey().office(), e.getKey().agency(), e.getKey().kind(), e.getValue().size(),
                        e.getValue().stream().mapToLong(Made::quantity).sum(),
                        e.getValue().stream().filter(m -> m.overdue(today)).count(),
                        e.getValue().stream().map(Made::deadline).filter(Objects::nonNull).min(Comparator.naturalOrder())
                                .orElse(null)))
                .toList();
    }

    private static LineRequestFilter filter(Set<LineRequestStatus> statuses, Long agency, Long office, LineKind kind,
                                            boolean overdue, String text, boolean sentOnly, LocalDate today) {
        return new LineRequestFilter(statuses, agency, office, kind, overdue, text, sentOnly, today);
    }

    private static LineRequestFilter all() {
        return LineRequestFilter.all(TODAY);
    }

    private static LineRequestFilter text(String text) {
        return filter(null, null, null, null, false, text, false, TODAY);
    }

    // --- the repository ---

    private Keyset.Page<LineRequest> page(LineRequestFilter f, ListOrder sort, Direction direction,
                                          Keyset.Cursor cursor, int size) {
        return db.read(em -> new JpaLineRequestRepository(em).page(f, new Keyset.Request(sort, direction, cursor, size)));
    }

    private static List<Long> ids(Keyset.Page<LineRequest> page) {
        return page.items().stream().map(LineRequest::getId).toList();
    }

    private long count(LineRequestFilter f, long cap) {
        return db.read(em -> new JpaLineRequestRepository(em).countUpTo(f, cap));
    }

    private List<Long> walkForward(LineRequestFilter f, ListOrder sort, int size) {
        List<Long> seen = new ArrayList<>();
        Keyset.Page<LineRequest> p = page(f, sort, Direction.FIRST, null, size);
        assertFalse(p.hasPrevious(), "nothing before the first page");
        checkCursors(p, sort);
        seen.addAll(ids(p));
        while (p.hasNext()) {
            assertEquals(size, p.items().size(), "a page with more after it is full");
            p = page(f, sort, Direction.AFTER, p.last(), size);
            assertTrue(p.hasPrevious(), "a page after another has one before it");
            assertFalse(p.items().isEmpty(), "hasNext promised more");
            checkCursors(p, sort);
            seen.addAll(ids(p));
            assertTrue(seen.size() <= made.size(), "paging ends");
        }
        Keyset.Page<LineRequest> beyond = p.last() == null ? p : page(f, sort, Direction.AFTER, p.last(), size);
        assertTrue(beyond.items().isEmpty(), "nothing after the last page");
        return seen;
    }

    private List<Long> walkBackward(LineRequestFilter f, ListOrder sort, int size) {
        List<List<Long>> pages = new ArrayList<>();
        Keyset.Page<LineRequest> p = page(f, sort, Direction.LAST, null, size);
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
            assertTrue(pages.size() <= made.size(), "paging ends");
        }
        Keyset.Page<LineRequest> before = p.first() == null ? p : page(f, sort, Direction.BEFORE, p.first(), size);
        assertTrue(before.items().isEmpty(), "nothing before the first page");
        Collections.reverse(pages);
        return pages.stream().flatMap(List::stream).toList();
    }

    private static void checkCursors(Keyset.Page<LineRequest> p, ListOrder sort) {
        if (p.items().isEmpty()) {
            assertNull(p.first());
            assertNull(p.last());
            assertFalse(p.hasPrevious() || p.hasNext());
            return;
        }
        LineRequest first = p.items().get(0);
        LineRequest last = p.items().get(p.items().size() - 1);
        assertEquals(first.getId(), p.first().id());
        assertEquals(last.getId(), p.last().id());
        String key = sort == ListOrder.FILED_NEWEST ? last.getFiledAt().toString()
                : Objects.requireNonNullElse(last.getDeadline(), LineRequest.NO_DEADLINE).toString();
        assertEquals(key, p.last().key());
        // the office and provider came with the page: readable after its entity manager is closed
        assertNotNull(first.getOffice().getNameFa());
        assertNotNull(first.getProvider().getNameFa());
    }

    private void checkPaging(LineRequestFilter f, int... sizes) {
        for (ListOrder sort : ListOrder.values()) {
            List<Long> want = expected(f, sort);
            for (int size : sizes) {
                assertEquals(want, walkForward(f, sort, size), () -> sort + " forward by " + size + ", " + f);
                assertEquals(want, walkBackward(f, sort, size), () -> sort + " backward by " + size + ", " + f);
            }
        }
    }

    private List<Long> sortedIds(LineRequestFilter f) {
        List<Long> got = ids(page(f, ListOrder.FILED_NEWEST, Direction.FIRST, null, 200));
        assertEquals(expected(f, ListOrder.FILED_NEWEST), got, f::toString);
        assertEquals(got.size(), count(f, 1000), () -> "count of " + f);
        return got.stream().sorted().toList();
    }

    private static List<Long> ids(List<Made> list) {
        return list.stream().map(Made::id).sorted().toList();
    }

    private Made generated(int i) {
        return made.get(i);
    }

    // --- the tests ---

    @Test
    void theWorkflowIsStoredWithItsTimeline() {
        Made m = generated(6);   // filed, sent, scheduled, installed, confirmed
        db.read(em -> {
            LineRequest r = new JpaLineRequestRepository(em).byId(m.id()).orElseThrow();
            assertEquals(LineRequestStatus.CONFIRMED, r.getStatus());
            assertEquals(hera, r.getOffice().getId());
            assertEquals(ictDirectorate, r.getProvider().getId());
            assertEquals(LineKind.DATA_LINE, r.getKind());
            assertEquals(3, r.getQuantity());
            assertEquals(ADDRESSES[2] + "، پلاک ۶", r.getAddress());
            assertEquals(NOTES[0], r.getNote());
            assertEquals(OPERATOR.username(), r.getFiledBy());
            assertEquals(m.filedAt(), r.getFiledAt());
            assertEquals(m.sentAt(), r.getSentAt());
            LocalDate sentOn = dayOf(m.sentAt());
            assertEquals(LineDeadlines.serviceDeadline(LineKind.DATA_LINE, sentOn, EVERY_DAY).date(), r.getDeadline());
            assertTrue(r.getDeadlineResolution().isEmpty(), "filed in 2025: the default period");
            assertEquals(sentOn.plusDays(3), r.getScheduledFor());
            assertEquals(noon(sentOn.plusDays(3)), r.getInstalledAt());
            assertEquals(noon(sentOn.plusDays(4)), r.getConfirmedAt());
            // the secretariat's note (request 6 has one) came last
            assertEquals(r.getConfirmedAt().plusSeconds(60), r.getUpdatedAt());
            assertEquals("key-6", r.getSubmissionKey());
            assertEquals(m.searchKey(), r.getSearchKey());
            assertNull(r.getComplaint());
            assertFalse(r.isComplaintPending());
            assertNull(r.getRefusalReason());
            assertEquals("L1403-" + m.id(), r.getTrackingNumber());

            assertEquals(LineRequestAction.SECRETARIAT_NOTE, r.timeline(EnumSet.allOf(Visibility.class)).get(5).getAction());
            List<LineRequestEvent> all = r.timeline(LineRequestAccess.visibleTo(Role.OFFICE_OPERATOR));
            assertEquals(List.of(LineRequestAction.FILE, LineRequestAction.SEND, LineRequestAction.SCHEDULE,
                    LineRequestAction.INSTALL, LineRequestAction.CONFIRM), all.stream().map(LineRequestEvent::getAction).toList());
            assertEquals(Arrays.asList(null, LineRequestStatus.REQUESTED, LineRequestStatus.SENT, LineRequestStatus.SCHEDULED,
                    LineRequestStatus.INSTALLED), all.stream().map(LineRequestEvent::getFromStatus).toList());
            assertEquals(List.of(LineRequestStatus.REQUESTED, LineRequestStatus.SENT, LineRequestStatus.SCHEDULED,
                    LineRequestStatus.INSTALLED, LineRequestStatus.CONFIRMED), all.stream().map(LineRequestEvent::getToStatus).toList());
            assertEquals(List.of(Role.OFFICE_OPERATOR, Role.OFFICE_OPERATOR, Role.AGENCY_LIAISON, Role.AGENCY_LIAISON,
                    Role.OFFICE_OPERATOR), all.stream().map(LineRequestEvent::getActorRole).toList());
            assertEquals(List.of(OPERATOR.username(), OPERATOR.username(), LIAISON.username(), LIAISON.username(),
                    OPERATOR.username()), all.stream().map(LineRequestEvent::getActor).toList());
            assertEquals(new ScheduleRecord(sentOn.plusDays(3)), ScheduleRecord.of(all.get(2)).orElseThrow());
            assertEquals("با دفتر هماهنگ شد", all.get(2).getText());
            assertEquals("نصب و راه" + ZWNJ + "اندازی شد", all.get(3).getText());
            assertNull(all.get(1).getText());
            assertEquals(List.of(m.filedAt(), m.sentAt(), r.getSentAt().plus(Duration.ofMinutes(120)), r.getInstalledAt(),
                    r.getConfirmedAt()), all.stream().map(LineRequestEvent::getAt).toList());
            assertTrue(all.stream().allMatch(e -> e.getVisibility() == Visibility.PUBLIC && e.isStateChange()));
            assertTrue(all.stream().allMatch(e -> e.getRequest().getId().equals(m.id())));
            return null;
        });
        // follow-up notes: the secretariat and the guild see them, the office and the provider do not
        Made withNotes = generated(12);   // i % 4 == 0 and i % 6 == 0: a guild note, then a secretariat note
        db.read(em -> {
            LineRequest r = new JpaLineRequestRepository(em).byId(withNotes.id()).orElseThrow();
            assertEquals(List.of(LineRequestAction.FILE, LineRequestAction.SEND, LineRequestAction.REFUSE,
                    LineRequestAction.INSTALL), r.timeline(LineRequestAccess.visibleTo(Role.OFFICE_OPERATOR)).stream()
                    .map(LineRequestEvent::getAction).toList());
            List<LineRequestEvent> staff = r.timeline(LineRequestAccess.visibleTo(Role.GUILD));
            assertEquals(List.of(LineRequestAction.FILE, LineRequestAction.SEND, LineRequestAction.REFUSE,
                    LineRequestAction.INSTALL, LineRequestAction.GUILD_NOTE, LineRequestAction.SECRETARIAT_NOTE),
                    staff.stream().map(LineRequestEvent::getAction).toList());
            LineRequestEvent note = staff.get(4);
            assertEquals(Visibility.STAFF, note.getVisibility());
            assertEquals(Role.GUILD, note.getActorRole());
            assertFalse(note.isStateChange());
            assertEquals(LineRequestStatus.INSTALLED, note.getFromStatus());
            return null;
        });
        // a dispute and a plain refusal keep their reasons
        db.read(em -> {
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            LineRequest disputed = repo.byId(generated(9).id()).orElseThrow();
            assertEquals(DisputeReason.NOT_WORKING, disputed.getDisputeReason());
            LineRequestEvent dispute = disputed.timeline(EnumSet.allOf(Visibility.class)).get(3);
            assertEquals(new DisputeRecord(DisputeReason.NOT_WORKING), DisputeRecord.of(dispute).orElseThrow());
            assertEquals("خط نصب شده بوق آزاد ندارد", dispute.getText());
            LineRequest refused = repo.byId(generated(10).id()).orElseThrow();
            assertEquals(LineRequestStatus.REFUSED, refused.getStatus());
            assertEquals(RefusalReason.NO_CAPACITY, refused.getRefusalReason());
            assertEquals("ظرفیت خالی در مرکز مخابراتی نیست", refused.getRefusalText());
            assertEquals(LIAISON.username(), refused.getRefusedBy());
            assertEquals(generated(10).sentAt().plus(Duration.ofMinutes(180)), refused.getRefusedAt());
            assertFalse(refused.isComplaintPending());
            assertNull(refused.getComplaint());
            LineRequest forwarded = repo.byId(generated(3).id()).orElseThrow();
            assertEquals(Role.SECRETARIAT, forwarded.timeline(EnumSet.allOf(Visibility.class)).get(1).getActorRole());
            LineRequest cancelled = repo.byId(generated(1).id()).orElseThrow();
            assertNull(cancelled.getSentAt());
            assertNull(cancelled.getDeadline());
            return null;
        });
    }

    @Test
    void anEscalatedRefusalIsStoredWithTheComplaintItOpened() {
        for (int i : new int[] {11, 24, 37, 12, 25, 38}) {
            Made m = generated(i);
            assertNotNull(m.complaintId(), "request " + i);
            db.read(em -> {
                LineRequest r = new JpaLineRequestRepository(em).byId(m.id()).orElseThrow();
                assertEquals(i % OUTCOMES == 11 ? LineRequestStatus.ESCALATED : LineRequestStatus.INSTALLED, r.getStatus());
                assertEquals(RefusalReason.NOT_NEEDED, r.getRefusalReason());
                assertEquals("دفتر به این خط نیازی ندارد", r.getRefusalText());
                assertFalse(r.isComplaintPending(), "its complaint is opened");
                Complaint c = r.getComplaint();
                assertNotNull(c);
                assertEquals(m.complaintId(), c.getId());
                assertEquals(ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED, c.getKind());
                assertEquals(ComplaintStatus.SUBMITTED, c.getStatus());
                assertEquals(r.getOffice().getId(), c.getOffice().getId());
                assertEquals(r.getProvider().getId(), c.getAgency().getId());
                assertEquals(Set.of(2, 13), c.getResolutions().stream().map(Resolution::getNumber).collect(Collectors.toSet()));
                assertEquals(OPERATOR.username(), c.getFiledBy(), "in the name of the office");
                assertEquals(r.getRefusedAt(), c.getFiledAt());
                assertEquals(dayOf(r.getRefusedAt()), c.getOccurredOn());
                assertTrue(c.getDescription().contains(r.getTrackingNumber()), c.getDescription());
                assertEquals("line-request-" + m.id() + "-1", c.getSubmissionKey());
                // found again by its key: a retried transaction files no second complaint
                assertEquals(c.getId(), new JpaComplaintRepository(em).bySubmissionKey(m.officeId(), c.getSubmissionKey())
                        .orElseThrow().getId());
                List<LineRequestEvent> timeline = r.timeline(EnumSet.allOf(Visibility.class));
                LineRequestEvent refusal = timeline.stream().filter(e -> e.getAction() == LineRequestAction.REFUSE)
                        .findFirst().orElseThrow();
                assertEquals(LineRequestStatus.ESCALATED, refusal.getToStatus());
                assertEquals(new RefusalRecord(RefusalReason.NOT_NEEDED), RefusalRecord.of(refusal).orElseThrow());
                assertEquals("دفتر به این خط نیازی ندارد", refusal.getText());
                return null;
            });
        }
        assertEquals(6L, rows("complaint"), "one complaint per escalation, and no other");
    }

    @Test
    void theDeadlinesOfResolutionsOneAndNineAreStored() {
        db.read(em -> {
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            LineRequest one = repo.byId(edge.get("resolution-1").id()).orElseThrow();
            assertEquals(1, one.getDeadlineResolution().orElseThrow().getNumber());
            assertEquals(LocalDate.of(2012, 10, 6), one.getDeadline(), "1391/07/15");
            assertEquals(LineRequestStatus.SENT, one.getStatus());
            LineRequest nine = repo.byId(edge.get("resolution-9").id()).orElseThrow();
            assertEquals(9, nine.getDeadlineResolution().orElseThrow().getNumber());
            assertEquals(LocalDate.of(2012, 10, 1), nine.getDeadline(), "1391/07/10");
            assertEquals(LocalDate.of(2012, 10, 1).atTime(23, 59, 59).atZone(JalaliDates.ZONE).toInstant(),
                    nine.getInstalledAt());
            return null;
        });
    }

    @Test
    void pagesWalkTheWholeListOnceInBothOrdersAndDirections() {
        int n = made.size();
        assertEquals(GENERATED + 6, n);
        checkPaging(all(), 7, n - 1, n);
        Keyset.Page<LineRequest> whole = page(all(), ListOrder.FILED_NEWEST, Direction.FIRST, null, n);
        assertFalse(whole.hasPrevious() || whole.hasNext(), "exactly one full page");
        assertEquals(ids(whole), ids(page(all(), ListOrder.FILED_NEWEST, Direction.LAST, null, n)));
    }

    @Test
    void theOrdersBreakTiesByIdAndPutRequestsWithoutADeadlineLast() {
        List<Long> byDeadline = expected(all(), ListOrder.DEADLINE_EARLIEST);
        assertEquals(expected(all(), ListOrder.FILED_NEWEST),
                ids(page(all(), ListOrder.FILED_NEWEST, Direction.FIRST, null, 200)));
        assertEquals(byDeadline, ids(page(all(), ListOrder.DEADLINE_EARLIEST, Direction.FIRST, null, 200)));
        // not yet sent (requested or cancelled): no deadline
        long noDeadline = made.stream().filter(m -> m.deadline() == null).count();
        assertEquals(6, noDeadline);
        Set<Long> unsent = made.stream().filter(m -> m.sentAt() == null).map(Made::id).collect(Collectors.toSet());
        assertEquals(unsent, new HashSet<>(byDeadline.subList(byDeadline.size() - 6, byDeadline.size())));
        assertTrue(made.stream().collect(Collectors.groupingBy(Made::filedAt, Collectors.counting())).containsValue(2L));
        assertTrue(made.stream().collect(Collectors.groupingBy(Made::dueSort, Collectors.counting())).values().stream()
                .anyMatch(c -> c > 2), "deadlines shared: the id breaks the tie");
    }

    @Test
    void aPageBeforeAMiddlePageIsThePageBeforeIt() {
        for (ListOrder sort : ListOrder.values()) {
            Keyset.Page<LineRequest> p1 = page(all(), sort, Direction.FIRST, null, 5);
            Keyset.Page<LineRequest> p2 = page(all(), sort, Direction.AFTER, p1.last(), 5);
            Keyset.Page<LineRequest> p3 = page(all(), sort, Direction.AFTER, p2.last(), 5);
            Keyset.Page<LineRequest> back2 = page(all(), sort, Direction.BEFORE, p3.first(), 5);
            assertEquals(ids(p2), ids(back2), sort.toString());
            assertTrue(back2.hasPrevious() && back2.hasNext());
            Keyset.Page<LineRequest> back1 = page(all(), sort, Direction.BEFORE, back2.first(), 5);
            assertEquals(ids(p1), ids(back1));
            assertFalse(back1.hasPrevious(), "the first page again");
        }
    }

    @Test
    void filteredListsPageLikeTheirPlainSortedList() {
        List<LineRequestFilter> filters = List.of(
                filter(EnumSet.of(LineRequestStatus.SENT, LineRequestStatus.SCHEDULED), null, null, null, false, null,
                        false, TODAY),
                LineRequestFilter.all(TODAY).forAgency(telecom),
                LineRequestFilter.all(TODAY).forOffice(aria),
                filter(null, null, null, null, true, null, false, TODAY),
                text("بجنورد"));
        for (LineRequestFilter f : filters) {
            assertTrue(expected(f, ListOrder.FILED_NEWEST).size() >= 5, () -> "a filter worth paging: " + f);
            checkPaging(f, 4);
        }
        LineRequestFilter none = filter(Set.of(LineRequestStatus.CANCELLED), null, null, null, false, null, true, TODAY);
        assertEquals(List.of(), expected(none, ListOrder.FILED_NEWEST), "a cancelled request was never sent");
        for (ListOrder sort : ListOrder.values()) {
            for (Direction d : new Direction[] {Direction.FIRST, Direction.LAST}) {
                Keyset.Page<LineRequest> empty = page(none, sort, d, null, 10);
                assertTrue(empty.items().isEmpty());
                checkCursors(empty, sort);
            }
        }
    }

    @Test
    void everyFilterSelectsWhatItSays() {
        // statuses
        for (LineRequestStatus s : LineRequestStatus.values()) {
            List<Long> got = sortedIds(filter(Set.of(s), null, null, null, false, null, false, TODAY));
            assertEquals(ids(where(m -> m.status() == s)), got, s::toString);
        }
        assertEquals(9 + 1, sortedIds(filter(Set.of(LineRequestStatus.INSTALLED), null, null, null, false, null, false,
                TODAY)).size(), "outcomes 5, 8 and 12, three times each, and the late one of 2025 (not confirmed)");
        Set<LineRequestStatus> closed = EnumSet.of(LineRequestStatus.CONFIRMED, LineRequestStatus.REFUSED,
                LineRequestStatus.CANCELLED);
        assertEquals(ids(where(m -> closed.contains(m.status()))),
                sortedIds(filter(closed, null, null, null, false, null, false, TODAY)));
        // provider, office, kind, alone and together
        for (long agency : new long[] {telecom, mobileOperator, ictDirectorate, infrastructureCo}) {
            assertEquals(ids(where(m -> m.agencyId() == agency)),
                    sortedIds(filter(null, agency, null, null, false, null, false, TODAY)));
        }
        for (long office : new long[] {hera, aria, baharabad}) {
            assertEquals(ids(where(m -> m.officeId() == office)),
                    sortedIds(filter(null, null, office, null, false, null, false, TODAY)));
        }
        for (LineKind kind : LineKind.values()) {
            assertEquals(ids(where(m -> m.kind() == kind)),
                    sortedIds(filter(null, null, null, kind, false, null, false, TODAY)));
        }
        List<Long> together = sortedIds(filter(EnumSet.of(LineRequestStatus.SENT, LineRequestStatus.INSTALLED), telecom,
                hera, null, false, null, false, TODAY));
        assertEquals(ids(where(m -> m.agencyId() == telecom && m.officeId() == hera
                && (m.status() == LineRequestStatus.SENT || m.status() == LineRequestStatus.INSTALLED))), together);
        // what a provider's liaison sees: only what was sent to it
        List<Long> telecomSees = sortedIds(LineRequestFilter.all(TODAY).forAgency(telecom));
        assertEquals(ids(where(m -> m.agencyId() == telecom && m.sentAt() != null)), telecomSees);
        assertTrue(telecomSees.size() < where(m -> m.agencyId() == telecom).size(), "some not yet sent");
        assertEquals(ids(where(m -> m.sentAt() != null)),
                sortedIds(filter(null, null, null, null, false, null, true, TODAY)));
        // overdue: with the provider and past the deadline on the given day
        assertEquals(List.of(edge.get("resolution-1").id()),
                sortedIds(filter(null, null, null, null, true, null, false, LocalDate.of(2025, 3, 1))),
                "only resolution 1's of 2012 before the generated deadlines");
        int seen = 0;
        for (LocalDate today = LocalDate.of(2025, 3, 14); today.isBefore(LocalDate.of(2025, 4, 6)); today = today.plusDays(1)) {
            LocalDate day = today;
            List<Long> got = sortedIds(filter(null, null, null, null, true, null, false, day));
            assertEquals(ids(where(m -> m.overdue(day))), got, day::toString);
            seen = Math.max(seen, got.size());
        }
        assertEquals(where(m -> m.status().isWithProvider()).size(), seen, "in the end, all with the provider are late");
        assertThrows(IllegalArgumentException.class, () -> filter(null, null, null, null, true, null, false, null));
        // an office's overdue telecom requests
        LineRequestFilter mine = filter(null, telecom, null, null, true, null, false, LocalDate.of(2025, 4, 5)).forOffice(hera);
        assertEquals(ids(where(m -> m.officeId() == hera && m.agencyId() == telecom && m.overdue(LocalDate.of(2025, 4, 5)))),
                sortedIds(mine));
    }

    @Test
    void textSearchFoldsLetterFormsZwnjAndDigitsAndFindsTrackingNumbers() {
        // addresses 0, 1 and 2: requests i % 4 == 0, 1, 2 (ten each), address 3 nine; the six edge cases address 0
        Map<String, Integer> searches = new LinkedHashMap<>();
        searches.put("بجنورد", 10 + 6 + 9);                          // addresses 0 and 3
        searches.put("شیروان میدان", 10);                           // stored with Arabic yeh
        searches.put("بانک ملي", 10);                               // Arabic kaf stored, Arabic yeh typed
        searches.put("بهارآباد", 10);                               // stored with a ZWNJ, typed without
        searches.put("بهار" + ZWNJ + "آباد", 10);
        searches.put("کوچه 12", 10 + 6);                             // Persian digits stored
        searches.put("پلاک ۳۸", 1);
        // notes: even requests, NOTES[(i / 2) % 3]: note 0 for i = 0, 6, …, 36 (seven), note 2 for i = 4, 10, …, 34 (six)
        searches.put("راه اندازی", 7);                               // the note's ZWNJ typed as a space
        searches.put("۱۰۰%", 6);                                     // a % in the text is a %, not a wildcard
        searches.put("ضروری_فوری", 6);
        searches.put("%", 6);
        searches.put("_", 6);
        searches.put("\\", 0);
        searches.put("' OR 1=1 --", 0);
        searches.put("اینترنت", 0);
        searches.forEach((q, n) -> {
            LineRequestFilter f = text(q);
            List<Long> want = expected(f, ListOrder.FILED_NEWEST);
            assertEquals(n, want.size(), () -> "test data for " + q);
            assertEquals(want, ids(page(f, ListOrder.FILED_NEWEST, Direction.FIRST, null, 200)), q);
            assertEquals((long) n, count(f, 10_000), q);
        });
        assertEquals(made.size(), count(text(" " + ZWNJ + " "), 10_000), "blank: no text filter");
        // a tracking number, in any digits and either case
        Made m = generated(17);
        for (String typed : new String[] {"L1403-" + m.id(), "l1403-" + m.id(), PersianText.toPersianDigits("L1403-" + m.id()),
                " " + PersianText.toPersianDigits("L1403-" + m.id()) + " "}) {
            assertEquals(List.of(m.id()), ids(page(text(typed), ListOrder.FILED_NEWEST, Direction.FIRST, null, 20)), typed);
            assertEquals(1, count(text(typed), 10));
        }
        assertEquals(0, count(text("L1403-999999999"), 10));
        LineRequestFilter otherOffice = text("L1403-" + m.id()).forOffice(m.officeId() == hera ? aria : hera);
        assertEquals(0, count(otherOffice, 10), "the number does not lift the other filters");
    }

    @Test
    void countsUpToTheCap() {
        int n = made.size();
        assertEquals(n, count(all(), 10_000));
        assertEquals(n, count(all(), n));
        assertEquals(n - 1, count(all(), n - 1));
        assertEquals(1, count(all(), 1));
        assertEquals(1, count(all(), 0), "a cap below 1 counts to 1");
        LineRequestFilter telecomOnly = LineRequestFilter.all(TODAY).forAgency(telecom);
        assertEquals(expected(telecomOnly, ListOrder.FILED_NEWEST).size(), count(telecomOnly, 10_000));
        assertEquals(3, count(telecomOnly, 3));
    }

    @Test
    void theFollowUpReportCountsEachProvidersRequests() {
        db.read(em -> {
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            // everything: the figures by hand from the outcomes (three of each) and the six edge cases
            List<ProviderFigures> all = repo.providerFigures(null, null, TODAY);
            assertEquals(expectedFigures(null, null, TODAY), all);
            assertEquals(List.of(telecom, mobileOperator, ictDirectorate, infrastructureCo).stream().sorted().toList(),
                    all.stream().map(ProviderFigures::agencyId).toList());
            assertEquals(39, all.stream().mapToLong(ProviderFigures::made).sum(), "33 generated were sent, and the 6 edge cases");
            assertEquals(9 + 3, all.stream().mapToLong(ProviderFigures::installedOnTime).sum(), "outcomes 5, 6, 12");
            assertEquals(6 + 2, all.stream().mapToLong(ProviderFigures::installedLate).sum(), "outcomes 7, 8");
            assertEquals(12 + 1, all.stream().mapToLong(ProviderFigures::open).sum(), "outcomes 2, 3, 4, 9");
            assertEquals(6, all.stream().mapToLong(ProviderFigures::refused).sum(), "outcomes 10, 11");
            assertEquals(3, all.stream().mapToLong(ProviderFigures::escalated).sum(), "outcome 11");
            for (ProviderFigures f : all) {
                assertEquals(f.made(), f.installedOnTime() + f.installedLate() + f.open() + f.refused(), f::toString);
            }
            long overdue = all.stream().mapToLong(ProviderFigures::overdue).sum();
            assertTrue(overdue > 1 && overdue < 12 + 3 + 1, "some of those with the provider: " + overdue);
            // later, every one with the provider is late
            assertEquals(12 + 3 + 1, repo.providerFigures(null, null, LocalDate.of(2025, 4, 6)).stream()
                    .mapToLong(ProviderFigures::overdue).sum());
            assertEquals(expectedFigures(null, null, LocalDate.of(2025, 3, 17)),
                    repo.providerFigures(null, null, LocalDate.of(2025, 3, 17)));

            // the summer of 2012 (UTC+04:30): the deadline's last second is on time, the next day's first late
            assertEquals(List.of(new ProviderFigures(ictDirectorate, 2, 1, 1, 0, 0, 0, 0)),
                    repo.providerFigures(LocalDate.of(2012, 5, 20), LocalDate.of(2012, 5, 20), TODAY));
            assertEquals(List.of(), repo.providerFigures(null, LocalDate.of(2012, 5, 19), TODAY));
            assertEquals(List.of(), repo.providerFigures(LocalDate.of(2012, 5, 21), LocalDate.of(2012, 9, 1), TODAY));
            // 2012: resolution 1's request is still open and overdue, resolution 9's installed on its day
            Map<Long, ProviderFigures> in2012 = repo.providerFigures(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31), TODAY)
                    .stream().collect(Collectors.toMap(ProviderFigures::agencyId, f -> f));
            assertEquals(Map.of(ictDirectorate, new ProviderFigures(ictDirectorate, 2, 1, 1, 0, 0, 0, 0),
                    telecom, new ProviderFigures(telecom, 2, 1, 0, 1, 1, 0, 0)), in2012);
            assertEquals(new ProviderFigures(telecom, 2, 1, 0, 1, 0, 0, 0),
                    repo.providerFigures(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31), LocalDate.of(2012, 10, 6))
                            .stream().filter(f -> f.agencyId() == telecom).findFirst().orElseThrow(),
                    "not yet overdue on its deadline's day");
            // 2025 (UTC+03:30): 23:59:59.999999 on the deadline's day is on time, midnight after it late
            assertEquals(List.of(new ProviderFigures(mobileOperator, 2, 1, 1, 0, 0, 0, 0)),
                    repo.providerFigures(LocalDate.of(2025, 6, 1), null, TODAY));
            // by the day of sending, in Tehran
            LocalDate firstDay = dayOf(generated(0).filedAt());
            assertEquals(expectedFigures(firstDay, firstDay.plusDays(1), TODAY),
                    repo.providerFigures(firstDay, firstDay.plusDays(1), TODAY));
            assertEquals(expectedFigures(null, LocalDate.of(2025, 5, 31), TODAY),
                    repo.providerFigures(null, LocalDate.of(2025, 5, 31), TODAY));
            return null;
        });
        Made dstOnTime = edge.get("dst-on-time");
        Made dstLate = edge.get("dst-late");
        assertEquals(dstOnTime.deadline(), dayOf(dstOnTime.installedAt()));
        assertEquals(dstOnTime.deadline().plusDays(1), dayOf(dstLate.installedAt()));
        assertEquals(dstOnTime.deadline(), LocalDate.ofInstant(dstLate.installedAt(), java.time.ZoneOffset.ofHoursMinutes(3, 30)),
                "a fixed +03:30 would take the late one for on time");
        Made late = edge.get("late");
        assertEquals(late.deadline(), LocalDate.ofInstant(late.installedAt(), java.time.ZoneOffset.UTC),
                "UTC days would take the late one for on time");
    }

    @Test
    void theReportTellsWhatEachOfficeIsStillWaitingFor() {
        db.read(em -> {
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            List<Waiting> all = allWaiting(repo, null, TODAY);
            assertEquals(expectedWaiting(null, TODAY), all);
            assertEquals(12 + 3 + 1, all.stream().mapToLong(Waiting::requests).sum(),
                    "sent, scheduled, disputed and escalated, and resolution 1's request");
            assertEquals(made.stream().filter(m -> m.status().isWithProvider()).mapToLong(Made::quantity).sum(),
                    all.stream().mapToLong(Waiting::quantity).sum());
            for (long office : new long[] {hera, aria, baharabad}) {
                assertEquals(expectedWaiting(office, TODAY), allWaiting(repo, office, TODAY));
                assertEquals(expectedWaiting(office, LocalDate.of(2025, 4, 6)), allWaiting(repo, office, LocalDate.of(2025, 4, 6)));
            }
            // by hand: Baharabad waits for resolution 1's fixed line of 2012, overdue since 1391/07/15
            Waiting line = allWaiting(repo, baharabad, TODAY).stream()
                    .filter(w -> w.agencyId() == telecom && w.kind() == LineKind.FIXED_LINE).findFirst().orElseThrow();
            List<Made> same = where(m -> m.officeId() == baharabad && m.agencyId() == telecom
                    && m.kind() == LineKind.FIXED_LINE && m.status().isWithProvider());
            assertEquals(new Waiting(baharabad, telecom, LineKind.FIXED_LINE, same.size(),
                    same.stream().mapToLong(Made::quantity).sum(), same.stream().filter(m -> m.overdue(TODAY)).count(),
                    LocalDate.of(2012, 10, 6)), line);
            assertTrue(line.overdue() >= 1);
            return null;
        });
    }

    /** Every row of the waiting list, read three rows a page: the pages join up, and each tells the same total. */
    private static List<Waiting> allWaiting(JpaLineRequestRepository repo, Long office, LocalDate today) {
        List<Waiting> out = new ArrayList<>();
        Long total = null;
        for (int offset = 0; ; offset += 3) {
            Page<Waiting> page = repo.waiting(office, today, new PageRequest(offset, 3, null, true));
            if (total != null) {
                assertEquals(total.longValue(), page.total(), "the same total on every page");
            }
            total = page.total();
            out.addAll(page.items());
            if (page.items().size() < 3) {
                break;
            }
        }
        assertEquals(total.longValue(), out.size());
        return out;
    }

    @Test
    void theWaitingListIsPagedInTheDatabase() {
        db.read(em -> {
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            List<Waiting> expected = expectedWaiting(null, TODAY);
            assertTrue(expected.size() > 4, "enough rows for pages: " + expected.size());
            Page<Waiting> second = repo.waiting(null, TODAY, new PageRequest(2, 2, null, true));
            assertEquals(expected.subList(2, 4), second.items());
            assertEquals(expected.size(), second.total());
            Page<Waiting> beyond = repo.waiting(null, TODAY, new PageRequest(expected.size(), 5, null, true));
            assertEquals(List.of(), beyond.items());
            assertEquals(expected.size(), beyond.total());
            return null;
        });
    }

    /** Resolution 1's standing of each office, worked out in Java from what was made, by {@link LineStanding#of}. */
    private List<OfficeLines> expectedResolution1(LocalDate deadline) {
        // the offices in the order of their licence numbers: 14-71-1019, 14-71-1024, 14-72-2001
        List<OfficeLines> out = new ArrayList<>();
        for (long office : new long[] {aria, hera, baharabad}) {
            out.add(new OfficeLines(office, expectedStanding(office, LineKind.FIXED_LINE, deadline),
                    expectedStanding(office, LineKind.DATA_LINE, deadline)));
        }
        return out;
    }

    private LineStanding expectedStanding(long office, LineKind kind, LocalDate deadline) {
        List<Made> requests = where(m -> m.officeId() == office && m.kind() == kind
                && m.status() != LineRequestStatus.CANCELLED);
        LocalDate firstInstalled = requests.stream().filter(m -> INSTALLED.contains(m.status()))
                .map(m -> dayOf(m.installedAt())).min(Comparator.naturalOrder()).orElse(null);
        boolean open = requests.stream().anyMatch(m -> m.status().isOpen() && !INSTALLED.contains(m.status()));
        return LineStanding.of(firstInstalled, open, requests.size(), deadline);
    }

    @Test
    void resolution1TellsWhichOfficesHadTheirLinesByTheDeadline() {
        LocalDate resolution1 = LocalDate.of(2012, 10, 6);
        Set<LineStanding> seen = EnumSet.noneOf(LineStanding.class);
        db.read(em -> {
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            // and the deadlines of the edge cases: a line installed on its deadline's last microsecond, one at the
            // next day's first instant (in Tehran)
            for (LocalDate deadline : List.of(resolution1, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12),
                    LocalDate.of(2025, 4, 20), LocalDate.of(2030, 1, 1), edge.get("on-time").deadline(),
                    edge.get("late").deadline())) {
                List<OfficeLines> expected = expectedResolution1(deadline);
                List<OfficeLines> pages = new ArrayList<>();
                pages.addAll(repo.resolution1(deadline, Set.of(), new PageRequest(0, 2, null, true)).items());
                Page<OfficeLines> last = repo.resolution1(deadline, Set.of(), new PageRequest(2, 2, null, true));
                pages.addAll(last.items());
                assertEquals(expected, pages, "as of " + deadline);
                assertEquals(3, last.total());

                Map<LineStanding, Long> summary = repo.resolution1Summary(deadline);
                assertEquals(EnumSet.allOf(LineStanding.class), summary.keySet());
                for (LineStanding s : LineStanding.values()) {
                    List<OfficeLines> only = expected.stream().filter(o -> o.overall() == s).toList();
                    assertEquals(only.size(), summary.get(s), s + " as of " + deadline);
                    Page<OfficeLines> filtered = repo.resolution1(deadline, Set.of(s), new PageRequest(0, 10, null, true));
                    assertEquals(only, filtered.items(), s + " as of " + deadline);
                    assertEquals(only.size(), filtered.total());
                }
                List<OfficeLines> notYet = expected.stream()
                        .filter(o -> o.overall() == LineStanding.WAITING || o.overall() == LineStanding.LATE).toList();
                assertEquals(notYet, repo.resolution1(deadline, EnumSet.of(LineStanding.WAITING, LineStanding.LATE),
                        new PageRequest(0, 10, null, true)).items());
                expected.forEach(o -> {
                    seen.add(o.fixedLine());
                    seen.add(o.dataLine());
                });
            }
            return null;
        });
        assertEquals(EnumSet.of(LineStanding.ON_TIME, LineStanding.LATE, LineStanding.WAITING), seen,
                "the data made reach these standings (every office asked for both kinds; none was only refused)");
        // by hand: Baharabad's fixed line of 1391 (resolution 1's request) is still with the telecom company, but the
        // fixed lines installed for it in 2025 count: late as of resolution 1's deadline
        assertEquals(LineStanding.LATE, expectedStanding(baharabad, LineKind.FIXED_LINE, resolution1));
    }

    @Test
    void anOfficeWhoseOnlyLineWasRefusedWasNotProvidedOne() {
        // made and flushed in a transaction that is rolled back: the other cases keep the data as made
        EntityManager em = db.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            Office office = new Office("14-79-9999", "دفتر پیشخوان نمونه", "Sample", OfficeKind.RURAL, "فاروج", null, null,
                    LicenceStatus.ACTIVE);
            new JpaOfficeRepository(em).store(office);
            JpaMeetingRepository meetings = new JpaMeetingRepository(em);
            LineDeadlines deadlines = new LineDeadlines(meetings.resolution(14, 1).orElseThrow(),
                    meetings.resolution(14, 9).orElseThrow());
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            Instant filed = Instant.parse("2012-09-01T06:00:00Z");
            LineRequest fixed = LineRequest.file(office, em.find(Agency.class, telecom), LineKind.FIXED_LINE, 1,
                    ADDRESSES[2], null, deadlines, EVERY_DAY, OPERATOR, filed, "refused-1");
            repo.store(fixed);
            fixed.send(OPERATOR, null, EVERY_DAY, filed.plusSeconds(60));
            fixed.refuse(LIAISON, RefusalReason.NO_CAPACITY, "ظرفیت خالی در مرکز مخابراتی نیست", filed.plusSeconds(120));
            // a data line asked for and cancelled before it was sent counts as never asked for
            LineRequest data = LineRequest.file(office, em.find(Agency.class, telecom), LineKind.DATA_LINE, 1,
                    ADDRESSES[2], null, deadlines, EVERY_DAY, OPERATOR, filed, "cancelled-1");
            repo.store(data);
            data.cancel(OPERATOR, null, filed.plusSeconds(60));
            em.flush();

            LocalDate resolution1 = LocalDate.of(2012, 10, 6);
            Page<OfficeLines> notProvided = repo.resolution1(resolution1, Set.of(LineStanding.NOT_PROVIDED),
                    new PageRequest(0, 10, null, true));
            assertEquals(List.of(new OfficeLines(office.getId(), LineStanding.NOT_PROVIDED, LineStanding.NOT_REQUESTED)),
                    notProvided.items());
            assertEquals(1, notProvided.total());
            assertEquals(1L, repo.resolution1Summary(resolution1).get(LineStanding.NOT_PROVIDED));
            assertEquals(4, repo.resolution1(resolution1, Set.of(), new PageRequest(0, 10, null, true)).total(),
                    "every office, the new one too");
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        assertEquals(0L, db.read(em2 -> new JpaLineRequestRepository(em2).resolution1Summary(LocalDate.of(2012, 10, 6)))
                .get(LineStanding.NOT_PROVIDED), "rolled back");
    }

    @Test
    void findsARequestBySubmissionKeyOfItsOffice() {
        Made m = generated(7);
        db.read(em -> {
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            assertEquals(m.id(), repo.bySubmissionKey(m.officeId(), "key-7").orElseThrow().getId());
            assertTrue(repo.bySubmissionKey(m.officeId() == hera ? aria : hera, "key-7").isEmpty(), "another office's key");
            assertTrue(repo.bySubmissionKey(m.officeId(), "key-999").isEmpty());
            assertTrue(repo.byId(-1).isEmpty());
            return null;
        });
    }

    @Test
    void theSameSubmissionKeyFilesOneRequestPerOffice() {
        Made m = generated(0);
        long before = rows("line_request");
        long events = rows("line_request_event");
        assertThrows(PersistenceException.class, () -> db.run(em -> {
            JpaMeetingRepository meetings = new JpaMeetingRepository(em);
            LineDeadlines deadlines = new LineDeadlines(meetings.resolution(14, 1).orElseThrow(),
                    meetings.resolution(14, 9).orElseThrow());
            JpaLineRequestRepository repo = new JpaLineRequestRepository(em);
            // a request that would be fine, then the double submit: the transaction stores neither
            repo.store(LineRequest.file(em.find(Office.class, m.officeId()), em.find(Agency.class, telecom),
                    LineKind.INTERNET, 1, ADDRESSES[1], null, deadlines, EVERY_DAY, OPERATOR, Instant.parse("2025-03-15T08:00:00Z"),
                    "atomic-1"));
            LineRequest twice = LineRequest.file(em.find(Office.class, m.officeId()), em.find(Agency.class, telecom),
                    LineKind.INTERNET, 1, ADDRESSES[1], null, deadlines, EVERY_DAY, OPERATOR, Instant.parse("2025-03-15T08:00:00Z"),
                    m.submissionKey());
            twice.send(OPERATOR, null, EVERY_DAY, Instant.parse("2025-03-15T08:01:00Z"));
            repo.store(twice);
        }));
        assertEquals(before, rows("line_request"));
        assertEquals(events, rows("line_request_event"), "nor their timelines");
        assertTrue(db.read(em -> new JpaLineRequestRepository(em).bySubmissionKey(m.officeId(), "atomic-1")).isEmpty());
        // another office may use the same key: persisted and flushed, then rolled back to keep the data as made
        EntityManager em = db.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            JpaMeetingRepository meetings = new JpaMeetingRepository(em);
            LineDeadlines deadlines = new LineDeadlines(meetings.resolution(14, 1).orElseThrow(),
                    meetings.resolution(14, 9).orElseThrow());
            LineRequest r = LineRequest.file(em.find(Office.class, m.officeId() == hera ? aria : hera),
                    em.find(Agency.class, telecom), LineKind.INTERNET, 1, ADDRESSES[1], null, deadlines, EVERY_DAY, OPERATOR,
                    Instant.parse("2025-03-15T08:00:00Z"), m.submissionKey());
            new JpaLineRequestRepository(em).store(r);
            em.flush();
            assertNotNull(r.getId());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        assertEquals(before, rows("line_request"));
    }

    @Test
    void theSecondOfTwoConcurrentChangesFails() {
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            LineRequest a = new JpaLineRequestRepository(first).byId(lockTarget).orElseThrow();
            LineRequest b = new JpaLineRequestRepository(second).byId(lockTarget).orElseThrow();
            long version = a.getVersion();
            int events = a.timeline(EnumSet.allOf(Visibility.class)).size();
            assertEquals(version, b.getVersion());

            a.secretariatNote(SECRETARY, "پیگیری تلفنی با مخابرات انجام شد", Instant.parse("2025-03-20T06:00:00Z"));
            first.getTransaction().commit();
            b.guildNote(GUILD, "انجمن صنفی موضوع را پیگیری می" + ZWNJ + "کند", Instant.parse("2025-03-20T06:05:00Z"));
            RollbackException e = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertTrue(e.getCause() instanceof OptimisticLockException, () -> "caused by an optimistic lock failure: " + e);

            List<LineRequestEvent> timeline = db.read(em -> {
                LineRequest stored = new JpaLineRequestRepository(em).byId(lockTarget).orElseThrow();
                assertEquals(version + 1, stored.getVersion());
                return stored.timeline(EnumSet.allOf(Visibility.class));
            });
            assertEquals(events + 1, timeline.size(), "the first note stands, the second is not written");
            assertEquals(LineRequestAction.SECRETARIAT_NOTE, timeline.get(timeline.size() - 1).getAction());
        } finally {
            for (EntityManager em : List.of(first, second)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    @Test
    void theSchemaHasTheSequencesAndTheListIndexes() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            Map<String, Long> increments = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT sequence_name, increment FROM information_schema.sequences")) {
                while (rs.next()) {
                    String name = rs.getString(1).toLowerCase(Locale.ROOT);
                    if (name.startsWith("line_request")) {
                        increments.put(name, Long.parseLong(rs.getString(2).trim()));
                    }
                }
            }
            assertEquals(Map.of("line_request_event_seq", 50L, "line_request_seq", 50L), increments,
                    "the mappings' allocation size");
            Set<List<String>> requestIndexes = indexes(c.getMetaData(), "line_request");
            for (List<String> wanted : List.of(List.of("office_id", "filed_at", "id"), List.of("agency_id", "due_sort", "id"),
                    List.of("agency_id", "filed_at", "id"), List.of("status", "filed_at", "id"),
                    List.of("status", "due_sort", "id"), List.of("filed_at", "id"), List.of("due_sort", "id"),
                    List.of("office_id", "submission_key"))) {
                assertTrue(requestIndexes.contains(wanted), () -> wanted + " in " + requestIndexes);
            }
            assertTrue(indexes(c.getMetaData(), "line_request_event").contains(List.of("line_request_id", "at", "id")));
        }
    }

    private static Set<List<String>> indexes(DatabaseMetaData md, String table) throws SQLException {
        Map<String, Map<Integer, String>> columns = new TreeMap<>();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getIndexInfo(null, null, name, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                        columns.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new TreeMap<>())
                                .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns.values().stream().map(m -> List.copyOf(m.values())).collect(Collectors.toSet());
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
        for (LineRequestStatus status : LineRequestStatus.values()) {
            List<Long> expected = made.stream().filter(m -> m.status() == status && m.dueSort().isBefore(today))
                    .sorted(Comparator.comparing(Made::dueSort).thenComparing(Made::id)).map(Made::id).toList();
            late += expected.size();
            for (int size : new int[] {2, 1000}) {
                List<Long> seen = LateBatches.walk(size, (d, id, n) ->
                        db.read(em -> new JpaLineRequestRepository(em).pastDeadline(status, today, d, id, n)));
                assertEquals(expected, seen, status + " in batches of " + size);
            }
        }
        assertTrue(late > 0, "some records are late on " + today);
    }
}
