package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.apikey.IdempotentRequest;
import ir.pishkhan.portal.domain.apikey.IdempotentRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaIdempotentRequestRepository implements IdempotentRequestRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaIdempotentRequestRepository() {
    }

    public JpaIdempotentRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<IdempotentRequest> find(long apiKeyId, String idempotencyKey) {
        return em.createQuery("SELECT r FROM IdempotentRequest r WHERE r.apiKeyId = :key AND r.idempotencyKey = :ik",
                        IdempotentRequest.class)
                .setParameter("key", apiKeyId).setParameter("ik", idempotencyKey)
                .setHint("eclipselink.refresh", "true")
                .getResultStream().findFirst();
    }

    @Override
    public void store(IdempotentRequest request) {
        em.persist(request);
    }
}
