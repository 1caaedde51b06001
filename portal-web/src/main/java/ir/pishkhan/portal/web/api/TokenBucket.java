package ir.pishkhan.portal.web.api;

/**
 * So many requests a second, a burst of so many above it: a bucket of {@code burst} tokens, refilled at
 * {@code perSecond}, a request taking one.
 */
public final class TokenBucket {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long lastMillis = Long.MIN_VALUE;

    public TokenBucket(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("perSecond > 0, burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
    }

    /** Takes a token at this time: 0 when there was one, else the whole seconds until there is (at least 1). */
    public synchronized long take(long nowMillis) {
        if (lastMillis != Long.MIN_VALUE && nowMillis > lastMillis) {
            tokens = Math.min(burst, tokens + (nowMillis - lastMillis) * perSecond / 1000.0);
        }
        lastMillis = Math.max(lastMillis, nowMillis);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }
}
