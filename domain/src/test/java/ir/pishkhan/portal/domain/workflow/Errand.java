package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.user.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test only: the smallest workflow written on the kernel, to prove that a workflow is its states, its table and its
 * rules, and nothing else. An office asks for an errand; the secretariat finishes it (its one rule: say what was done,
 * at least 10 characters, recorded with the day it was done); the guild notes it in any state.
 */
public class Errand extends Workflow<Errand.State, Errand.Action, Errand.Entry> {

    private static final long serialVersionUID = 1L;

    public enum State { OPEN, DONE }

    public enum Action implements WorkflowAction<State> {
        ASK(Role.OFFICE_OPERATOR, EnumSet.noneOf(State.class)),
        FINISH(Role.SECRETARIAT, EnumSet.of(State.OPEN)),
        NOTE(Role.GUILD, EnumSet.allOf(State.class));

        private final Role role;
        private final Set<State> from;

        Action(Role role, Set<State> from) {
            this.role = role;
            this.from = from;
        }

        @Override
        public Role role() {
            return role;
        }

        @Override
        public Set<State> from() {
            return from;
        }
    }

    /** What finishing records: the day it was done. */
    public record Finished(LocalDate on) implements StepRecord {
        @Override
        public Map<String, String> fields() {
            return Map.of("on", on.toString());
        }

        public static Optional<Finished> of(Entry e) {
            String on = e.facts(Action.FINISH).get("on");
            return on == null ? Optional.empty() : Optional.of(new Finished(LocalDate.parse(on)));
        }
    }

    public static class Entry extends TimelineEntry<State, Action> {
        private static final long serialVersionUID = 1L;
        private final Errand errand;
        private final Action action;
        private final State from;
        private final State to;
        private Long id;

        Entry(Errand errand, Instant at, Actor actor, Action action, State from, State to, String text, StepRecord record,
              Visibility visibility) {
            super(at, actor, text, record, visibility);
            this.errand = errand;
            this.action = action;
            this.from = from;
            this.to = to;
        }

        /** As the database would number it on storing. */
        public void numbered(long id) {
            this.id = id;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public Action getAction() {
            return action;
        }

        @Override
        public State getFromStatus() {
            return from;
        }

        @Override
        public State getToStatus() {
            return to;
        }

        @Override
        public Long getRecordId() {
            return errand.getId();
        }
    }

    private final Long id;
    private final Instant askedAt;
    private State state;
    private final List<Entry> entries = new ArrayList<>();

    private Errand(Long id, Instant askedAt) {
        this.id = id;
        this.askedAt = askedAt;
    }

    public static Errand ask(long id, Actor actor, String what, Instant now) {
        requireRole(actor, Action.ASK);
        Errand e = new Errand(id, now);
        e.state = State.OPEN;
        e.record(actor, Action.ASK, null, State.OPEN, Texts.required(what, 10, 200, "errand.what.invalid"), null,
                Visibility.PUBLIC, now);
        return e;
    }

    public void finish(Actor actor, String done, Instant now) {
        check(actor, Action.FINISH);
        String text = Texts.required(done, 10, 200, "errand.done.invalid");
        transition(actor, Action.FINISH, State.DONE, text, new Finished(LocalDate.ofInstant(now, ZoneOffset.UTC)),
                Visibility.PUBLIC, now);
    }

    public void note(Actor actor, String text, Instant now) {
        check(actor, Action.NOTE);
        note(actor, Action.NOTE, Texts.optional(text, 200, "errand.note.invalid"), Visibility.STAFF, now);
    }

    public void due(LocalDate day) {
        setDeadline(day);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public State getStatus() {
        return state;
    }

    @Override
    protected void setStatus(State status) {
        state = status;
    }

    @Override
    protected List<Entry> entries() {
        return entries;
    }

    @Override
    protected Entry newEntry(Instant at, Actor actor, Action action, State from, State to, String text, StepRecord record,
                             Visibility visibility) {
        return new Entry(this, at, actor, action, from, to, text, record, visibility);
    }

    @Override
    public String workflowName() {
        return "errand";
    }

    @Override
    public Long officeId() {
        return 1L;
    }

    @Override
    public Long agencyId() {
        return null;
    }

    @Override
    public boolean isOverdue(LocalDate today) {
        return state == State.OPEN && getDeadline() != null && getDeadline().isBefore(today);
    }

    @Override
    public String getTrackingNumber() {
        return TrackingNumber.of("E", id, askedAt);
    }
}
