package ir.pishkhan.portal.domain.delegation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolution 5: every agency delegates all its services to the offices within one month of the 14th meeting. An
 * agency stands out against it once that month has passed while it has no service delegated to any office (no
 * active authorisation), whether it has catalogued none or delegated none of those it catalogued.
 */
public final class Resolution5 {

    public static final int NUMBER = 5;

    private Resolution5() {
    }

    /**
     * @param deadline             resolution 5's due date (a month after the meeting), if known
     * @param today                the day asked about
     * @param servicesDelegated    how many of the agency's services are delegated to some office today
     */
    public static boolean standsOut(Optional<LocalDate> deadline, LocalDate today, long servicesDelegated) {
        return deadline.isPresent() && today.isAfter(deadline.get()) && servicesDelegated == 0;
    }
}
