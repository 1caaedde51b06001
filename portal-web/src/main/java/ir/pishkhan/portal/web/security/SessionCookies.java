package ir.pishkhan.portal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly (web.xml), and Secure when the portal is served over HTTPS ({@code portal.https=true}, {@code PORTAL_HTTPS}), which
 * a deployment behind plain HTTP must not set: the browser would then never send the cookie back. SameSite=Lax — sent on a link followed from another site, never on its posts — is Payara's
 * listener setting (pre-boot-commands.txt), for every cookie: Payara does not take it from the cookie config.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (ConfigProvider.getConfig().getOptionalValue("portal.https", Boolean.class).orElse(false)) {
            cookie.setSecure(true);
        }
    }
}
