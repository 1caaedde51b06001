package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Workflow;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every workflow's application service shares: the caller, the clock, and its steps taken through the one
 * command runner ({@link Commands}). A service adds how its records are found and who may see one, and one method
 * per command.
 *
 * @param <W> the workflow's records
 */
public abstract class WorkflowService<W extends Workflow<?, ?, ?>> {

    /** A list never counts more than this; above it, the list says "more than". */
    public static final long COUNT_CAP = 10_000;

    @Inject
    private Caller caller;

    @Inject
    private Commands commands;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The record of this id, whoever may see it. */
    protected abstract Optional<W> find(long id);

    /** Whether the user may see the record (else it does not exist for them). */
    protected abstract boolean canSee(UserAccount user, W record);

    /** A step on a record, by the version of the caller's page: see {@link Commands#act}. */
    protected W act(long id, long version, Consumer<W> step) {
        UserAccount user = user();
        return commands.act(find(id), r -> canSee(user, r), version, step);
    }

    protected W visible(long id, UserAccount user) {
        return commands.visibleOr404(find(id), r -> canSee(user, r));
    }

    /** A record just made, stored by {@code store}: flushed, so that it has its number, and its first step published. */
    protected <R extends Workflow<?, ?, ?>> R started(R record, Consumer<R> store) {
        store.accept(record);
        em.flush();
        return commands.published(record);
    }

    protected Caller caller() {
        return caller;
    }

    protected UserAccount user() {
        return caller.account();
    }

    protected static Actor actor(UserAccount user) {
        return Caller.actor(user);
    }

    protected Instant now() {
        return clock.instant();
    }

    /** Today in Tehran, by the injected clock. */
    protected LocalDate today() {
        return LocalDate.ofInstant(now(), JalaliDates.ZONE);
    }

    protected EntityManager em() {
        return em;
    }
}
