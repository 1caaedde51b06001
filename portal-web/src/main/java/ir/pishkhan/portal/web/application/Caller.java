package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.apikey.ApiKey;
import ir.pishkhan.portal.domain.apikey.ApiKeyRepository;
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
import java.util.Optional;

/**
 * Who calls an application service, as the container authenticated them: the account, read from the database, and
 * the actor it acts as. An EJB, so that the caller of the service that asks is the one propagated to it (a test's
 * run-as identity too). A disabled or unknown account can do nothing. An agency's system calling the API with its key
 * is the agency's liaison, under the key's name ({@link UserAccount#agencySystem}); a revoked key can do nothing.
 */
@Stateless
@PermitAll
public class Caller {

    @Resource
    private SessionContext session;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ApiKeyRepository apiKeys;

    @Inject
    private CurrentUser currentUser;

    public UserAccount account() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        Optional<String> key = ApiKey.prefixOfActor(name);
        if (key.isPresent()) {
            return apiKeys.byPrefix(key.get()).filter(k -> !k.isRevoked()).map(Caller::system)
                    .orElseThrow(BusinessException.AccessDenied::new);
        }
        return accounts.byUsername(name).filter(UserAccount::isEnabled)
                .orElseThrow(BusinessException.AccessDenied::new);
    }

    /**
     * A list's filter narrowed to what the caller may see: an office its own records, an agency what it was sent. A
     * page's request scopes by the account its sign-in check read at the start of the same request (its role, office
     * and agency; a disabled account never got that far); any other caller is read here.
     */
    public <F extends WorkListFilter<F>> F scoped(F filter) {
        Principal caller = session.getCallerPrincipal();
        UserAccount user = caller == null ? account()
                : currentUser.readThisRequest(caller.getName()).orElseGet(this::account);
        return switch (user.getRole()) {
            case OFFICE_OPERATOR -> filter.forOffice(user.getOffice().getId());
            case AGENCY_LIAISON -> filter.forAgency(user.getAgency().getId());
            case SECRETARIAT, GUILD -> filter;
            case ADMIN -> throw new BusinessException.AccessDenied();
        };
    }

    /** The caller an API key stands for: its agency's liaison, named for the key. */
    public static UserAccount system(ApiKey key) {
        return UserAccount.agencySystem(key.actorName(), key.getName(), key.getAgency(), key.getCreatedAt());
    }

    public static Actor actor(UserAccount user) {
        return new Actor(user.getUsername(), user.getRole());
    }
}
