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
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.CalendarService;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ComplaintService.FilingForm;
import ir.pishkhan.portal.web.application.EscalationPass;
import ir.pishkhan.portal.web.application.NotificationService;
import ir.pishkhan.portal.web.application.NotificationWording;
import ir.pishkhan.portal.web.application.ObligationService;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The escalation ladder as deployed, the clock moved by calling the pass with later instants (never waited for): a
 * forwarded complaint past its deadline gets its reminder once however many passes run, then its letter rung after
 * the configured working days; the agency's liaison and the secretariat are told of each, the office of none; each
 * rung is on the record's timeline once. An overdue obligation the agency owes a report on climbs the same rungs.
 */
@ExtendWith(ArquillianExtension.class)
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
    private ReferenceService reference;

    @Inject
    private CalendarService calendars;

    @Inject
    private EscalationPass ladder;

    @Inject
    private AsUser.AsSecretariat secretariat;

    @Inject
    private AsUser.AsHera hera;

    @Inject
    private AsUser.AsPostBank postBank;

    @Inject
    private AsUser.AsTelecom telecom;

    /** Ten in the morning in Tehran on that day. */
    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(JalaliDates.ZONE).toInstant();
    }

    private static List<String> rungs(AsUser who, NotificationService notifications, long id) throws Exception {
        return who.call(() -> notifications.page(Keyset.Request.first(ListOrder.FILED_NEWEST, 200))).items().stream()
                .filter(n -> n.getRecordId() == id && Rung.named(n.getAction()).isPresent())
                .map(Notification::getAction).sorted().toList();
    }

    @Test
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
        for (AsUser who : List.of(hera, postBank, secretariat)) {
            List<ComplaintEvent> timeline = who.call(() -> complaints.view(id)).timeline();
            assertEquals(List.of(new RungRecord(Rung.REMINDER, deadline), new RungRecord(Rung.LETTER, deadline)),
                    timeline.stream().flatMap(e -> RungRecord.of(e).stream()).toList());
            ComplaintEvent reminder = timeline.stream().filter(e -> e.getAction() == ComplaintAction.ESCALATE)
                    .findFirst().orElseThrow();
            assertEquals("portal", reminder.getActor());
            assertEquals(ComplaintStatus.FORWARDED, reminder.getToStatus());
            assertEquals(at(days.get(Rung.REMINDER)), reminder.getAt());
        }

        // told in words of both languages, as a rung, not a state change
        Notification letter = postBank.call(() -> notifications.page(Keyset.Request.first(ListOrder.FILED_NEWEST, 200)))
                .items().stream().filter(n -> n.getRecordId() == id && n.getAction().equals("LETTER")).findFirst().orElseThrow();
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
    void anOverdueObligationClimbsTheSameRungsOnItsTimelineOnceAReportedOneDoesNot() throws Exception {
        // the 14th meeting's resolution 5 obliged every agency by 1391/07/27: years overdue, nobody has reported
        ObligationFilter ofPostBank = new ObligationFilter(Set.of(), null, null, false, null, JalaliDates.today(), false);
        List<Obligation> own = postBank.call(() -> obligations.page(ofPostBank,
                Keyset.Request.first(ListOrder.DEADLINE_EARLIEST, 50))).items();
        Obligation late = own.stream().filter(o -> o.getStatus() == ObligationStatus.OPEN
                && o.isOverdue(JalaliDates.today())).findFirst().orElseThrow();
        Obligation reported = own.stream().filter(o -> o.getStatus() == ObligationStatus.OPEN
                && o.isOverdue(JalaliDates.today()) && !o.getId().equals(late.getId())).findFirst().orElseThrow();
        long lateId = late.getId();
        long reportedId = reported.getId();
        postBank.call(() -> obligations.report(reportedId, reported.getVersion(),
                "گزارش اجرای مصوبه با تأخیر به دبیرخانه ارسال شد.", List.of()));
        // (the other test's passes may have climbed these already: what counts is once each, and nothing once reported)
        List<RungRecord> beforeReport = secretariat.call(() -> obligations.view(reportedId)).timeline().stream()
                .flatMap(e -> RungRecord.of(e).stream()).toList();

        Instant now = Instant.now();
        ladder.pass(now);
        ladder.pass(now.plusSeconds(60));

        List<RungRecord> climbed = postBank.call(() -> obligations.view(lateId)).timeline().stream()
                .flatMap(e -> RungRecord.of(e).stream()).toList();
        assertEquals(List.of(Rung.REMINDER, Rung.LETTER, Rung.FOR_MEETING), climbed.stream().map(RungRecord::rung).toList(),
                "every rung due at once, in order, once of two passes");
        assertEquals(late.getDeadline(), climbed.get(0).deadline());
        assertEquals(List.of("FOR_MEETING", "LETTER", "REMINDER"), rungs(postBank, notifications, lateId),
                "the agency's liaison is told");
        assertEquals(List.of("FOR_MEETING", "LETTER", "REMINDER"), rungs(secretariat, notifications, lateId));
        assertEquals(List.of(), rungs(telecom, notifications, lateId), "another agency hears nothing of it");

        assertEquals(beforeReport, secretariat.call(() -> obligations.view(reportedId)).timeline().stream()
                .flatMap(e -> RungRecord.of(e).stream()).toList(), "reported: it waits for the secretariat");
    }
}
