package ir.pishkhan.portal.domain.meeting;

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

/**
 * An item of a meeting's agenda: typed by hand, or proposed by the portal from a record (an overdue obligation, a
 * complaint marked for the meeting, …: its kind and id), and the meeting's decision on it — a text, and for a
 * proposal whether it was taken up or dropped.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 500;
    public static final int DECISION_MAX = 2000;

    /** Where an item came from. */
    public enum Source { HAND, PROPOSED }

    /** What the meeting did with a proposed item. */
    public enum Outcome { ACCEPTED, DROPPED }

    @Id
    @SequenceGenerator(name = "agenda_item_seq", sequenceName = "agenda_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10)
    private Source source;

    /** For a proposal: the kind of record it came from ({@code obligation}, {@code complaint}, …). */
    @Column(name = "source_kind", length = 30)
    private String sourceKind;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "decision", length = DECISION_MAX)
    private String decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10)
    private Outcome outcome;

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int position, String title, Source source, String sourceKind, Long sourceId) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
        this.source = source;
        this.sourceKind = sourceKind;
        this.sourceId = sourceId;
    }

    void decide(String decision, Outcome outcome) {
        this.decision = decision;
        this.outcome = source == Source.PROPOSED ? outcome : null;
    }

    public boolean isDecided() {
        return decision != null || outcome != null;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public Source getSource() {
        return source;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getDecision() {
        return decision;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
