package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Errand;
import ir.pishkhan.portal.domain.workflow.IllegalTransition;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.web.application.LineRequestService;
import ir.pishkhan.portal.web.application.LineRequestService.RequestForm;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.application.StepRecorded;
import ir.pishkhan.portal.domain.meeting.Citation;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Effect;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingAction;
import ir.pishkhan.portal.domain.meeting.MeetingFacts;
import ir.pishkhan.portal.domain.meeting.MeetingStatus;
import ir.pishkhan.portal.domain.meeting.ResolutionDraft;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.meeting.Standing;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.application.MeetingService;
import ir.pishkhan.portal.web.faces.PortalExceptionHandler;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every recorded step is an event after its transaction commits, and none when it rolls back: on the kernel's test
 * workflow ({@link Errand}, defined only in test code) through the one command runner, and on a real workflow's
 * service.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class WorkflowEventsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private ErrandDesk desk;

    @Inject
    private StepLog log;

    @Inject
    private LineRequestService lines;

    @Inject
    private ReferenceService reference;

    @Inject
    private AsUser.AsHera hera;

    @Inject
    private AsUser.AsSecretariat dabir;

    @Inject
    private AsUser.AsGuild anjoman;

    @Inject
    private MeetingService meetings;

    @Inject
    private MeetingLog meetingLog;

    @Test
    void a_test_workflows_steps_are_events_after_commit_and_none_after_a_rollback() {
        Errand e = desk.ask(101, "نامه به اداره پست ببرید");
        List<StepRecorded> asked = log.committed("errand", 101L);
        assertEquals(1, asked.size());
        StepRecorded step = asked.get(0);
        assertAll(
                () -> assertSame(Errand.Action.ASK, step.action()),
                () -> assertEquals(null, step.from()),
                () -> assertSame(Errand.State.OPEN, step.to()),
                () -> assertEquals("office.hera", step.actor()),
                () -> assertSame(Role.OFFICE_OPERATOR, step.actorRole()),
                () -> assertSame(Visibility.PUBLIC, step.visibility()),
                () -> assertEquals(e.getTrackingNumber(), step.trackingNumber()),
                () -> assertNotNull(step.at()));

        // the step is taken, then the transaction fails: nothing is heard after commit; the failure's observers hear it
        assertThrows(EJBException.class, () -> desk.finishThenFail(e, e.getVersion(), "نامه تحویل اداره پست شد"));
        assertEquals(1, log.committed("errand", 101L).size(), "a rolled back step is no event");
        assertEquals(List.of(Errand.Action.FINISH),
                log.rolledBack("errand", 101L).stream().map(StepRecorded::action).toList());

        // a record the caller may not see is not found, and nothing is heard
        Errand fresh = desk.ask(102, "پرونده را بایگانی کنید");
        assertThrows(BusinessException.NotFound.class, () -> desk.finishHidden(fresh, fresh.getVersion(), "بایگانی انجام شد"));
        // a stale version changes nothing
        assertThrows(BusinessException.ConcurrentChange.class,
                () -> desk.finish(fresh, fresh.getVersion() + 1, "بایگانی انجام شد"));
        assertEquals(1, log.committed("errand", 102L).size());

        // the step itself: an event once committed
        desk.finish(fresh, fresh.getVersion(), "بایگانی انجام شد");
        List<StepRecorded> steps = log.committed("errand", 102L);
        assertEquals(List.of(Errand.Action.ASK, Errand.Action.FINISH), steps.stream().map(StepRecorded::action).toList());
        assertTrue(steps.get(1).isStateChange());
        assertEquals(Errand.State.DONE, fresh.getStatus());
        assertEquals(2, fresh.timeline(EnumSet.allOf(Visibility.class)).size());

        // an illegal step: refused by the table, no event
        assertThrows(IllegalTransition.class, () -> desk.finish(fresh, fresh.getVersion(), "دوباره بایگانی شد"));
        assertEquals(2, log.committed("errand", 102L).size());
    }

    @Test
    void a_line_requests_steps_are_events_with_their_entry() throws Exception {
        long telecom = reference.agencyChoices().stream().filter(a -> a.getCode().equals("telecom")).findFirst()
                .orElseThrow().getId();
        RequestForm form = new RequestForm(telecom, LineKind.FIXED_LINE, 1, "تهران، خیابان آزادی، پلاک ۳",
                null, UUID.randomUUID().toString());
        LineRequest filed = hera.call(() -> lines.file(form));
        LineRequest sent = hera.call(() -> lines.send(filed.getId(), filed.getVersion(), null));
        List<StepRecorded> steps = log.committed("lineRequest", filed.getId());
        assertEquals(List.of(LineRequestAction.FILE, LineRequestAction.SEND), steps.stream().map(StepRecorded::action).toList());
        assertAll(
                () -> assertSame(LineRequestStatus.REQUESTED, steps.get(1).from()),
                () -> assertSame(LineRequestStatus.SENT, steps.get(1).to()),
                () -> assertEquals(sent.getTrackingNumber(), steps.get(1).trackingNumber()),
                () -> assertNotNull(steps.get(0).entryId(), "the entry was stored before it was published"),
                () -> assertNotNull(steps.get(1).entryId()),
                () -> assertEquals(telecom, steps.get(1).agencyId(), "the party that must act"),
                () -> assertEquals(filed.getOffice().getId(), steps.get(1).officeId(), "the office it concerns"));
        // a step refused by the table publishes nothing
        assertThrows(IllegalTransition.class, () -> hera.call(() -> lines.send(sent.getId(), sent.getVersion(), null)));
        assertEquals(2, log.committed("lineRequest", filed.getId()).size());
    }

    private static final java.time.LocalDate HELD = JalaliDates.today();

    private Meeting draftWithOneResolution(int number) throws Exception {
        Meeting m = dabir.call(() -> meetings.create(new MeetingFacts(number, HELD, "10:00", "استانداری", Set.of())));
        return dabir.call(() -> meetings.addResolution(m.getId(), m.getVersion(), new ResolutionDraft(1,
                "کلیه بانکها ظرف یک ماه قرارداد ببندند", "Banks sign within a month",
                EnumSet.of(ResolutionKind.OBLIGATION), Set.of(), Deadline.within("P1M"), List.of())));
    }

    @Test
    void publishing_a_meeting_fires_MeetingPublished_inside_its_transaction() throws Exception {
        Meeting draft = draftWithOneResolution(31);
        assertEquals(MeetingStatus.DRAFT, draft.getStatus());
        // a draft is the secretariat's: the guild does not see it, and may not write the register
        assertThrows(BusinessException.NotFound.class, () -> anjoman.call(() -> meetings.meeting(31)));
        assertThrows(EJBAccessException.class, () -> anjoman.call(() -> meetings.publish(draft.getId(), draft.getVersion())));

        Meeting published = dabir.call(() -> meetings.publish(draft.getId(), draft.getVersion()));
        assertEquals(MeetingStatus.PUBLISHED, published.getStatus());
        List<MeetingLog.Heard> heard = meetingLog.of(31);
        assertEquals(1, heard.size());
        assertNotNull(heard.get(0).transaction(), "heard inside a transaction");
        assertTrue(heard.get(0).publishedInIt(), "the meeting is published in the transaction the observer is in");
        assertEquals(draft.getId(), heard.get(0).event().meetingId());
        assertEquals("dabir", heard.get(0).event().by().username());
        // now everyone reads it
        assertEquals(MeetingStatus.PUBLISHED, anjoman.call(() -> meetings.meeting(31)).meeting().getStatus());

        // an observer that fails rolls the publication back with it: the meeting stays a draft
        Meeting other = draftWithOneResolution(32);
        meetingLog.failFor(32);
        assertThrows(Exception.class, () -> dabir.call(() -> meetings.publish(other.getId(), other.getVersion())));
        meetingLog.failFor(-1);
        MeetingService.MeetingView after = dabir.call(() -> meetings.meeting(32));
        assertEquals(MeetingStatus.DRAFT, after.meeting().getStatus());
        assertEquals(1, meetingLog.of(32).size());
        assertTrue(after.timeline().stream().noneMatch(e -> e.getAction() == MeetingAction.PUBLISH));
    }

    @Test
    void the_registers_refusals_change_nothing_and_the_standing_follows_what_was_published() throws Exception {
        Meeting m = dabir.call(() -> meetings.create(new MeetingFacts(33, HELD, null, null, Set.of())));
        BusinessException taken = assertThrows(BusinessException.class,
                () -> dabir.call(() -> meetings.create(new MeetingFacts(33, HELD, null, null, Set.of()))));
        assertEquals("meeting.number.taken", taken.getMessageKey());
        BusinessException empty = assertThrows(BusinessException.class,
                () -> dabir.call(() -> meetings.publish(m.getId(), m.getVersion())));
        assertEquals("meeting.publish.empty", empty.getMessageKey());
        BusinessException unknown = assertThrows(BusinessException.class, () -> dabir.call(() -> meetings.addResolution(
                m.getId(), m.getVersion(), new ResolutionDraft(1, "اصلاح مصوبه ۹۹", null, EnumSet.of(ResolutionKind.DECISION),
                        Set.of(), Deadline.none(), List.of(Citation.of(14, 99, Effect.AMENDS))))));
        assertEquals("resolution.cited.unknown", unknown.getMessageKey());
        MeetingService.MeetingView unchanged = dabir.call(() -> meetings.meeting(33));
        assertEquals(m.getVersion(), unchanged.meeting().getVersion(), "nothing saved half-way");
        assertTrue(unchanged.resolutions().isEmpty());

        Meeting withOne = dabir.call(() -> meetings.addResolution(m.getId(), m.getVersion(), new ResolutionDraft(1,
                "مصوبه ۶ جلسه چهاردهم لغو می‌شود", null, EnumSet.of(ResolutionKind.DECISION), Set.of(), Deadline.none(),
                List.of(Citation.of(14, 6, Effect.REPEALS)))));
        // a draft's effects do not count yet
        assertEquals(Standing.State.IN_FORCE, dabir.call(() -> meetings.resolution(14, 6)).standing().state());
        dabir.call(() -> meetings.publish(withOne.getId(), withOne.getVersion()));
        Standing six = anjoman.call(() -> meetings.resolution(14, 6)).standing();
        assertEquals(Standing.State.REPEALED, six.state());
        assertEquals("33/1", six.by().get(0).reference());
        // published text is never edited
        BusinessException immutable = assertThrows(BusinessException.class, () -> dabir.call(() -> meetings.changeResolution(
                withOne.getId(), dabir.call(() -> meetings.meeting(33)).meeting().getVersion(), 1, new ResolutionDraft(1,
                        "متن دیگر", null, EnumSet.of(ResolutionKind.DECISION), Set.of(), Deadline.none(), List.of()))));
        assertEquals("resolution.published.immutable", immutable.getMessageKey());
    }

    @Test
    void of_two_secretariat_users_publishing_at_once_one_wins_the_other_is_told() throws Exception {
        Meeting draft = draftWithOneResolution(34);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Meeting>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return dabir.call(() -> meetings.publish(draft.getId(), draft.getVersion()));
                }));
            }
            start.countDown();
            int won = 0;
            int told = 0;
            for (Future<Meeting> f : both) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = PortalExceptionHandler.rootCause(e.getCause());
                    assertTrue(cause instanceof BusinessException.ConcurrentChange || cause instanceof OptimisticLockException
                            || cause instanceof IllegalTransition, "told: " + cause);
                    told++;
                }
            }
            assertEquals(1, won);
            assertEquals(1, told);
        } finally {
            pool.shutdownNow();
        }
        MeetingService.MeetingView v = dabir.call(() -> meetings.meeting(34));
        assertEquals(1, v.timeline().stream().filter(e -> e.getAction() == MeetingAction.PUBLISH).count());
        assertEquals(1, meetingLog.of(34).size(), "the one who was told fired nothing");
    }
}
