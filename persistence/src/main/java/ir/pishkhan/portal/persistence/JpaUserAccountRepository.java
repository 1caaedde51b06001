package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username", "displayName", "u.displayName", "role", "u.role", "enabled", "u.enabled");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaUserAccountRepository() {
    }

    public JpaUserAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", username.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Page<UserAccount> search(String text, Role role, PageRequest page) {
        return new JpqlFilter().equal("u.role", "role", role).words("u.searchKey", text).page(em, UserAccount.class, "u", page, SORTABLE, "u.username");
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public List<UserAccount> enabledMembers(Role role, Long officeId, Long agencyId) {
        String jpql = "SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND u.role = :r"
                + (officeId == null ? "" : " AND u.office.id = :o") + (agencyId == null ? "" : " AND u.agency.id = :a")
                + " ORDER BY u.username";
        TypedQuery<UserAccount> q = em.createQuery(jpql, UserAccount.class).setParameter("r", role);
        if (officeId != null) {
            q.setParameter("o", officeId);
        }
        if (agencyId != null) {
            q.setParameter("a", agencyId);
        }
        return q.getResultList();
    }

    @Override
    public void store(UserAccount account) {
        if (account.getId() == null) {
            em.persist(account);
        }
    }
}
