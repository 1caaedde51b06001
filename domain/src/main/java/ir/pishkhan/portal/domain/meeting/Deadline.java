package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * When a resolution must be carried out: never said, by an absolute date, or within a period counted from the
 * meeting (in the Jalali calendar: "within one month" of 1391/06/27 is 1391/07/27).
 */
@Embeddable
public class Deadline implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Type { NONE, ABSOLUTE, PERIOD }

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_type", nullable = false, length = 10)
    private Type type = Type.NONE;

    @Column(name = "deadline_date")
    private LocalDate date;

    /** ISO-8601 period, e.g. P1M, P2W. */
    @Column(name = "deadline_period", length = 20)
    private String period;

    protected Deadline() {
    }

    private Deadline(Type type, LocalDate date, String period) {
        this.type = type;
        this.date = date;
        this.period = period;
    }

    public static Deadline none() {
        return new Deadline(Type.NONE, null, null);
    }

    public static Deadline on(LocalDate date) {
        return new Deadline(Type.ABSOLUTE, Objects.requireNonNull(date), null);
    }

    /** Within an ISO-8601 period of the meeting, e.g. "P1M" or "P2W". */
    public static Deadline within(String isoPeriod) {
        Period p = Period.parse(isoPeriod);
        if (p.isNegative() || p.isZero()) {
            throw new IllegalArgumentException("A deadline period must be positive: " + isoPeriod);
        }
        return new Deadline(Type.PERIOD, null, isoPeriod);
    }

    /** The date the deadline falls on, for a resolution passed at a meeting held on {@code meetingDate}. */
    public Optional<LocalDate> dueDate(LocalDate meetingDate) {
        switch (type) {
            case ABSOLUTE:
                return Optional.of(date);
            case PERIOD:
                if (meetingDate == null) {
                    return Optional.empty();
                }
                return Optional.of(JalaliDates.plus(meetingDate, Period.parse(period)));
            default:
                return Optional.empty();
        }
    }

    public Type getType() {
        return type == null ? Type.NONE : type;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getPeriod() {
        return period;
    }

    /** The period as years, months and days (two weeks are 14 days). */
    public Optional<Period> periodValue() {
        return period == null ? Optional.empty() : Optional.of(Period.parse(period));
    }
}
