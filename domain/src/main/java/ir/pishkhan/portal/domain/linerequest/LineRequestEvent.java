package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.user.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a line request's timeline: a state change or a follow-up note — who, when, from which state to
 * which, and what was said. Written with the change; never altered.
 */
@Entity
@Table(name = "line_request_event")
public class LineRequestEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "line_request_event_seq", sequenceName = "line_request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_request_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "line_request_id", nullable = false, updatable = false)
    private LineRequest request;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, updatable = false, length = 20)
    private Role actorRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private LineRequestAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private LineRequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private LineRequestStatus toStatus;

    @Column(name = "text", updatable = false, length = LineRequest.EVENT_TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, updatable = false, length = 12)
    private Visibility visibility;

    protected LineRequestEvent() {
    }

    LineRequestEvent(LineRequest request, Instant at, Actor actor, LineRequestAction action, LineRequestStatus fromStatus,
                     LineRequestStatus toStatus, String text, Visibility visibility) {
        this.request = request;
        this.at = at;
        this.actor = actor.username();
        this.actorRole = actor.role();
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.text = text;
        this.visibility = visibility;
    }

    public boolean isStateChange() {
        return fromStatus != toStatus;
    }

    public Long getId() {
        return id;
    }

    public LineRequest getRequest() {
        return request;
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

    public LineRequestAction getAction() {
        return action;
    }

    public LineRequestStatus getFromStatus() {
        return fromStatus;
    }

    public LineRequestStatus getToStatus() {
        return toStatus;
    }

    public String getText() {
        return text;
    }

    public Visibility getVisibility() {
        return visibility;
    }
}
