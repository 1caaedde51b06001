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
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
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
@ExtendWith(ArquillianExtension.class)
class WorkflowEventsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(ErrandDesk.class, StepLog.class, Errand.class, Errand.State.class,
                Errand.Action.class, Errand.Entry.class, Errand.Finished.class);
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
}
