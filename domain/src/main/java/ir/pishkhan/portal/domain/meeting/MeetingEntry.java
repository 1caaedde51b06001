package ir.pishkhan.portal.domain.meeting;

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

/** One step of a meeting's timeline: created, a resolution added or corrected, the agenda, the minutes, published. */
@Entity
@Table(name = "meeting_entry")
public class MeetingEntry extends TimelineEntry<MeetingStatus, MeetingAction> {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "meeting_entry_seq", sequenceName = "meeting_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 30)
    private MeetingAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private MeetingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private MeetingStatus toStatus;

    protected MeetingEntry() {
    }

    MeetingEntry(Meeting meeting, Instant at, Actor actor, MeetingAction action, MeetingStatus fromStatus,
                 MeetingStatus toStatus, String text, StepRecord record, Visibility visibility) {
        super(at, actor, text, record, visibility);
        this.meeting = meeting;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public MeetingAction getAction() {
        return action;
    }

    @Override
    public MeetingStatus getFromStatus() {
        return fromStatus;
    }

    @Override
    public MeetingStatus getToStatus() {
        return toStatus;
    }

    @Override
    public Long getRecordId() {
        return meeting == null ? null : meeting.getId();
    }
}
