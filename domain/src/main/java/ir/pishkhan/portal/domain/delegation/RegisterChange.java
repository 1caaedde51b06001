package ir.pishkhan.portal.domain.delegation;

import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.workflow.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change to a register, on its subject's timeline: a service catalogued or changed, authorisations granted or
 * withdrawn (how many, to which selection, under which basis), a bank's contract recorded or ended. Facts only: the
 * pages word them from the bundles.
 */
@Entity
@Table(name = "register_change")
public class RegisterChange implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the change is about: a service of the catalogue, or an agency's (a bank's, the post's) contracts. */
    public enum Subject {
        SERVICE, CONTRACTS
    }

    public enum What {
        CATALOGUED, DESCRIBED, GRANTED, WITHDRAWN, CONTRACT_SIGNED, CONTRACT_ENDED
    }

    @Id
    @SequenceGenerator(name = "register_change_seq", sequenceName = "register_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_change_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, updatable = false, length = 12)
    private Subject subject;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "what", nullable = false, updatable = false, length = 20)
    private What what;

    @Column(name = "actor", nullable = false, updatable = false, length = 40)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false, length = 20)
    private String actorRole;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "office_id", updatable = false)
    private Long officeId;

    @Column(name = "county", updatable = false, length = 100)
    private String county;

    @Enumerated(EnumType.STRING)
    @Column(name = "office_kind", updatable = false, length = 10)
    private OfficeKind officeKind;

    @Column(name = "offices", nullable = false, updatable = false)
    private int offices;

    @Column(name = "effective_on", updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "basis", updatable = false, length = 200)
    private String basis;

    protected RegisterChange() {
    }

    public RegisterChange(Subject subject, long subjectId, What what, Actor actor, Instant at,
                          OfficeSelection selection, int offices, LocalDate effectiveOn, String basis) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.what = what;
        this.actor = actor.username();
        this.actorRole = actor.role().name();
        this.at = at;
        if (selection != null) {
            this.officeId = selection.officeId();
            this.county = selection.county();
            this.officeKind = selection.kind();
        }
        this.offices = offices;
        this.effectiveOn = effectiveOn;
        this.basis = basis;
    }

    public Long getId() {
        return id;
    }

    public Subject getSubject() {
        return subject;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public What getWhat() {
        return what;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public Instant getAt() {
        return at;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public String getCounty() {
        return county;
    }

    public OfficeKind getOfficeKind() {
        return officeKind;
    }

    public int getOffices() {
        return offices;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getBasis() {
        return basis;
    }
}
