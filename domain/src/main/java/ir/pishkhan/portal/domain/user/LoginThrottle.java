package ir.pishkhan.portal.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed logins of one account name or one source address, kept in the database so that every instance of a
 * cluster counts the same attempts. After {@link Rule#delayAfter} failures each further attempt must wait a delay
 * that doubles (1 s, 2 s, 4 s … up to {@link Rule#maxDelay}); an attempt on an account during its delay is refused
 * and counts as a failure (who does not wait reaches the lock sooner). After {@link Rule#lockAfter} failures the key
 * is locked for {@link Rule#lock}, or until an administrator lifts it. Failures older than the lock period are
 * forgotten. Names are counted whether an account of that name exists or not: the answers tell nobody which exist.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int KEY_MAX = 80;
    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    /** The limits of one kind of key. */
    public record Rule(int delayAfter, int lockAfter, Duration lock, Duration maxDelay) implements Serializable {
        public Rule {
            if (delayAfter < 1 || lockAfter < delayAfter || lock.isNegative() || lock.isZero() || maxDelay.isNegative()) {
                throw new IllegalArgumentException("login throttle: 1 <= delayAfter <= lockAfter, lock > 0: " + delayAfter
                        + ", " + lockAfter + ", " + lock);
            }
        }
    }

    /** Why an attempt is refused before its password is checked, and until when. */
    public record Refusal(Kind kind, Instant until) implements Serializable {
        public enum Kind { WAIT, LOCKED }
    }

    @Id
    @Column(name = "throttle_key", length = KEY_MAX)
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "not_before")
    private Instant notBefore;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key) {
        this.key = Objects.requireNonNull(key);
    }

    /** The key of an account name as typed (lower-cased), or empty when it cannot be a username. */
    public static Optional<String> accountKey(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return UserAccount.USERNAME.matcher(u).matches() ? Optional.of(ACCOUNT + u) : Optional.empty();
    }

    public static String addressKey(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        return ADDRESS + (a.length() > KEY_MAX - ADDRESS.length() ? a.substring(0, KEY_MAX - ADDRESS.length()) : a);
    }

    /** Whether an attempt now must be refused without looking at the password. */
    public Optional<Refusal> refusal(Instant now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return Optional.of(new Refusal(Refusal.Kind.LOCKED, lockedUntil));
        }
        if (notBefore != null && now.isBefore(notBefore)) {
            return Optional.of(new Refusal(Refusal.Kind.WAIT, notBefore));
        }
        return Optional.empty();
    }

    /**
     * Counts a failed attempt.
     *
     * @return whether this failure locked the key
     */
    public boolean failed(Instant now, Rule rule) {
        boolean lockOver = lockedUntil != null && !now.isBefore(lockedUntil);
        boolean forgotten = lastFailureAt != null && lastFailureAt.plus(rule.lock()).isBefore(now);
        if (lockOver || forgotten) {
            failures = 0;
            lockedUntil = null;
            notBefore = null;
        }
        if (isLocked(now)) {
            return false;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= rule.lockAfter()) {
            lockedUntil = now.plus(rule.lock());
            notBefore = null;
            return true;
        }
        if (failures >= rule.delayAfter()) {
            int doublings = Math.min(failures - rule.delayAfter(), 30);
            Duration delay = Duration.ofSeconds(1L << doublings);
            notBefore = now.plus(delay.compareTo(rule.maxDelay()) > 0 ? rule.maxDelay() : delay);
        }
        return false;
    }

    /** A right password: the failures are forgotten. */
    public void succeeded() {
        failures = 0;
        lastFailureAt = null;
        notBefore = null;
    }

    /** An administrator lifts the lock (and the delay). */
    public void lift() {
        succeeded();
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean isAccount() {
        return key.startsWith(ACCOUNT);
    }

    /** The account name or the address, without the kind. */
    public String getName() {
        return key.substring(key.indexOf(':') + 1);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
