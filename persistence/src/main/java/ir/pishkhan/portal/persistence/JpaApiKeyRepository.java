package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.apikey.ApiKey;
import ir.pishkhan.portal.domain.apikey.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

    private static final int LISTED_MAX = 1000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaApiKeyRepository() {
    }

    public JpaApiKeyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ApiKey> byId(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    @Override
    public Optional<ApiKey> byPrefix(String prefix) {
        // from the database each time: a key revoked on another instance is refused here at once
        return em.createQuery("SELECT k FROM ApiKey k JOIN FETCH k.agency WHERE k.prefix = :prefix", ApiKey.class)
                .setParameter("prefix", prefix)
                .setHint("eclipselink.refresh", "true")
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiKey> all() {
        return em.createQuery("SELECT k FROM ApiKey k JOIN FETCH k.agency ORDER BY k.createdAt DESC, k.id DESC", ApiKey.class)
                .setMaxResults(LISTED_MAX).getResultList();
    }

    @Override
    public void store(ApiKey key) {
        if (!em.contains(key)) {
            em.persist(key);
        }
    }

    @Override
    public void noteUse(ApiKey key, Instant at) {
        // SQL, not JPQL: EclipseLink's bulk UPDATE moves the version too, and that is what this write must leave alone
        em.createNativeQuery("UPDATE api_key SET last_used_at = ?1 WHERE id = ?2"
                        + " AND (last_used_at IS NULL OR last_used_at <= ?3)")
                .setParameter(1, at.atOffset(ZoneOffset.UTC)).setParameter(2, key.getId())
                .setParameter(3, at.minus(ApiKey.LAST_USED_STEP).atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
