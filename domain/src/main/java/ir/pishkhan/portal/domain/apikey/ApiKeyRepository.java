package ir.pishkhan.portal.domain.apikey;

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
}
