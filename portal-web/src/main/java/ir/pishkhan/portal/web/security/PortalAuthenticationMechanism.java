package ir.pishkhan.portal.web.security;

import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import ir.pishkhan.portal.web.application.CurrentUser;
import ir.pishkhan.portal.web.application.LoginGate;
import ir.pishkhan.portal.web.faces.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Form login on the portal's own page, against the accounts in the database, through the {@link LoginGate} (login
 * throttling, the same work for unknown names, audit). The session keeps only the username and the account's
 * session epoch (when its password last changed) — serializable values every instance of a cluster can read — and
 * each request takes the account from the database again: disabling an account or changing its role takes effect
 * at its next request, and a password reset by an administrator or changed by the user ends every session signed
 * in before it (the epoch no longer matches), on whichever instance it lives. A protected page asked for without a
 * session leads to the login page, and back to the page after login. The API ({@code /api/*}) is let in by its
 * keys alone ({@link ApiAuthentication}).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The signed-in username, in the HTTP session. */
    public static final String SESSION_USER = "pishkhan.user";
    /** The account's session epoch when the session signed in (a Long), in the HTTP session. */
    public static final String SESSION_EPOCH = "pishkhan.epoch";
    /** The page a signed-out user asked for, to return to after login. */
    public static final String SESSION_RETURN_TO = "pishkhan.returnTo";
    /** The login attempt's {@link LoginGate.Outcome}, as a request attribute, for the login page's message. */
    public static final String LOGIN_OUTCOME = "pishkhan.loginOutcome";

    @Inject
    private LoginGate gate;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ApiAuthentication api;

    @Inject
    private CurrentUser currentUser;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            // the API: by its key alone, never a session; every other path as before
            return ApiAuthentication.isApi(request) ? api.validate(request, response, context) : validate(request, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            // the accounts cannot be read: nobody is let in or sent to log in; the portal's 503 page says why
            try {
                DatabaseOutage.answer(response, e);
            } catch (IOException io) {
                e.addSuppressed(io);
                throw e;
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            LoginGate.Outcome outcome = gate.attempt(login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr());
            request.setAttribute(LOGIN_OUTCOME, outcome);
            if (!outcome.signedIn()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_USER, outcome.username());
            session.setAttribute(SESSION_EPOCH, outcome.sessionEpoch());
            return context.notifyContainerAboutLogin(outcome.username(), Set.of(outcome.role()));
        }
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username instanceof String name) {
            Optional<UserAccount> account = accounts.byUsername(name).filter(UserAccount::isEnabled);
            Object epoch = session.getAttribute(SESSION_EPOCH);
            if (account.isPresent() && epoch instanceof Long e && e == account.get().getSessionEpoch()) {
                currentUser.readAs(account.get());  // the pages ask again: one read of the account a request
                return context.notifyContainerAboutLogin(name, Set.of(account.get().getRole().name()));
            }
            // disabled, or its password changed since this session signed in: the session ends here
            session.invalidate();
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
