package ir.pishkhan.portal.domain.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline on a working day, and the day off it fell on when it had to be moved: the page tells the user that
 * the date is not the one a period or a resolution gave.
 *
 * @param date   the deadline, a working day
 * @param fellOn the day off it fell on before it moved; null when it did not move
 */
public record Due(LocalDate date, LocalDate fellOn) implements Serializable {

    public Due {
        Objects.requireNonNull(date, "date");
        if (fellOn != null && !fellOn.isBefore(date)) {
            throw new IllegalArgumentException("A deadline moves forward only: " + fellOn + " → " + date);
        }
    }

    public static Due on(LocalDate date) {
        return new Due(date, null);
    }

    public boolean moved() {
        return fellOn != null;
    }
}
