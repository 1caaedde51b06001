package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.WorkListFilter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.security.Principal;

/**
 * Who calls an application service, as the container authenticated them: the account, read from the database, and
 * the actor it acts as. An EJB, so that the caller of the service that asks is the one propagated to it (a test's
 * run-as identity too). A disabled or unknown account can do nothing.
 */
@Stateless
@PermitAll
public class Caller {

    @Resource
    private SessionContext session;

    @Inject
    private UserAccountRepository accounts;

    public UserAccount account() {
        Principal caller = session.getCallerPrincipal();
        return accounts.byUsername(caller == null ? null : caller.getName()).filter(UserAccount::isEnabled)
                .orElseThrow(BusinessException.AccessDenied::new);
    }

    /** A list's filter narrowed to what the caller may see: an office its own records, an agency what it was sent. */
    public <F extends WorkListFilter<F>> F scoped(F filter) {
        UserAccount user = account();
        return switch (user.getRole()) {
            case OFFICE_OPERATOR -> filter.forOffice(user.getOffice().getId());
            case AGENCY_LIAISON -> filter.forAgency(user.getAgency().getId());
            case SECRETARIAT, GUILD -> filter;
            case ADMIN -> throw new BusinessException.AccessDenied();
        };
    }

    public static Actor actor(UserAccount user) {
        return new Actor(user.getUsername(), user.getRole());
    }
}
