package ir.pishkhan.portal.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limit of each API key: a token bucket per key ({@link ApiSettings}: so many a second, a burst above it).
 * Kept in this instance's memory: with n instances behind a balancer a key may make up to n times the rate (the
 * README says so); a limit shared through the database would cost a write per request.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    private ApiSettings settings;

    @Inject
    private Clock clock;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request of the key's allowance: 0 when let through, else the seconds to wait before the next. */
    public long take(String keyPrefix) {
        return buckets.computeIfAbsent(keyPrefix, k -> new TokenBucket(settings.perSecond(), settings.burst()))
                .take(clock.millis());
    }
}
