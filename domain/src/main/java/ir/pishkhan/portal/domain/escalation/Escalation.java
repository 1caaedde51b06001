package ir.pishkhan.portal.domain.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A rung taken for a record: which workflow and record, which rung, when, and the deadline it was counted from.
 * The key (workflow, record, rung) is unique in the database: of two instances taking the same rung at once, the
 * second's insert fails and its transaction — with the notifications it wrote — rolls back, so the rung happens once.
 */
@Entity
@Table(name = "escalation", uniqueConstraints = @UniqueConstraint(name = "escalation_rung_uk",
        columnNames = {"workflow", "record_id", "rung"}))
public class Escalation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "escalation_seq", sequenceName = "escalation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_seq")
    private Long id;

    @Column(name = "workflow", nullable = false, updatable = false, length = 30)
    private String workflow;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rung", nullable = false, updatable = false, length = 20)
    private Rung rung;

    /** The deadline the rung was counted from: a deadline moved later (reopened, triaged again) is seen to differ. */
    @Column(name = "deadline", nullable = false, updatable = false)
    private LocalDate deadline;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    /** The letter rung's letter: its Jalali year and number in the year (unique together); none for another rung. */
    @Column(name = "letter_year", updatable = false)
    private Integer letterYear;

    @Column(name = "letter_number", updatable = false)
    private Integer letterNumber;

    protected Escalation() {
    }

    public Escalation(String workflow, Long recordId, Rung rung, LocalDate deadline, Instant takenAt) {
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.recordId = Objects.requireNonNull(recordId, "recordId");
        this.rung = Objects.requireNonNull(rung, "rung");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.takenAt = Objects.requireNonNull(takenAt, "takenAt");
    }

    /** The letter rung, with the letter it issues. */
    public static Escalation letter(String workflow, Long recordId, LocalDate deadline, Instant takenAt,
                                    LetterNumber number) {
        Escalation e = new Escalation(workflow, recordId, Rung.LETTER, deadline, takenAt);
        e.letterYear = Objects.requireNonNull(number, "number").year();
        e.letterNumber = number.number();
        return e;
    }

    /** The letter this rung issued; none for a rung that is no letter (or a letter rung taken before letters were). */
    public Optional<LetterNumber> letterNumber() {
        return letterYear == null || letterNumber == null ? Optional.empty()
                : Optional.of(new LetterNumber(letterYear, letterNumber));
    }

    public Long getId() {
        return id;
    }

    public String getWorkflow() {
        return workflow;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Rung getRung() {
        return rung;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
