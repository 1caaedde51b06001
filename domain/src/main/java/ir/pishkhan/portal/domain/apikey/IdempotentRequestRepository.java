package ir.pishkhan.portal.domain.apikey;

import java.util.Optional;

/** The API's POSTs, each remembered once by its key's and the client's idempotency key. */
public interface IdempotentRequestRepository {

    /** The request first sent under this idempotency key with this API key, read from the database (not a cache). */
    Optional<IdempotentRequest> find(long apiKeyId, String idempotencyKey);

    void store(IdempotentRequest request);
}
