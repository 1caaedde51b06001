package ir.pishkhan.portal.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The user's language: Persian (right to left) by default, English on request. The choice is kept in the
 * session and in a cookie, so that it is remembered after logout and on the next visit.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String COOKIE = "portal-lang";
    public static final Locale PERSIAN = Locale.forLanguageTag("fa");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = PERSIAN;

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
            if (cookie instanceof Cookie c && "en".equals(c.getValue())) {
                locale = ENGLISH;
            }
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isPersian() {
        return "fa".equals(locale.getLanguage());
    }

    public String getDir() {
        return isPersian() ? "rtl" : "ltr";
    }

    /** Switches the language and reloads the page the user is on (GET, with its query string). */
    public void switchTo(String language) throws IOException {
        locale = "en".equals(language) ? ENGLISH : PERSIAN;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext ext = faces.getExternalContext();
        ext.addResponseCookie(COOKIE, locale.getLanguage(), Map.of(
                "maxAge", 365 * 24 * 3600, "path", ext.getRequestContextPath() + "/", "httpOnly", true));
        String referer = ext.getRequestHeaderMap().get("Referer");
        String viewUrl = ext.getRequestContextPath() + faces.getViewRoot().getViewId();
        ext.redirect(sameApplication(referer, ext) ? referer : viewUrl);
    }

    /** Only a page of this application is redirected back to. */
    private static boolean sameApplication(String referer, ExternalContext ext) {
        if (referer == null) {
            return false;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            return ext.getRequestServerName().equalsIgnoreCase(uri.getHost())
                    && uri.getPath() != null && uri.getPath().startsWith(ext.getRequestContextPath() + "/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
