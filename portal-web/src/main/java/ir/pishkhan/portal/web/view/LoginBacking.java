package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.web.application.LoginGate;
import ir.pishkhan.portal.web.faces.Formats;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.security.PortalAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The login form. A wrong username or password gets one message that does not say which was wrong. The session
 * id is changed at login (no session fixation); the session is invalidated at logout.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HomePages homePages;

    @Inject
    private Formats formats;

    @Inject
    private java.time.Clock clock;

    private String username;
    private String password;

    /** Signed-in users who open the login page go to their home page. */
    public void onLoad() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (securityContext.getCallerPrincipal() != null && !faces.isPostback()) {
            faces.getExternalContext().redirect(homePages.homeUrl());
            faces.responseComplete();
        }
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        // A new session id for the signed-in session: whoever knew the old one learns nothing.
        request.getSession(true);
        request.changeSessionId();
        String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(user,
                        password == null ? "" : password)));
        switch (status) {
            case SUCCESS:
                ext.redirect(afterLogin(request));
                faces.responseComplete();
                break;
            default:
                Object outcome = request.getAttribute(PortalAuthenticationMechanism.LOGIN_OUTCOME);
                if (outcome instanceof LoginGate.Outcome o && o.kind() == LoginGate.Outcome.Kind.LOCKED) {
                    Messages.error(null, "login.locked", formats.instant(o.until()));
                } else if (outcome instanceof LoginGate.Outcome o && o.kind() == LoginGate.Outcome.Kind.WAIT) {
                    Messages.error(null, "login.wait", formats.num(Math.max(1,
                            Duration.between(clock.instant(), o.until()).toMillis() / 1000 + 1)));
                } else {
                    Messages.error(null, "login.failed");
                }
                ext.getFlash().setKeepMessages(false);
                faces.validationFailed();
                break;
        }
    }

    /** The page the user asked for before logging in (a page of this application only), or the role's home. */
    private String afterLogin(HttpServletRequest request) {
        Object returnTo = request.getSession().getAttribute(PortalAuthenticationMechanism.SESSION_RETURN_TO);
        request.getSession().removeAttribute(PortalAuthenticationMechanism.SESSION_RETURN_TO);
        if (returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.startsWith("/login.xhtml")) {
            return request.getContextPath() + path;
        }
        return homePages.homeUrl();
    }

    public void logout() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // already signed out
        }
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml?bye=1");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
