package ir.pishkhan.portal.domain.obligation;

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

/** One entry of an obligation's timeline (the kernel's {@link TimelineEntry}, of this workflow's states and actions). */
@Entity
@Table(name = "obligation_entry")
public class ObligationEntry extends TimelineEntry<ObligationStatus, ObligationAction> {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "obligation_entry_seq", sequenceName = "obligation_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obligation_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id", nullable = false, updatable = false)
    private Obligation obligation;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private ObligationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private ObligationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private ObligationStatus toStatus;

    protected ObligationEntry() {
    }

    ObligationEntry(Obligation obligation, Instant at, Actor actor, ObligationAction action, ObligationStatus fromStatus,
                    ObligationStatus toStatus, String text, StepRecord record, Visibility visibility) {
        super(at, actor, text, record, visibility);
        this.obligation = obligation;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Obligation getObligation() {
        return obligation;
    }

    @Override
    public Long getRecordId() {
        return obligation == null ? null : obligation.getId();
    }

    @Override
    public ObligationAction getAction() {
        return action;
    }

    @Override
    public ObligationStatus getFromStatus() {
        return fromStatus;
    }

    @Override
    public ObligationStatus getToStatus() {
        return toStatus;
    }
}
