package ir.pishkhan.portal.domain.complaint;

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
 * One entry of a complaint's timeline: a state change, a reply, a request for information, an answer or a note
 * (the kernel's {@link TimelineEntry}, of this workflow's states and actions).
 */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent extends TimelineEntry<ComplaintStatus, ComplaintAction> {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "complaint_event_seq", sequenceName = "complaint_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private ComplaintAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private ComplaintStatus toStatus;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Complaint complaint, Instant at, Actor actor, ComplaintAction action, ComplaintStatus fromStatus,
                   ComplaintStatus toStatus, String text, StepRecord record, Visibility visibility) {
        super(at, actor, text, record, visibility);
        this.complaint = complaint;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    @Override
    public Long getRecordId() {
        return complaint == null ? null : complaint.getId();
    }

    @Override
    public ComplaintAction getAction() {
        return action;
    }

    @Override
    public ComplaintStatus getFromStatus() {
        return fromStatus;
    }

    @Override
    public ComplaintStatus getToStatus() {
        return toStatus;
    }
}
