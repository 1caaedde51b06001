package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.user.LoginThrottle;
import ir.pishkhan.portal.domain.user.LoginThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

    private static final int LOCKED_MAX = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaLoginThrottleRepository() {
    }

    public JpaLoginThrottleRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LoginThrottle> forUpdate(String key) {
        // read from the database, not the shared cache: another instance may have counted a failure since
        return Optional.ofNullable(em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)));
    }

    @Override
    public void store(LoginThrottle throttle) {
        if (!em.contains(throttle)) {
            em.persist(throttle);
        }
    }

    @Override
    public List<LoginThrottle> locked(Instant now) {
        return em.createQuery("SELECT t FROM LoginThrottle t WHERE t.lockedUntil > :now", LoginThrottle.class)
                .setParameter("now", now)
                .setHint("eclipselink.refresh", "true")
                .setMaxResults(LOCKED_MAX).getResultList().stream()
                .sorted(Comparator.comparing((LoginThrottle t) -> !t.isAccount()).thenComparing(LoginThrottle::getName))
                .toList();
    }
}
