package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A record that moves through a workflow — a complaint, a line request, and the next ones — guarding its own
 * transition table: each step checks the actor's role and that the action is allowed from the current state
 * ({@link #check}), changes the state, and appends its timeline entry ({@link #transition}, {@link #note}), all in
 * the one transaction that stores the record. A refused step changes nothing. Nothing is ever deleted.
 * <p>
 * A workflow brings its states, its actions as a table ({@link WorkflowAction}), its timeline entry (a {@link
 * TimelineEntry}) and its own rules as methods that end in these steps. The kernel keeps what every workflow shares:
 * the deadline and its sort key, the last change, the version a stale page is told by, the timeline a role may read,
 * and the entries written since the record was loaded, which become events once the transaction commits.
 *
 * @param <S> the states
 * @param <A> the actions, as a table
 * @param <E> the timeline entry
 */
@MappedSuperclass
public abstract class Workflow<S extends Enum<S>, A extends Enum<A> & WorkflowAction<S>, E extends TimelineEntry<S, A>>
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The day that stands for "no deadline" in the sort key, so that deadlines sort first and nulls last. */
    public static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deadline")
    private LocalDate deadline;

    /** The deadline, or {@link #NO_DEADLINE}: a non-null key for paging by deadline. */
    @Column(name = "due_sort", nullable = false)
    private LocalDate dueSort = NO_DEADLINE;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The entries written since the record was loaded or made: published as events after the commit. */
    @Transient
    private transient List<E> written;

    protected Workflow() {
    }

    /** The deadline, or {@link #NO_DEADLINE} when it has none. */
    public LocalDate getDueSort() {
        return dueSort;
    }

    // --- what a workflow supplies ---

    public abstract Long getId();

    public abstract S getStatus();

    protected abstract void setStatus(S status);

    /** The timeline as mapped (entries are only ever appended to it). */
    protected abstract List<E> entries();

    protected abstract E newEntry(Instant at, Actor actor, A action, S from, S to, String text, StepRecord record,
                                  Visibility visibility);

    /** The name the workflow's messages start with: {@code complaint}, {@code lineRequest}. */
    public abstract String workflowName();

    /** The number its people know the record by. */
    public abstract String getTrackingNumber();

    /** The office the record concerns (whose people follow it), or null when none does. */
    public abstract Long officeId();

    /** The agency that must act on the record (whose liaisons answer it), or null when none. */
    public abstract Long agencyId();

    /** Past its deadline while somebody still owes a step, by the workflow's own rule of who must act when. */
    public abstract boolean isOverdue(LocalDate today);

    // --- the steps ---

    /** Only the action's role may take it (else access denied: no role is shown another's action). */
    protected static void requireRole(Actor actor, WorkflowAction<?> action) {
        if (actor == null || actor.role() != action.role()) {
            throw new BusinessException.AccessDenied();
        }
    }

    /** The actor's role may take the action, and the current state allows it; else nothing changes. */
    protected final void check(Actor actor, A action) {
        requireRole(actor, action);
        if (!action.allowedFrom(getStatus())) {
            throw new IllegalTransition(workflowName(), action, getStatus());
        }
    }

    /** Moves to {@code to} and records the step. */
    protected final E transition(Actor actor, A action, S to, String text, StepRecord record, Visibility visibility,
                                 Instant now) {
        S from = getStatus();
        setStatus(to);
        return record(actor, action, from, to, text, record, visibility, now);
    }

    /** A step that changes no state (a note, a reply). */
    protected final E note(Actor actor, A action, String text, Visibility visibility, Instant now) {
        return record(actor, action, getStatus(), getStatus(), text, null, visibility, now);
    }

    /** Appends a timeline entry; the step that starts a record passes {@code from} null. */
    protected final E record(Actor actor, A action, S from, S to, String text, StepRecord record, Visibility visibility,
                             Instant now) {
        E e = newEntry(now, actor, action, from, to, text, record, visibility);
        entries().add(e);
        if (written == null) {
            written = new ArrayList<>();
        }
        written.add(e);
        updatedAt = now;
        return e;
    }

    /**
     * The workflow's {@link WorkflowAction#ESCALATE} action, when the escalation ladder chases its records; none by
     * default.
     */
    protected A escalationAction() {
        return null;
    }

    /**
     * A rung of the escalation ladder taken on this record by the portal, on its timeline (read by everyone who may see
     * the record): no state changes. The action's table says in which states the record is chased.
     *
     * @param rung the rung's facts (the domain's {@code escalation.RungRecord})
     * @throws UnsupportedOperationException for a workflow the ladder does not climb
     */
    public final E escalate(Actor portal, StepRecord rung, Instant now) {
        A action = escalationAction();
        if (action == null) {
            throw new UnsupportedOperationException("The escalation ladder does not climb " + workflowName());
        }
        check(portal, action);
        return record(portal, action, getStatus(), getStatus(), null, rung, Visibility.PUBLIC, now);
    }

    protected final void setDeadline(LocalDate due) {
        deadline = due;
        dueSort = due == null ? NO_DEADLINE : due;
    }

    // --- reading ---

    /** The timeline entries a viewer with these visibilities sees, oldest first. */
    public List<E> timeline(Set<Visibility> visible) {
        return entries().stream().filter(e -> visible.contains(e.getVisibility()))
                .sorted(Comparator.comparing((E e) -> e.getAt())
                        .thenComparing(e -> e.getId() == null ? Long.MAX_VALUE : e.getId()))
                .toList();
    }

    /**
     * The entries written since the record was loaded or made, handed over once: the application publishes them
     * after its transaction commits.
     */
    public List<E> takeWritten() {
        List<E> out = written == null ? List.of() : List.copyOf(written);
        written = null;
        return out;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
