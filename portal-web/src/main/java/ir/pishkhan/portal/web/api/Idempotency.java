package ir.pishkhan.portal.web.api;

import ir.pishkhan.portal.domain.apikey.IdempotentRequest;
import ir.pishkhan.portal.domain.apikey.IdempotentRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Each POST of the API acts once per idempotency key: in one transaction, the answer already given under the key (the
 * same request again: that answer; another request: refused), or the step, then its answer stored beside it. A step
 * refused stores nothing: the transaction rolls back, and the same key may be tried again.
 */
@ApplicationScoped
public class Idempotency {

    /** An answer: its status and its JSON text, and whether it was given before. */
    public record Answer(int status, String body, boolean replayed) {
    }

    @Inject
    private IdempotentRequestRepository requests;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Transactional
    public Answer once(long apiKeyId, String idempotencyKey, String requestHash, Supplier<Object> step) {
        Optional<Answer> before = replay(apiKeyId, idempotencyKey, requestHash);
        if (before.isPresent()) {
            return before.get();
        }
        String body = JsonOut.text(step.get());
        requests.store(new IdempotentRequest(apiKeyId, idempotencyKey, requestHash, 200, body, clock.instant()));
        // now, so that a second instance's same request fails here and its step rolls back with it
        em.flush();
        return new Answer(200, body, false);
    }

    /** The answer given before to this request under this key, if any; another request under it is refused. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Answer> replay(long apiKeyId, String idempotencyKey, String requestHash) {
        return requests.find(apiKeyId, idempotencyKey).map(r -> r.replayFor(requestHash))
                .map(r -> new Answer(r.getStatus(), r.getBody(), true));
    }
}
