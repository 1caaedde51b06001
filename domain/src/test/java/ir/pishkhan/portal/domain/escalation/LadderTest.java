package ir.pishkhan.portal.domain.escalation;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.calendar.OfficialHolidays;
import ir.pishkhan.portal.domain.calendar.Weekend;
import ir.pishkhan.portal.domain.calendar.WorkingCalendar;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintEvent;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.PartyType;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationAction;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.workflow.IllegalTransition;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ladder's rungs with a fixed clock, on the fixed official holidays (the lunar proposals move from year to year
 * and are not what this test is about): a deadline on Monday 1402/12/28, followed by 29 Esfand, Nowruz (1–4
 * Farvardin 1403, the 3rd a Friday), later Fridays and 12–13 Farvardin.
 */
class LadderTest {

    private static final BusinessCalendar CALENDAR = WorkingCalendar.of(Weekend.of(false), OfficialHolidays::fixed);
    private static final LocalDate DEADLINE = JalaliDates.of(1402, 12, 28);
    private final Ladder ladder = new Ladder(3, 7);

    private static LocalDate day(int y, int m, int d) {
        return JalaliDates.of(y, m, d);
    }

    private Set<Rung> due(LocalDate today, Rung... taken) {
        return ladder.due(DEADLINE, today, CALENDAR, List.of(taken));
    }

    @Test
    void theRungsDaysCountWorkingDaysOverFridaysAndNowruz() {
        assertEquals(java.time.DayOfWeek.MONDAY, DEADLINE.getDayOfWeek());
        // first working day late: Sunday 5 Farvardin; three working days on: Wednesday 8 Farvardin (the letter);
        // seven more (Friday 10th, 12–13 Farvardin and Friday 17th off): Sunday 19 Farvardin (for the meeting)
        assertEquals(Map.of(Rung.REMINDER, day(1402, 12, 29), Rung.LETTER, day(1403, 1, 8),
                Rung.FOR_MEETING, day(1403, 1, 19)), ladder.days(DEADLINE, CALENDAR));
    }

    @Test
    void nothingBeforeOrOnTheDeadline() {
        assertEquals(Set.of(), due(DEADLINE.minusDays(5)));
        assertEquals(Set.of(), due(DEADLINE), "the deadline's own day is still in time");
        assertEquals(Set.of(), ladder.due(null, DEADLINE, CALENDAR, List.of()), "no deadline, no ladder");
    }

    @Test
    void eachRungOnItsDayAndOnlyOnce() {
        assertEquals(EnumSet.of(Rung.REMINDER), due(day(1402, 12, 29)), "the day after the deadline");
        assertEquals(Set.of(), due(day(1402, 12, 29), Rung.REMINDER), "taken: not due again");
        assertEquals(Set.of(), due(day(1403, 1, 7), Rung.REMINDER), "two working days late: no letter yet");
        assertEquals(EnumSet.of(Rung.LETTER), due(day(1403, 1, 8), Rung.REMINDER));
        assertEquals(Set.of(), due(day(1403, 1, 9), Rung.REMINDER, Rung.LETTER));
        assertEquals(Set.of(), due(day(1403, 1, 18), Rung.REMINDER, Rung.LETTER), "six working days after the letter");
        assertEquals(EnumSet.of(Rung.FOR_MEETING), due(day(1403, 1, 19), Rung.REMINDER, Rung.LETTER));
        assertEquals(Set.of(), due(day(1403, 3, 1), Rung.REMINDER, Rung.LETTER, Rung.FOR_MEETING), "the ladder's top");
    }

    @Test
    void aPassThatMissedDaysTakesEveryRungDueInOrder() {
        assertEquals(List.of(Rung.REMINDER, Rung.LETTER), List.copyOf(due(day(1403, 1, 10))));
        assertEquals(List.of(Rung.LETTER, Rung.FOR_MEETING), List.copyOf(due(day(1403, 2, 1), Rung.REMINDER)));
    }

