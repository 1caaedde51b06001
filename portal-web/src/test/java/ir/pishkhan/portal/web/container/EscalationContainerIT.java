package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.escalation.Ladder;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.CalendarService;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ComplaintService.FilingForm;
import ir.pishkhan.portal.web.application.EscalationPass;
import ir.pishkhan.portal.web.application.NotificationService;
import ir.pishkhan.portal.web.application.NotificationWording;
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
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The escalation ladder as deployed, the clock moved by calling the pass with later instants (never waited for): a
 * forwarded complaint past its deadline gets its reminder once however many passes run, then its letter rung after
 * the configured working days; the agency's liaison and the secretariat are told of each, the office of none.
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
    }
}
