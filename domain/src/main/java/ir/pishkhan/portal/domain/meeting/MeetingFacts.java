package ir.pishkhan.portal.domain.meeting;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A meeting's facts as the secretariat types them: its number, Jalali date, time, place and the parties present. */
public record MeetingFacts(int number, LocalDate heldOn, String heldAt, String placeFa, Set<Party> present) {
    public MeetingFacts {
        present = present == null ? Set.of() : new LinkedHashSet<>(present);
    }
}
