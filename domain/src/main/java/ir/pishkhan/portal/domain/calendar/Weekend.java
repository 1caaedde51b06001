package ir.pishkhan.portal.domain.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * The weekly days off: Friday always; Thursday too where the province has decided so (the government offices of
 * several provinces close on Thursdays; the administrator sets it by configuration, not per year).
 */
public record Weekend(Set<DayOfWeek> days) implements Serializable {

    public Weekend {
        if (!days.contains(DayOfWeek.FRIDAY)) {
            throw new IllegalArgumentException("Friday is always off");
        }
        days = Set.copyOf(days);
    }

    public static Weekend of(boolean thursdayOff) {
        return new Weekend(thursdayOff ? EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY) : EnumSet.of(DayOfWeek.FRIDAY));
    }

    public boolean isOff(DayOfWeek day) {
        return days.contains(day);
    }
}
