package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintEvent;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.escalation.Ladder;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.escalation.RungRecord;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.CalendarService;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ComplaintService.FilingForm;
import ir.pishkhan.portal.web.application.EscalationLetters;
import ir.pishkhan.portal.web.application.EscalationPass;
import ir.pishkhan.portal.web.application.NotificationService;
import ir.pishkhan.portal.web.application.NotificationWording;
import ir.pishkhan.portal.web.application.ObligationService;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.application.ReferralService;
import ir.pishkhan.portal.domain.complaint.ReferralRecord;
import ir.pishkhan.portal.domain.escalation.Referrals.Subject;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The escalation ladder as deployed, the clock moved by calling the pass with later instants (never waited for): a
 * forwarded complaint past its deadline gets its reminder once however many passes run, then its letter rung after
 * the configured working days; the agency's liaison and the secretariat are told of each, the office of none; each
 * rung is on the record's timeline once. An overdue obligation the agency owes a report on climbs the same rungs.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscalationContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private ComplaintService complaints;

    @Inject
    private NotificationService notifications;

    @Inject
    private ObligationService obligations;

    @Inject
    private EscalationLetters letters;

    @Inject
    private ReferenceService reference;

    @Inject
    private CalendarService calendars;

    @Inject
    private EscalationPass ladder;

    @Inject
    private ReferralService referrals;

    @Inject
    private AsUser.AsGuild guild;

    @Inject
    private AsUser.AsSecretariat secretariat;

    @Inject
    private AsUser.AsHera hera;

    @Inject
    private AsUser.AsAria aria;

    @Inject
    private AsUser.AsPostBank postBank;

    @Inject
    private AsUser.AsTelecom telecom;

    /** Ten in the morning in Tehran on that day. */
    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(JalaliDates.ZONE).toInstant();
    }

    private static List<String> rungs(AsUser who, NotificationService notifications, long id) throws Exception {
        return rungs(who, notifications, "complaint", id);
    }

    /** The rungs a user was told of for a record, by name, sorted (ids of different workflows may be equal). */
    private static List<String> rungs(AsUser who, NotificationService notifications, String workflow, long id)
            throws Exception {
        return who.call(() -> notifications.page(Keyset.Request.first(ListOrder.FILED_NEWEST, 200))).items().stream()
                .filter(n -> n.getWorkflow().equals(workflow) && n.getRecordId() == id && Rung.named(n.getAction()).isPresent())
                .map(Notification::getAction).sorted().toList();
    }

    private Obligation firstOverdue(AsUser liaison, ObligationFilter filter) throws Exception {
        return liaison.call(() -> obligations.page(filter, Keyset.Request.first(ListOrder.DEADLINE_EARLIEST, 50))).items()
                .stream().filter(o -> o.getStatus() == ObligationStatus.OPEN && o.isOverdue(JalaliDates.today()))
                .findFirst().orElseThrow();
    }

    @Test
    @Order(2)
    void aForwardedComplaintPastItsDeadlineClimbsTheLadderEachRungOnce() throws Exception {
        long postBankId = reference.agencyChoices().stream().filter(a -> a.getCode().equals("post-bank")).findFirst()
                .orElseThrow().getId();
        Complaint filed = hera.call(() -> complaints.file(new FilingForm(postBankId, ComplaintKind.GUARANTEE_DEMANDED,
                JalaliDates.today().minusDays(2), null, "پست بانک از دفتر ضمانت‌نامهٔ بانکی خواست.", List.of(),
                UUID.randomUUID().toString())));
        long id = filed.getId();
        List<Long> proposed = secretariat.call(() -> complaints.suggestedResolutions(ComplaintKind.GUARANTEE_DEMANDED))
                .stream().map(Resolution::getId).toList();
        long v1 = secretariat.call(() -> complaints.view(id)).complaint().getVersion();
        secretariat.call(() -> complaints.triage(id, v1, proposed, Priority.NORMAL, JalaliDates.today().plusDays(1)));
        long v2 = secretariat.call(() -> complaints.view(id)).complaint().getVersion();
        secretariat.call(() -> complaints.forward(id, v2, "مطابق مصوبه پاسخ دهید."));
        LocalDate deadline = secretariat.call(() -> complaints.view(id)).complaint().getDeadline();

        // the README's defaults: the letter 3 working days on, the meeting 7 more
        BusinessCalendar calendar = calendars.calendar();
        Map<Rung, LocalDate> days = new Ladder(3, 7).days(deadline, calendar);

        ladder.pass(at(deadline));
        assertEquals(List.of(), rungs(postBank, notifications, id), "on the deadline's day: still in time");

        ladder.pass(at(days.get(Rung.REMINDER)));
        ladder.pass(at(days.get(Rung.REMINDER)).plusSeconds(3600));
        assertEquals(List.of("REMINDER"), rungs(postBank, notifications, id), "the liaison is reminded once, of two passes");
        assertEquals(List.of("REMINDER"), rungs(secretariat, notifications, id), "and the secretariat");
        assertEquals(List.of(), rungs(hera, notifications, id), "the office is not the party that must act");

        ladder.pass(at(days.get(Rung.LETTER).minusDays(1)));
        assertEquals(List.of("REMINDER"), rungs(postBank, notifications, id), "the day before the letter's");
        EscalationPass.Result letterDay = ladder.pass(at(days.get(Rung.LETTER)));
        assertTrue(letterDay.taken().getOrDefault(Rung.LETTER, 0) >= 1, letterDay.toString());
        ladder.pass(at(days.get(Rung.LETTER)).plusSeconds(60));
        assertEquals(List.of("LETTER", "REMINDER"), rungs(postBank, notifications, id));
        assertEquals(List.of("LETTER", "REMINDER"), rungs(secretariat, notifications, id));

        // each rung once on the complaint's timeline too, by the portal, read by the office as by the agency
        String letterNumber = null;
        for (AsUser who : List.of(hera, postBank, secretariat)) {
            List<ComplaintEvent> timeline = who.call(() -> complaints.view(id)).timeline();
            List<RungRecord> taken = timeline.stream().flatMap(e -> RungRecord.of(e).stream()).toList();
            assertEquals(List.of(Rung.REMINDER, Rung.LETTER), taken.stream().map(RungRecord::rung).toList());
            assertEquals(List.of(deadline, deadline), taken.stream().map(RungRecord::deadline).toList());
            assertEquals(null, taken.get(0).letterNumber(), "a reminder is no letter");
            letterNumber = taken.get(1).letterNumber();
            assertTrue(letterNumber != null && letterNumber.matches("1[0-9]{3}/[1-9][0-9]*"), letterNumber);
            ComplaintEvent reminder = timeline.stream().filter(e -> e.getAction() == ComplaintAction.ESCALATE)
                    .findFirst().orElseThrow();
            assertEquals("portal", reminder.getActor());
            assertEquals(ComplaintStatus.FORWARDED, reminder.getToStatus());
            assertEquals(at(days.get(Rung.REMINDER)), reminder.getAt());
        }

        // the letter, kept with the complaint: read by those who may see it, by nobody else (404)
        String number = letterNumber;
        for (AsUser who : List.of(hera, postBank, secretariat)) {
            EscalationLetters.Letter letter = who.call(() -> letters.letter("complaint", id));
            assertEquals("letter-" + number.replace('/', '-') + ".pdf", letter.fileName());
            assertTrue(letter.report().title().contains(PersianText.toPersianDigits(number)), letter.report().title());
            assertTrue(letter.report().lines().contains("ریاست محترم پست بانک"), letter.report().lines().toString());
        }
        assertThrows(BusinessException.NotFound.class, () -> aria.call(() -> letters.letter("complaint", id)),
                "another office");
        assertThrows(BusinessException.NotFound.class, () -> telecom.call(() -> letters.letter("complaint", id)),
                "another agency");
        assertThrows(BusinessException.NotFound.class, () -> hera.call(() -> letters.letter("lineRequest", id)),
                "no such record, or none of the office's");

        // told in words of both languages, as a rung, not a state change
        Notification letter = postBank.call(() -> notifications.page(Keyset.Request.first(ListOrder.FILED_NEWEST, 200)))
                .items().stream().filter(n -> n.getWorkflow().equals("complaint") && n.getRecordId() == id
                        && n.getAction().equals("LETTER")).findFirst().orElseThrow();
        assertTrue(NotificationWording.what(letter, Locale.forLanguageTag("fa")).contains("نامهٔ رسمی"));
        assertTrue(NotificationWording.what(letter, Locale.ENGLISH).contains("formal letter"));
        assertEquals("", NotificationWording.moved(letter, Locale.ENGLISH));

        // answered: the record is no longer chased, whatever the date
        long v3 = postBank.call(() -> complaints.view(id)).complaint().getVersion();
        postBank.call(() -> complaints.answer(id, v3, "ضمانت‌نامه دیگر خواسته نمی‌شود.", List.of()));
        ladder.pass(at(days.get(Rung.FOR_MEETING).plusDays(1)));
        assertEquals(List.of("LETTER", "REMINDER"), rungs(postBank, notifications, id), "answered: no meeting rung");
        assertEquals(2, secretariat.call(() -> complaints.view(id)).timeline().stream()
                .filter(e -> e.getAction() == ComplaintAction.ESCALATE).count());
    }

    @Test
    @Order(1)
    void anOverdueObligationClimbsTheSameRungsOnItsTimelineOnceAReportedOneDoesNot() throws Exception {
        // the 14th meeting's resolution 5 obliged every agency by 1391/07/27: years overdue, nobody has reported; run
        // first, before any pass, so that the telecom company's report comes before any rung
        ObligationFilter own = new ObligationFilter(Set.of(), null, null, false, null, JalaliDates.today(), false);
        Obligation late = firstOverdue(postBank, own);
        Obligation reported = firstOverdue(telecom, own);
        long lateId = late.getId();
        long reportedId = reported.getId();
        telecom.call(() -> obligations.report(reportedId, reported.getVersion(),
                "گزارش اجرای مصوبه با تأخیر به دبیرخانه ارسال شد.", List.of()));

        Instant now = Instant.now();
        ladder.pass(now);
        ladder.pass(now.plusSeconds(60));

        List<RungRecord> climbed = postBank.call(() -> obligations.view(lateId)).timeline().stream()
                .flatMap(e -> RungRecord.of(e).stream()).toList();
        assertEquals(List.of(Rung.REMINDER, Rung.LETTER, Rung.FOR_MEETING), climbed.stream().map(RungRecord::rung).toList(),
                "every rung due at once, in order, once of two passes");
        assertEquals(late.getDeadline(), climbed.get(0).deadline());
        assertEquals(List.of("FOR_MEETING", "LETTER", "REMINDER"), rungs(postBank, notifications, "obligation", lateId),
                "the agency's liaison is told");
        assertEquals(List.of("FOR_MEETING", "LETTER", "REMINDER"), rungs(secretariat, notifications, "obligation", lateId));
        assertEquals(List.of(), rungs(telecom, notifications, "obligation", lateId), "another agency hears nothing of it");
        assertTrue(climbed.get(1).letterNumber() != null, "the letter rung issued a letter");
        assertTrue(postBank.call(() -> letters.letter("obligation", lateId)).report().title()
                .contains(PersianText.toPersianDigits(climbed.get(1).letterNumber())));
        assertThrows(BusinessException.NotFound.class, () -> telecom.call(() -> letters.letter("obligation", lateId)));
        assertThrows(BusinessException.NotFound.class, () -> hera.call(() -> letters.letter("obligation", lateId)),
                "an office sees no obligation");

        assertEquals(List.of(), secretariat.call(() -> obligations.view(reportedId)).timeline().stream()
                .flatMap(e -> RungRecord.of(e).stream()).toList(), "reported: it waits for the secretariat");
        assertEquals(List.of(), rungs(telecom, notifications, "obligation", reportedId));
    }

    /** Files a complaint against the agency naming the official, and triages it; resolved (upheld) when asked. */
    private long complaintNaming(long agencyId, String official, boolean upheld) throws Exception {
        Complaint filed = hera.call(() -> complaints.file(new FilingForm(agencyId, ComplaintKind.GUARANTEE_DEMANDED,
                JalaliDates.today().minusDays(2), official, "شعبه برای قرارداد ضمانت‌نامهٔ بانکی خواست.", List.of(),
                UUID.randomUUID().toString())));
        long id = filed.getId();
        long v1 = secretariat.call(() -> complaints.view(id)).complaint().getVersion();
        List<Long> proposed = secretariat.call(() -> complaints.suggestedResolutions(ComplaintKind.GUARANTEE_DEMANDED))
                .stream().map(Resolution::getId).toList();
        secretariat.call(() -> complaints.triage(id, v1, proposed, Priority.NORMAL, JalaliDates.today().plusDays(5)));
        if (upheld) {
            long v2 = secretariat.call(() -> complaints.view(id)).complaint().getVersion();
            secretariat.call(() -> complaints.resolve(id, v2, "حق با دفتر بود؛ ضمانت‌نامه دیگر خواسته نمی‌شود."));
        }
        return id;
    }

    private List<ReferralService.Row> proposedFor(Subject subject) throws Exception {
        return secretariat.call(() -> referrals.proposals()).stream().filter(r -> r.proposal().subject().equals(subject))
                .toList();
    }

    private static String refusedKey(Callable<?> call) {
        try {
            call.call();
        } catch (BusinessException e) {
            return e.getMessageKey();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("nothing was refused");
    }

    @Test
    @Order(3)
    void anOfficialWithThreeUpheldComplaintsIsProposedForTheViolationsBoardConfirmedOnceOrDropped() throws Exception {
        long postBankId = reference.agencyChoices().stream().filter(a -> a.getCode().equals("post-bank")).findFirst()
                .orElseThrow().getId();
        // officials no other test names: a word of the run's own
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String referred = "رئیس شعبهٔ " + tag + " ا";
        String dropped = "معاون شعبهٔ " + tag + " ب";
        Subject official = Subject.official(postBankId, ir.pishkhan.portal.domain.complaint.Complaint.officialKey(referred));
        Subject other = Subject.official(postBankId, ir.pishkhan.portal.domain.complaint.Complaint.officialKey(dropped));

        List<Long> upheld = new java.util.ArrayList<>();
        upheld.add(complaintNaming(postBankId, referred, true));
        upheld.add(complaintNaming(postBankId, referred, true));
        long open = complaintNaming(postBankId, referred, false);
        assertEquals(List.of(), proposedFor(official), "two upheld: not yet (the README's default is 3)");
        upheld.add(complaintNaming(postBankId, referred, true));

        List<ReferralService.Row> rows = proposedFor(official);
        assertEquals(1, rows.size(), "three upheld: proposed");
        assertEquals(3, rows.get(0).proposal().upheld());
        assertEquals(upheld.get(2), rows.get(0).proposal().newestUpheldId());
        assertEquals(Set.copyOf(upheld), rows.get(0).complaints().stream().map(ir.pishkhan.portal.domain.escalation.Referrals.Behind::id)
                .collect(java.util.stream.Collectors.toSet()), "the complaints behind it, linked");

        // paged: every proposal counted, a page's in the list's order, the complaints behind read for the page's
        List<ReferralService.Row> all = secretariat.call(() -> referrals.proposals());
        List<Subject> subjects = all.stream().map(r -> r.proposal().subject()).toList();
        int at = subjects.indexOf(official);
        var one = secretariat.call(() -> referrals.proposals(at, 1));
        assertEquals(all.size(), one.total(), "the count of them all");
        assertEquals(List.of(official), one.items().stream().map(r -> r.proposal().subject()).toList());
        assertEquals(Set.copyOf(upheld), one.items().get(0).complaints().stream()
                .map(ir.pishkhan.portal.domain.escalation.Referrals.Behind::id).collect(java.util.stream.Collectors.toSet()));
        var firstTwo = secretariat.call(() -> referrals.proposals(0, 2));
        assertEquals(subjects.subList(0, Math.min(2, subjects.size())),
                firstTwo.items().stream().map(r -> r.proposal().subject()).toList());
        var past = secretariat.call(() -> referrals.proposals(all.size(), 10));
        assertEquals(List.of(), past.items(), "past the last: none");
        assertEquals(all.size(), past.total());

        // offices and the guild may not see the proposals nor decide them (the pages' 403)
        long newest = rows.get(0).proposal().newestUpheldId();
        assertInstanceOf(EJBAccessException.class, catching(() -> hera.call(() -> referrals.proposals(0, 10))));
        assertInstanceOf(EJBAccessException.class, catching(() -> hera.call(() -> referrals.proposals())));
        assertInstanceOf(EJBAccessException.class, catching(() -> guild.call(() -> referrals.confirm(official, newest,
                null, null))));
        assertInstanceOf(EJBAccessException.class, catching(() -> hera.call(() -> {
            referrals.drop(official, newest, "نه");
            return null;
        })));
        assertEquals(1, proposedFor(official).size(), "nothing decided by them");

        // confirmed: the open complaint naming the official is referred under resolution 4, on its timeline
        long res4 = secretariat.call(() -> referrals.sanctions()).stream().filter(r -> r.getNumber() == 4).findFirst()
                .orElseThrow().getId();
        Complaint after = secretariat.call(() -> referrals.confirm(official, newest, res4, "سه شکایت واردشده در یک سال"));
        assertEquals(open, after.getId());
        assertEquals(ComplaintStatus.REFERRED, secretariat.call(() -> complaints.view(open)).complaint().getStatus());
        List<ReferralRecord> onTimeline = hera.call(() -> complaints.view(open)).timeline().stream()
                .filter(e -> e.getAction() == ComplaintAction.REFER).flatMap(e -> ReferralRecord.of(e).stream()).toList();
        assertEquals(1, onTimeline.size(), "the referral on the complaint's timeline, read by the office too");
        assertEquals(referred, onTimeline.get(0).official());
        assertTrue(onTimeline.get(0).resolution().endsWith("/4"), onTimeline.get(0).resolution());

        // a second confirm of the same proposal (a double submit, another secretary) is told it was decided
        assertEquals("referral.decided", refusedKey(() -> secretariat.call(() -> referrals.confirm(official, newest, res4,
                null))));
        assertEquals("referral.decided", refusedKey(() -> secretariat.call(() -> {
            referrals.drop(official, newest, "دوباره");
            return null;
        })));
        assertEquals(List.of(), proposedFor(official), "decided: not proposed again in the period");

        // dropped, with a reason: not proposed again
        for (int i = 0; i < 3; i++) {
            complaintNaming(postBankId, dropped, true);
        }
        long otherNewest = proposedFor(other).get(0).proposal().newestUpheldId();
        assertEquals("referral.reason.required", refusedKey(() -> secretariat.call(() -> {
            referrals.drop(other, otherNewest, "  ");
            return null;
        })));
        assertEquals(1, proposedFor(other).size(), "a drop refused leaves it proposed");
        secretariat.call(() -> {
            referrals.drop(other, otherNewest, "شکایت‌ها به یک قرارداد برمی‌گردند و یک بار رسیدگی شده است.");
            return null;
        });
        assertEquals(List.of(), proposedFor(other), "dropped: not proposed again in the period");
        assertEquals("referral.decided", refusedKey(() -> secretariat.call(() -> referrals.confirm(other, otherNewest,
                res4, null))));
    }

    private static Throwable catching(Callable<?> call) {
        try {
            call.call();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was thrown");
    }
}
