package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What every signed-in user does to their own account: change the password. The current password is asked again;
 * the new one follows the password policy; the change is audited, and it moves the account's session epoch, which
 * ends the user's other sessions at their next request (the caller keeps this one with the epoch returned).
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

    /** @return the account's new session epoch */
    public long changePassword(String current, String next, String repeated) {
        UserAccount me = caller.account();
        if (current == null || !hasher.verify(current, me.getPasswordHash())) {
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
