package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.StepRecord;
import ir.pishkhan.portal.domain.workflow.TimelineEntry;
import ir.pishkhan.portal.domain.workflow.Visibility;
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

import java.time.Instant;

/**
 * One entry of a line request's timeline: a state change or a follow-up note (the kernel's {@link TimelineEntry}, of
 * this workflow's states and actions).
 */
@Entity
@Table(name = "line_request_event")
public class LineRequestEvent extends TimelineEntry<LineRequestStatus, LineRequestAction> {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "line_request_event_seq", sequenceName = "line_request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_request_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "line_request_id", nullable = false, updatable = false)
    private LineRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private LineRequestAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private LineRequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private LineRequestStatus toStatus;

    protected LineRequestEvent() {
    }

    LineRequestEvent(LineRequest request, Instant at, Actor actor, LineRequestAction action, LineRequestStatus fromStatus,
                     LineRequestStatus toStatus, String text, StepRecord record, Visibility visibility) {
        super(at, actor, text, record, visibility);
        this.request = request;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LineRequest getRequest() {
        return request;
    }

    @Override
    public Long getRecordId() {
        return request == null ? null : request.getId();
    }

    @Override
    public LineRequestAction getAction() {
        return action;
    }

    @Override
    public LineRequestStatus getFromStatus() {
        return fromStatus;
    }

    @Override
    public LineRequestStatus getToStatus() {
        return toStatus;
    }

}
