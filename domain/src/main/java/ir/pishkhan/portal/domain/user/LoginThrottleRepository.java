package ir.pishkhan.portal.domain.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The login throttles; a key's row is read locked, so that concurrent attempts on several instances count once each. */
public interface LoginThrottleRepository {

    /** The key's row, locked until the transaction ends ({@code SELECT … FOR UPDATE}). */
    Optional<LoginThrottle> forUpdate(String key);

    void store(LoginThrottle throttle);

    /** The keys locked at {@code now}, accounts first, then by name. */
    List<LoginThrottle> locked(Instant now);
}
