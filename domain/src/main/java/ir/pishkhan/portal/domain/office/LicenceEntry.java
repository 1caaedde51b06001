package ir.pishkhan.portal.domain.office;

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

/** One change of an office's licence on its timeline (the kernel's {@link TimelineEntry}). */
@Entity
@Table(name = "licence_entry")
public class LicenceEntry extends TimelineEntry<LicenceStatus, LicenceAction> {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "licence_entry_seq", sequenceName = "licence_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "licence_id", nullable = false, updatable = false)
    private Licence licence;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private LicenceAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private LicenceStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private LicenceStatus toStatus;

    protected LicenceEntry() {
    }

    LicenceEntry(Licence licence, Instant at, Actor actor, LicenceAction action, LicenceStatus fromStatus,
                 LicenceStatus toStatus, String text, StepRecord record, Visibility visibility) {
        super(at, actor, text, record, visibility);
        this.licence = licence;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getRecordId() {
        return licence == null ? null : licence.getId();
    }

    @Override
    public LicenceAction getAction() {
        return action;
    }

    @Override
    public LicenceStatus getFromStatus() {
        return fromStatus;
    }

    @Override
    public LicenceStatus getToStatus() {
        return toStatus;
    }
}
