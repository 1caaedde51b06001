package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditLog;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.user.LoginThrottle;
import ir.pishkhan.portal.domain.user.LoginThrottleRepository;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Administrators manage accounts: create, change role and binding, disable and enable, reset a password.
 * Every change is recorded in the audit log in the same transaction; accounts are never deleted. The version
 * the administrator's form was loaded with is checked, so that a stale form never overwrites a newer change.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAdminService {

    public static final String ENTITY = "UserAccount";

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OfficeRepository offices;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottleRepository throttles;

    @Inject
    private AuditRecorder audit;

    @Inject
    private AuditLog auditLog;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext session;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** What the create and edit forms carry. */
    public record AccountForm(String username, String displayName, Role role, Long officeId, Long agencyId,
                              String password) {
    }

    public Page<UserAccount> search(String text, Role role, PageRequest page) {
        return accounts.search(text, role, page);
    }

    public UserAccount account(long id) {
        return accounts.byId(id).orElseThrow(BusinessException.NotFound::new);
    }

    public List<AuditEntry> history(long id) {
        return auditLog.of(ENTITY, id);
    }

    public UserAccount create(AccountForm form) {
        String username = UserAccount.checkUsername(form.username());
        if (accounts.byUsername(username).isPresent()) {
            throw new BusinessException.Duplicate("user.username.taken", username);
        }
        if (form.role() == null) {
            throw new BusinessException.InvalidInput("user.role.required");
        }
        UserAccount account = new UserAccount(username, form.displayName(), form.role(), office(form), agency(form),
                hasher.hash(form.password(), username, form.displayName()), audit.now());
        accounts.store(account);
        em.flush();
        audit.record(caller(), ENTITY, account.getId(), "CREATE", describe(account));
        return account;
    }

    public UserAccount update(long id, long version, AccountForm form) {
        UserAccount account = current(id, version);
        if (form.role() == null) {
            throw new BusinessException.InvalidInput("user.role.required");
        }
        if (account.getUsername().equals(caller()) && form.role() != Role.ADMIN) {
            throw new BusinessException.InvalidInput("user.self.demote");
        }
        String before = describe(account);
        account.rename(form.displayName());
        account.assign(form.role(), office(form), agency(form));
        audit.record(caller(), ENTITY, id, "UPDATE", before + " → " + describe(account));
        return account;
    }

    public UserAccount disable(long id, long version) {
        UserAccount account = current(id, version);
        if (account.getUsername().equals(caller())) {
            throw new BusinessException.InvalidInput("user.self.disable");
        }
        account.disable();
        audit.record(caller(), ENTITY, id, "DISABLE", null);
        return account;
    }

    public UserAccount enable(long id, long version) {
        UserAccount account = current(id, version);
        account.enable();
        audit.record(caller(), ENTITY, id, "ENABLE", null);
        return account;
    }

    public UserAccount resetPassword(long id, long version, String newPassword) {
        UserAccount account = current(id, version);
        account.changePassword(hasher.hash(newPassword, account.getUsername(), account.getDisplayName()), audit.now());
        audit.record(caller(), ENTITY, id, "RESET_PASSWORD", null);
        return account;
    }

    /** The account names and source addresses locked now (too many failed logins). */
    public List<LoginThrottle> locks() {
        return throttles.locked(audit.now());
    }

    /** Lifts a login lock (and delay) before its time; audited. A key not locked answers 404. */
    public void unlock(String key) {
        LoginThrottle throttle = throttles.forUpdate(key == null ? "" : key)
                .filter(t -> t.isLocked(audit.now())).orElseThrow(BusinessException.NotFound::new);
        throttle.lift();
        long accountId = throttle.isAccount() ? accounts.byUsername(throttle.getName()).map(UserAccount::getId).orElse(0L) : 0L;
        audit.record(caller(), LoginRecords.ENTITY, accountId, LoginRecords.UNLOCKED, key);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** The account as it is now, refused when somebody changed it since the form was loaded. */
    private UserAccount current(long id, long version) {
        UserAccount account = account(id);
        if (account.getVersion() != version) {
            throw new BusinessException.ConcurrentChange();
        }
        return account;
    }

    private Office office(AccountForm form) {
        if (form.role() == null || !form.role().isBoundToOffice() || form.officeId() == null) {
            return null;
        }
        return offices.byId(form.officeId()).orElseThrow(() -> new BusinessException.InvalidInput("user.office.required"));
    }

    private Agency agency(AccountForm form) {
        if (form.role() == null || !form.role().isBoundToAgency() || form.agencyId() == null) {
            return null;
        }
        return agencies.byId(form.agencyId()).orElseThrow(() -> new BusinessException.InvalidInput("user.agency.required"));
    }

    private static String describe(UserAccount a) {
        return a.getRole() + (a.getOffice() != null ? " office=" + a.getOffice().getLicenceNumber() : "")
                + (a.getAgency() != null ? " agency=" + a.getAgency().getCode() : "")
                + " name=" + a.getDisplayName();
    }
}
