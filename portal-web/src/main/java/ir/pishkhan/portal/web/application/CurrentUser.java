package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/** The signed-in user of this request, read once from the database. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserAccountRepository accounts;

    private Optional<UserAccount> account;

    /**
     * The account as the authentication mechanism read it for this request, to check it may still be signed in: the
     * same read, not a second one.
     */
    public void readAs(UserAccount signedIn) {
        account = Optional.of(signedIn);
    }

    /**
     * The account of {@code username} as the authentication mechanism read it for this request, if it did: what the
     * services scope this request's lists by, without reading it again. Empty for any other name (an API key's
     * caller, a test's run-as identity) and outside a request that signed in.
     */
    public Optional<UserAccount> readThisRequest(String username) {
        return account != null && account.isPresent() && account.get().getUsername().equals(username)
                ? account : Optional.empty();
    }

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            account = principal == null ? Optional.empty()
                    : accounts.byUsername(principal.getName()).filter(UserAccount::isEnabled);
        }
        return account;
    }

    /** The username, for the audit log; "anonymous" when nobody is signed in. */
    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public Role getRole() {
        return account().map(UserAccount::getRole).orElse(null);
    }

    public String getDisplayName() {
        return account().map(UserAccount::getDisplayName).orElse("");
    }

    public boolean has(Role role) {
        return securityContext.isCallerInRole(role.name());
    }
}
