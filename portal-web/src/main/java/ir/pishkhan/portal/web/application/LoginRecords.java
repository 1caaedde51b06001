package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditLog;
import ir.pishkhan.portal.domain.user.LoginThrottle;
import ir.pishkhan.portal.domain.user.LoginThrottle.Refusal;
import ir.pishkhan.portal.domain.user.LoginThrottleRepository;
import ir.pishkhan.portal.domain.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * The login throttle's reads and writes, and the audit entries of logins, each call one short transaction of its
 * own (never the one the password is hashed in: a key's row stays locked only while it is counted).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginRecords {

    /** The audit's entity type of logins; the entity id is the account's, or 0 when there is none. */
    public static final String ENTITY = "Login";
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_REFUSED = "LOGIN_REFUSED";
    public static final String LOCKED = "LOCKED";
    public static final String UNLOCKED = "UNLOCKED";
    /** The detail of a password asked again of a signed-in user (the change-password page). */
    public static final String PASSWORD_CHECK = "password check";

    @Inject
    private LoginThrottleRepository throttles;

    @Inject
    private AuditLog audit;

    @Inject
    private LoginSettings settings;

    /**
     * Whether the attempt is refused before its password is looked at: the account name's or the address's lock or
     * delay. An attempt on an account name during its delay counts as a failure of it; each refusal is audited.
     */
    public Optional<Refusal> refusal(Optional<String> accountKey, String addressKey, String actor, long accountId,
                                     String address, Instant now) {
        Optional<Refusal> refusal = accountKey.flatMap(key -> accountRefusal(key, actor, accountId, address, now));
        if (refusal.isEmpty()) {
            refusal = throttles.forUpdate(addressKey).flatMap(t -> t.refusal(now));
        }
        refusal.ifPresent(r -> audit.record(new AuditEntry(now, actor, ENTITY, accountId, LOGIN_REFUSED,
                r.kind() + " until " + r.until(), address)));
        return refusal;
    }

    /** A right password: the account name's failures are forgotten (the address's are not: one good account must not clear them). */
    public void succeeded(Optional<String> accountKey, UserAccount account, String address, Instant now) {
        accountKey.flatMap(throttles::forUpdate).ifPresent(LoginThrottle::succeeded);
        audit.record(new AuditEntry(now, account.getUsername(), ENTITY, account.getId(), LOGIN, null, address));
    }

    /** A wrong password (or no such account): counted for the name and the address, audited, locks audited. */
    public void failed(Optional<String> accountKey, String addressKey, String actor, long accountId, String typed,
                       String address, Instant now) {
        audit.record(new AuditEntry(now, actor, ENTITY, accountId, LOGIN_FAILED, typed, address));
        if (accountKey.isPresent() && count(accountKey.get(), settings.account(), now)) {
            audit.record(new AuditEntry(now, actor, ENTITY, accountId, LOCKED, accountKey.get(), address));
        }
        if (count(addressKey, settings.address(), now)) {
            audit.record(new AuditEntry(now, actor, ENTITY, accountId, LOCKED, addressKey, address));
        }
    }

    /**
     * A signed-in user's password asked again (to change it): the account's own lock or delay refuses it as it refuses
     * a login, audited. A session that is not its owner's must not guess the password faster than the login page.
     */
    public Optional<Refusal> passwordCheckRefusal(UserAccount account, Instant now) {
        Optional<Refusal> refusal = LoginThrottle.accountKey(account.getUsername())
                .flatMap(key -> accountRefusal(key, account.getUsername(), account.getId(), null, now));
        refusal.ifPresent(r -> audit.record(new AuditEntry(now, account.getUsername(), ENTITY, account.getId(),
                LOGIN_REFUSED, PASSWORD_CHECK + ": " + r.kind() + " until " + r.until(), null)));
        return refusal;
    }

    /** A wrong password asked again of a signed-in user: a failure of the account as at the login, audited. */
    public void passwordCheckFailed(UserAccount account, Instant now) {
        audit.record(new AuditEntry(now, account.getUsername(), ENTITY, account.getId(), LOGIN_FAILED, PASSWORD_CHECK, null));
        Optional<String> key = LoginThrottle.accountKey(account.getUsername());
        if (key.isPresent() && count(key.get(), settings.account(), now)) {
            audit.record(new AuditEntry(now, account.getUsername(), ENTITY, account.getId(), LOCKED, key.get(), null));
        }
    }

    /** The account name's lock or delay; an attempt during its delay counts as a failure of it (and may lock it). */
    private Optional<Refusal> accountRefusal(String accountKey, String actor, long accountId, String address, Instant now) {
        Optional<LoginThrottle> account = throttles.forUpdate(accountKey);
        Optional<Refusal> refusal = account.flatMap(t -> t.refusal(now));
        if (refusal.isPresent() && refusal.get().kind() == Refusal.Kind.WAIT) {
            if (account.get().failed(now, settings.account())) {
                audit.record(new AuditEntry(now, actor, ENTITY, accountId, LOCKED, accountKey, address));
            }
            refusal = account.get().refusal(now);
        }
        return refusal;
    }

    private boolean count(String key, LoginThrottle.Rule rule, Instant now) {
        LoginThrottle throttle = throttles.forUpdate(key).orElseGet(() -> new LoginThrottle(key));
        boolean locked = throttle.failed(now, rule);
        throttles.store(throttle);
        return locked;
    }
}
