package ir.pishkhan.portal.domain.dispute;

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

/** One entry of a dispute's timeline (the kernel's {@link TimelineEntry}, of this workflow's states and actions). */
@Entity
@Table(name = "dispute_entry")
public class DisputeEntry extends TimelineEntry<DisputeStatus, DisputeAction> {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "dispute_entry_seq", sequenceName = "dispute_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private DisputeAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private DisputeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private DisputeStatus toStatus;

    protected DisputeEntry() {
    }

    DisputeEntry(Dispute dispute, Instant at, Actor actor, DisputeAction action, DisputeStatus fromStatus,
                 DisputeStatus toStatus, String text, StepRecord record, Visibility visibility) {
        super(at, actor, text, record, visibility);
        this.dispute = dispute;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Dispute getDispute() {
        return dispute;
    }

    @Override
    public Long getRecordId() {
        return dispute == null ? null : dispute.getId();
    }

    @Override
    public DisputeAction getAction() {
        return action;
    }

    @Override
    public DisputeStatus getFromStatus() {
        return fromStatus;
    }

    @Override
    public DisputeStatus getToStatus() {
        return toStatus;
    }
}
