package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.LoginThrottle.Refusal;
import ir.pishkhan.portal.domain.user.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;

/**
 * What every signed-in user does to their own account: change the password. The current password is asked again;
 * the new one follows the password policy; the change is audited, and it moves the account's session epoch, which
 * ends the user's other sessions at their next request (the caller keeps this one with the epoch returned). A wrong
 * current password counts against the account as a failed login does (its delay, then its lock).
 */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON, Roles.ADMIN})
public class AccountService {

    public static final String CHANGE_PASSWORD = "CHANGE_PASSWORD";

    @Inject
    private Caller caller;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditRecorder audit;

    @Inject
    private LoginRecords records;

    /** @return the account's new session epoch */
    public long changePassword(String current, String next, String repeated) {
        UserAccount me = caller.account();
        // the current password is guessed no faster here than at the login: the account's lock and delay hold
        Optional<Refusal> refusal = records.passwordCheckRefusal(me, audit.now());
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            throw r.kind() == Refusal.Kind.LOCKED ? new BusinessException.InvalidInput("login.locked", r.until())
                    : new BusinessException.InvalidInput("login.wait",
                    Math.max(1, Duration.between(audit.now(), r.until()).toSeconds()));
        }
        if (current == null || !hasher.verify(current, me.getPasswordHash())) {
            records.passwordCheckFailed(me, audit.now());
            throw new BusinessException.InvalidInput("password.current.wrong");
        }
        if (next == null || !next.equals(repeated)) {
            throw new BusinessException.InvalidInput("password.mismatch");
        }
        me.changePassword(hasher.hash(next, me.getUsername(), me.getDisplayName()), audit.now());
        audit.record(me.getUsername(), UserAdminService.ENTITY, me.getId(), CHANGE_PASSWORD, null);
        return me.getSessionEpoch();
    }
}