    @Test
    void aPeriodOfNoDaysIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new Ladder(0, 7));
        assertThrows(IllegalArgumentException.class, () -> new Ladder(3, 0));
    }

    /** A complaint against the post bank triaged with {@link #DEADLINE}, not yet forwarded. */
    private static Complaint triagedComplaint(Clock clock) {
        Office hera = new Office("14-71-1101", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN, "مرکز استان", "Centre",
                null, LicenceStatus.ACTIVE);
        Agency postBank = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);
        Resolution r11 = Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری")
                .addResolution(11, "…غیر از بیمه معلم…", null, null);
        Actor office = new Actor("office.hera", Role.OFFICE_OPERATOR);
        Actor dabir = new Actor("dabir", Role.SECRETARIAT);
        Complaint c = Complaint.file(hera, postBank, ComplaintKind.GUARANTEE_DEMANDED, DEADLINE.minusDays(20), null,
                "پست بانک برای ادامهٔ همکاری ضمانت‌نامهٔ بانکی خواست.", List.of(), office, clock.instant(), "k-1");
        c.triage(dabir, List.of(r11), Priority.NORMAL, DEADLINE, CALENDAR, clock.instant());
        return c;
    }

    @Test
    void aForwardedComplaintIsChasedAClosedOneIsNot() {
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T06:30:00Z"), ZoneOffset.UTC);
        Actor office = new Actor("office.hera", Role.OFFICE_OPERATOR);
        Actor dabir = new Actor("dabir", Role.SECRETARIAT);
        Complaint c = triagedComplaint(clock);
        LocalDate late = day(1403, 1, 8);
        assertEquals(Set.of(), ladder.dueFor(c, late, CALENDAR, List.of()),
                "triaged, not forwarded: late with the secretariat, not the agency");
        c.forward(dabir, "مطابق مصوبهٔ ۱۱ پاسخ دهید.", clock.instant());
        assertTrue(Ladder.isChased(c, late));
        assertEquals(Set.of(), ladder.dueFor(c, DEADLINE, CALENDAR, List.of()), "not yet late");
        assertEquals(EnumSet.of(Rung.REMINDER, Rung.LETTER), ladder.dueFor(c, late, CALENDAR, List.of()));
        assertEquals(EnumSet.of(Rung.LETTER), ladder.dueFor(c, late, CALENDAR, List.of(Rung.REMINDER)));

        c.withdraw(office, null, clock.instant());
        assertEquals(Set.of(), ladder.dueFor(c, late, CALENDAR, List.of()), "closed: nothing, whatever the date");
    }

    @Test
    void anOverdueObligationIsChasedWhileTheAgencyOwesItsReport() {
        // a meeting on 1402/11/28 whose resolution obliges the post bank within a month: due 1402/12/28, the deadline above
        Instant at = LocalDate.of(2024, 2, 17).atTime(10, 0).atZone(JalaliDates.ZONE).toInstant();
        Meeting m = Meeting.withMinutes(15, JalaliDates.of(1402, 11, 28), "10:00", "استانداری");
        Resolution r = m.addResolution(1, "پست بانک ظرف یک ماه گزارش دهد.", null, Deadline.within("P1M"));
        r.addKind(ResolutionKind.OBLIGATION);
        Agency postBank = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);
        r.addObligated(new Party("post-bank", "پست بانک", "Post Bank", PartyType.AGENCY));
        Actor dabir = new Actor("dabir", Role.SECRETARIAT);
        Actor liaison = new Actor("liaison.postbank", Role.AGENCY_LIAISON);
        Obligation o = Obligation.open(r, postBank, CALENDAR, dabir, at);
        assertEquals(DEADLINE, o.getDeadline());

        assertEquals(Set.of(), ladder.dueFor(o, DEADLINE, CALENDAR, List.of()), "on its deadline: in time");
        assertEquals(EnumSet.of(Rung.REMINDER), ladder.dueFor(o, day(1402, 12, 29), CALENDAR, List.of()));
        assertEquals(EnumSet.of(Rung.REMINDER, Rung.LETTER, Rung.FOR_MEETING), ladder.dueFor(o, day(1403, 1, 19),
                CALENDAR, List.of()), "the same days as any record's");

        o.report(liaison, "گزارش اجرای مصوبه پیوست است.", List.of(), at.plusSeconds(60));
        assertEquals(Set.of(), ladder.dueFor(o, day(1403, 1, 19), CALENDAR, List.of()),
                "reported: overdue still, but it waits for the secretariat, not the agency");
        o.returnReport(dabir, "فهرست دفاتر پیوست نشده است.", at.plusSeconds(120));
        assertTrue(o.isOverdue(day(1403, 1, 8)));
        assertEquals(EnumSet.of(Rung.LETTER), ladder.dueFor(o, day(1403, 1, 8), CALENDAR, List.of(Rung.REMINDER)),
                "returned: the agency owes the report again");
        o.declareViolated(dabir, null, day(1403, 1, 8), at.plusSeconds(180));
        assertEquals(Set.of(), ladder.dueFor(o, day(1403, 1, 19), CALENDAR, List.of()), "violated: off the ladder");
    }

    @Test
    void aRungIsOnTheRecordsTimelineTakenByThePortalChangingNoState() {
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T06:30:00Z"), ZoneOffset.UTC);
        Complaint c = triagedComplaint(clock);
        c.forward(new Actor("dabir", Role.SECRETARIAT), "مطابق مصوبهٔ ۱۱ پاسخ دهید.", clock.instant());
        int before = c.timeline(EnumSet.allOf(Visibility.class)).size();
        Actor portal = new Actor("portal", Role.SECRETARIAT);

        c.escalate(portal, new RungRecord(Rung.LETTER, DEADLINE, "1403/12"), clock.instant());
        List<ComplaintEvent> timeline = c.timeline(EnumSet.of(Visibility.PUBLIC));
        assertEquals(before + 1, c.timeline(EnumSet.allOf(Visibility.class)).size());
        ComplaintEvent e = timeline.get(timeline.size() - 1);
        assertEquals(ComplaintAction.ESCALATE, e.getAction());
        assertEquals(ComplaintStatus.FORWARDED, e.getToStatus());
        assertFalse(e.isStateChange());
        assertEquals("portal", e.getActor());
        assertEquals(java.util.Optional.of(new RungRecord(Rung.LETTER, DEADLINE, "1403/12")), RungRecord.of(e));
        assertEquals(java.util.Optional.empty(), RungRecord.of(timeline.get(0)), "a filing is no rung");
        assertFalse(ComplaintAction.available(Role.SECRETARIAT, ComplaintStatus.FORWARDED)
                .contains(ComplaintAction.ESCALATE), "no page offers it");

        assertThrows(BusinessException.AccessDenied.class,
                () -> c.escalate(new Actor("office.hera", Role.OFFICE_OPERATOR), new RungRecord(Rung.REMINDER, DEADLINE),
                        clock.instant()));
        c.answer(new Actor("liaison.postbank", Role.AGENCY_LIAISON), "ضمانت‌نامه دیگر خواسته نمی‌شود.", List.of(),
                clock.instant());
        assertThrows(IllegalTransition.class, () -> c.escalate(portal, new RungRecord(Rung.REMINDER, DEADLINE),
                clock.instant()), "answered: no longer with the agency");
    }

    @Test
    void theStatesChasedAreThoseTheEscalateActionIsTakenFrom() {
        assertEquals(EnumSet.of(ComplaintStatus.FORWARDED), Ladder.CHASED_COMPLAINTS);
        assertEquals(EnumSet.of(ObligationStatus.OPEN, ObligationStatus.RETURNED), Ladder.CHASED_OBLIGATIONS);
        assertEquals(LineRequestStatus.where(LineRequestStatus::isWithProvider), Ladder.CHASED_LINE_REQUESTS);
        for (Enum<?>[] actions : List.<Enum<?>[]>of(ComplaintAction.values(), LineRequestAction.values(),
                ObligationAction.values())) {
            assertEquals(1, java.util.Arrays.stream(actions).filter(WorkflowAction::byPortal).count());
        }
    }

    @Test
    void noActionOfAWorkflowIsNamedAsARung() {
        // a notification keeps a rung in its action column, by name: the wording must tell one from the other
        for (Enum<?>[] actions : List.<Enum<?>[]>of(ComplaintAction.values(), LineRequestAction.values(),
                ObligationAction.values())) {
            for (Enum<?> action : actions) {
                assertTrue(Rung.named(action.name()).isEmpty(), action.toString());
            }
        }
        assertEquals(java.util.Optional.of(Rung.LETTER), Rung.named("LETTER"));
    }
}
