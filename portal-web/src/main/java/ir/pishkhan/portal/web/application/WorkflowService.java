package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.WorkListFilter;
import ir.pishkhan.portal.domain.workflow.WorkflowRepository;
import ir.pishkhan.portal.domain.workflow.Workflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every workflow's application service shares: the caller, the clock, and its steps taken through the one
 * command runner ({@link Commands}). A service adds how its records are found and who may see one, and one method
 * per command.
 *
 * @param <W> the workflow's records
 * @param <F> the filter of its lists
 */
public abstract class WorkflowService<W extends Workflow<?, ?, ?>, F extends WorkListFilter<F>> {

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

    /** The workflow's records. */
    protected abstract WorkflowRepository<W, F> records();

    /** Whether the user may see the record (else it does not exist for them). */
    protected abstract boolean canSee(UserAccount user, W record);

    /** One step of a command: the record, taken by the caller as an actor, at the clock's now. */
    @FunctionalInterface
    protected interface Step<W> {
        void take(W record, Actor by, Instant at);
    }

    /** A step on a record, by the version of the caller's page: see {@link Commands#act}. */
    protected W act(long id, long version, Step<W> step) {
        UserAccount user = user();
        Actor by = actor(user);
        Instant at = now();
        return commands.act(records().byId(id), r -> canSee(user, r), version, r -> step.take(r, by, at));
    }

    protected W visible(long id, UserAccount user) {
        return commands.visibleOr404(records().byId(id), r -> canSee(user, r));
    }

    /** The record, when the caller may see it; else not found, whichever it was (what a record's file is sent by). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    public W seen(long id) {
        return visible(id, user());
    }

    /**
     * A page of the records the caller may see, filtered: an office its own, an agency those sent to it, the
     * secretariat and the guild every one.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)  // reads: no BEGIN and COMMIT around them
    public Keyset.Page<W> page(F filter, Keyset.Request request) {
        return records().page(caller.scoped(filter), request);
    }

    /** How many records of the caller's lists match, up to just past {@link #COUNT_CAP}. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(F filter) {
        return records().countUpTo(caller.scoped(filter), COUNT_CAP + 1);
    }

    /** After a failed filing (e.g. two submits racing), the record the first one filed, if any. */
    @RolesAllowed(Roles.OFFICE)
    public W filedWith(String submissionKey) {
        return records().bySubmissionKey(user().getOffice().getId(), submissionKey).orElse(null);
    }

    /**
     * An office's filing, once per form: the record this form's one-time key already filed (a double submit), or the
     * one {@code make} makes for the caller, stored and published.
     */
    protected W fileOnce(String submissionKey, Function<UserAccount, W> make) {
        UserAccount user = user();
        Optional<W> existing = records().bySubmissionKey(user.getOffice().getId(), submissionKey);
        return existing.orElseGet(() -> started(make.apply(user), records()::store));
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
