package ir.pishkhan.portal.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The clock every step, deadline and audit entry is dated by: the system's, in UTC (days are Tehran's through
 * {@code JalaliDates.ZONE}). Injected rather than read, so that a test can put the portal at any date.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
