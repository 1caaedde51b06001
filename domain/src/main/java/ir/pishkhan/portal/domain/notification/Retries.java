package ir.pishkhan.portal.domain.notification;

import java.time.Duration;

/**
 * How often a mail is tried and how long the worker waits between tries: the wait doubles from {@code first} up to
 * {@code longest}, so that an SMTP server down for an hour is not hammered, and one down for a minute delays little.
 */
public record Retries(int attempts, Duration first, Duration longest) {

    public Retries {
        if (attempts < 1 || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("attempts ≥ 1, 0 < first ≤ longest");
        }
    }

    /** The wait after the {@code failed}-th failed attempt (1 = the first). */
    public Duration after(int failed) {
        Duration wait = first;
        for (int i = 1; i < failed && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
