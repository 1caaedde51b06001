package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.apikey.ApiKey;
import ir.pishkhan.portal.domain.apikey.ApiKeyRepository;
import ir.pishkhan.portal.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The agencies' API keys: an administrator issues one (its key shown once) and revokes it, each recorded in the audit
 * log in the same transaction; the API finds the key a request presents.
 */
@Stateless
public class ApiKeyService {

    public static final String ENTITY = "ApiKey";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private ApiKeyRepository keys;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private AuditRecorder audit;

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @RolesAllowed(Roles.ADMIN)
    public List<ApiKey> keys() {
        return keys.all();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<Agency> agencyChoices() {
        return agencies.choices();
    }

    @RolesAllowed(Roles.ADMIN)
    public ApiKey.Issued issue(Long agencyId, String name) {
        Agency agency = agencyId == null ? null : agencies.byId(agencyId).orElse(null);
        if (agency == null) {
            throw new BusinessException.InvalidInput("apiKey.agency.required");
        }
        ApiKey.Issued issued = ApiKey.issue(agency, name, caller(), audit.now(), RANDOM);
        keys.store(issued.key());
        em.flush();
        audit.record(caller(), ENTITY, issued.key().getId(), "ISSUE",
                issued.key().getPrefix() + " " + agency.getCode() + " " + issued.key().getName());
        return issued;
    }

    @RolesAllowed(Roles.ADMIN)
    public ApiKey revoke(long id, long version) {
        ApiKey key = keys.byId(id).orElseThrow(BusinessException.NotFound::new);
        if (key.getVersion() != version) {
            throw new BusinessException.ConcurrentChange();
        }
        key.revoke(caller(), audit.now());
        audit.record(caller(), ENTITY, id, "REVOKE", key.getPrefix());
        return key;
    }

    /**
     * The valid key a request presents, if any: found by its prefix, its hash compared; its use noted (at most once a
     * minute, so that a busy system does not write on each request).
     */
    @PermitAll
    public Optional<ApiKey> presented(String presented) {
        Optional<ApiKey> key = ApiKey.prefixOf(presented).flatMap(keys::byPrefix).filter(k -> k.accepts(presented));
        Instant now = audit.now();
        key.filter(k -> k.useWorthNoting(now)).ifPresent(k -> keys.noteUse(k, now));
        return key;
    }

    /** A key by its prefix, for a name on a timeline. */
    @PermitAll
    public Optional<ApiKey> byPrefix(String prefix) {
        return keys.byPrefix(prefix);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
