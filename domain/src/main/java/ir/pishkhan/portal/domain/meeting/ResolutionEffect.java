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
import java.time.LocalDate;

/** What a resolution does to an earlier one it cites (amends, supersedes, repeals, extends its deadline to …). */
@Entity
@Table(name = "resolution_effect")
public class ResolutionEffect implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "resolution_effect_seq", sequenceName = "resolution_effect_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resolution_effect_seq")
    private Long id;

    /** The resolution that acts. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false, updatable = false)
    private Resolution resolution;

    /** The earlier resolution it acts on. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "target_id", nullable = false, updatable = false)
    private Resolution target;

    @Enumerated(EnumType.STRING)
    @Column(name = "effect", nullable = false, updatable = false, length = 30)
    private Effect effect;

    /** The new deadline, for {@link Effect#EXTENDS_DEADLINE_OF} only. */
    @Column(name = "new_deadline", updatable = false)
    private LocalDate newDeadline;

    protected ResolutionEffect() {
    }

    ResolutionEffect(Resolution resolution, Resolution target, Effect effect, LocalDate newDeadline) {
        this.resolution = resolution;
        this.target = target;
        this.effect = effect;
        this.newDeadline = effect == Effect.EXTENDS_DEADLINE_OF ? newDeadline : null;
    }

    public Long getId() {
        return id;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Resolution getTarget() {
        return target;
    }

    public Effect getEffect() {
        return effect;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    /** This effect as the standing of its target reads it. */
    public Standing.Act act() {
        Meeting m = resolution.getMeeting();
        return new Standing.Act(effect, m.getNumber(), resolution.getNumber(), m.getHeldOn(), newDeadline);
    }
}
