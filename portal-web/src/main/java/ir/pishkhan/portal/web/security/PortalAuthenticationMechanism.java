package ir.pishkhan.portal.web.security;

import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;
import java.util.Set;

/**
 * Form login on the portal's own page, against the accounts in the database (the identity store of
 * SecurityConfig). The session keeps only the username — a serializable string that every instance of a cluster
 * can read — and each request takes the account's role from the database again: a session survives the loss of
 * the instance that opened it, and disabling an account or changing its role takes effect at its next request.
 * A protected page asked for without a session leads to the login page, and back to the page after login.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The signed-in username, in the HTTP session. */
    public static final String SESSION_USER = "pishkhan.user";
    /** The page a signed-out user asked for, to return to after login. */
    public static final String SESSION_RETURN_TO = "pishkhan.returnTo";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private UserAccountRepository accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true).setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username instanceof String name) {
            Optional<UserAccount> account = accounts.byUsername(name).filter(UserAccount::isEnabled);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(name, Set.of(account.get().getRole().name()));
            }
            session.removeAttribute(SESSION_USER);
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(SESSION_RETURN_TO,
                        request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }
}
