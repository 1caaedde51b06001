package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.web.application.StepRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test only: what the portal's steps published, as an observer after commit (and after a rollback) hears them. */
@ApplicationScoped
public class StepLog {

    private final List<StepRecorded> committed = new CopyOnWriteArrayList<>();
    private final List<StepRecorded> rolledBack = new CopyOnWriteArrayList<>();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StepRecorded step) {
        committed.add(step);
    }

    void afterRollback(@Observes(during = TransactionPhase.AFTER_FAILURE) StepRecorded step) {
        rolledBack.add(step);
    }

    public List<StepRecorded> committed(String workflow, Long recordId) {
        return committed.stream().filter(s -> s.workflow().equals(workflow) && s.recordId().equals(recordId)).toList();
    }

    public List<StepRecorded> rolledBack(String workflow, Long recordId) {
        return rolledBack.stream().filter(s -> s.workflow().equals(workflow) && s.recordId().equals(recordId)).toList();
    }
}
