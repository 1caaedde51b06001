package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.application.MeetingPublished;
import ir.pishkhan.portal.domain.workflow.Actor;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Test only: publishes a meeting as the meeting register will (its branch is not merged here): the meeting and its
 * resolutions stored, then {@link MeetingPublished} fired inside the same transaction. Resolution 1 obliges all banks
 * within a month; 2 is a prohibition of all banks (no obligation); 3 asks the telecom company and the guild (a body:
 * none) for a report, without a deadline.
 */
@Stateless
@PermitAll
public class MeetingDesk {

    static final Actor SECRETARY = new Actor("dabir", Role.SECRETARIAT);

    @Inject
    private MeetingRepository meetings;

    @Inject
    private Event<MeetingPublished> published;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public long publish(int number, LocalDate heldOn) {
        Meeting m = Meeting.withMinutes(number, heldOn, "10:00", "سالن جلسات استانداری");
        Resolution banks = m.addResolution(1, "کلیه بانکهای استان موظفند ظرف یک ماه با دفاتر پیشخوان قرارداد خدمات منعقد کنند.",
                "All banks sign service contracts with the offices within a month.", Deadline.within("P1M"));
        banks.addKind(ResolutionKind.OBLIGATION);
        banks.addObligated(meetings.party("all-banks").orElseThrow());
        Resolution prohibition = m.addResolution(2, "هیچ بانکی حق ایجاد باجهٔ جدید ندارد.",
                "No bank opens a new counter.", Deadline.none());
        prohibition.addKind(ResolutionKind.PROHIBITION);
        prohibition.addObligated(meetings.party("all-banks").orElseThrow());
        Resolution report = m.addResolution(3, "شرکت مخابرات و انجمن صنفی گزارش وضعیت خطوط را ارائه کنند.",
                "Telecom and the guild report on the lines.", Deadline.none());
        report.addKind(ResolutionKind.REPORT);
        report.addObligated(meetings.party("telecom").orElseThrow());
        report.addObligated(meetings.party("guild").orElseThrow());
        meetings.store(m);
        em.flush();
        published.fire(new MeetingPublished(m.getId(), number, SECRETARY, clock.instant()));
        return m.getId();
    }

    /** The publication fails after the event was heard: its transaction, and the obligations, roll back. */
    public long publishThenFail(int number, LocalDate heldOn) {
        publish(number, heldOn);
        throw new IllegalStateException("publishing fails after the obligations were opened");
    }

    /** How many notifications of a workflow a user has. */
    public long notifications(String username, String workflow) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :u AND n.workflow = :w", Long.class)
                .setParameter("u", username).setParameter("w", workflow).getSingleResult();
    }

    public boolean meetingExists(int number) {
        return meetings.meeting(number).isPresent();
    }
}
