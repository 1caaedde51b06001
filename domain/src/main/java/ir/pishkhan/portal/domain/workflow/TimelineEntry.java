package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.user.Role;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a record's timeline, in any workflow: a state change or a note — who, when, what was typed, the step's
 * facts ({@link StepRecord}), and who may read it. Written with the step, in its transaction; never altered. Each
 * workflow's entity adds its id, its record, and its action and states, typed.
 *
 * @param <S> the workflow's states
 * @param <A> the workflow's actions
 */
@MappedSuperclass
public abstract class TimelineEntry<S extends Enum<S>, A extends Enum<A> & WorkflowAction<S>> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a person may type into one step. */
    public static final int TEXT_MAX = 4000;
    public static final int DETAIL_MAX = 1000;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, updatable = false, length = 20)
    private Role actorRole;

    @Column(name = "text", updatable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "detail", updatable = false, length = DETAIL_MAX)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, updatable = false, length = 12)
    private Visibility visibility;

    protected TimelineEntry() {
    }

    protected TimelineEntry(Instant at, Actor actor, String text, StepRecord record, Visibility visibility) {
        this.at = at;
        this.actor = actor.username();
        this.actorRole = actor.role();
        this.text = text;
        this.detail = StepRecord.encode(record);
        if (detail != null && detail.length() > DETAIL_MAX) {
            throw new IllegalArgumentException("A step's record is at most " + DETAIL_MAX + " characters: " + detail);
        }
        this.visibility = visibility;
    }

    public abstract Long getId();

    public abstract A getAction();

    /** The state before the step; null for the step that started the record. */
    public abstract S getFromStatus();

    public abstract S getToStatus();

    /** The id of the record this entry belongs to. */
    public abstract Long getRecordId();

    public boolean isStateChange() {
        return getFromStatus() != getToStatus();
    }

    /**
     * The facts of this step if it is an entry of {@code action}, for a typed record to read ({@code
     * TriageRecord.of}); none for any other action, whatever its text says.
     */
    public Map<String, String> facts(A action) {
        return getAction() == action ? StepRecord.decode(detail) : Map.of();
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Role getActorRole() {
        return actorRole;
    }

    /** What the person typed, as typed (stripped); null when nothing. Never a step's facts. */
    public String getText() {
        return text;
    }

    public Visibility getVisibility() {
        return visibility;
    }
}
