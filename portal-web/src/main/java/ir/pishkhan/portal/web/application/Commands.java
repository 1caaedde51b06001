package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.workflow.TimelineEntry;
import ir.pishkhan.portal.domain.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one way a step of any workflow is taken, inside the calling service's transaction: the record is found and
 * the caller may see it (else 404 — whether it exists is not told), then the page's version is the record's (else
 * the page was stale and nothing changes), then the aggregate's own step, which checks its table and rules and writes
 * its timeline entry; then the changes are flushed, so that a conflict surfaces here, and each entry written becomes a
 * {@link StepRecorded} event, fired inside the transaction: a plain observer writes with the step (the notifications and
 * the e-mail outbox), a transactional one hears it after the commit — none if it rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Commands {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Event<StepRecorded> steps;

    /** A step on an existing record, by the version of the caller's page. */
    public <W extends Workflow<?, ?, ?>> W act(Optional<W> found, Predicate<? super W> visible, long version,
                                               Consumer<? super W> step) {
        W record = visibleOr404(found, visible);
        if (record.getVersion() != version) {
            throw new BusinessException.ConcurrentChange();
        }
        step.accept(record);
        em.flush();
        published(record);
        return record;
    }

    /** The record, when there is one and the caller may see it; else not found, whichever it was. */
    public <W> W visibleOr404(Optional<W> found, Predicate<? super W> visible) {
        W record = found.orElseThrow(BusinessException.NotFound::new);
        if (!visible.test(record)) {
            throw new BusinessException.NotFound();
        }
        return record;
    }

    /**
     * Publishes the entries a record has written since it was loaded or made (a record just stored: flush first, so
     * that it has its id and tracking number). For records a step makes beside its own, as a refusal's complaint.
     */
    public <W extends Workflow<?, ?, ?>> W published(W record) {
        for (TimelineEntry<?, ?> entry : record.takeWritten()) {
            steps.fire(StepRecorded.of(record, entry));
        }
        return record;
    }
}
