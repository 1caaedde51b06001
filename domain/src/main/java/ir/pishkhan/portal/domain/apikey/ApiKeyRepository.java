package ir.pishkhan.portal.domain.apikey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The agencies' API keys. */
public interface ApiKeyRepository {

    Optional<ApiKey> byId(long id);

    /** The key with this public prefix, revoked or not. */
    Optional<ApiKey> byPrefix(String prefix);

    /** Every key, newest first (a handful per agency). */
    List<ApiKey> all();

    void store(ApiKey key);

    /**
     * Writes the key's last use at {@code at}, unless one within {@link ApiKey#LAST_USED_STEP} before it is written
     * already: that column alone, in one conditional update, leaving the key's version as it is.
     */
    void noteUse(ApiKey key, Instant at);
}
