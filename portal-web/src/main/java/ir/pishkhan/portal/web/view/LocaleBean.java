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
                "maxAge", 365 * 24 * 3600, "path", ext.getRequestContextPath() + "/", "httpOnly", true,
                "secure", "https".equals(ext.getRequestScheme())));
        String back = ownPath(ext.getRequestHeaderMap().get("Referer"), ext.getRequestServerName(), ext.getRequestContextPath());
        ext.redirect(back != null ? back : ext.getRequestContextPath() + faces.getViewRoot().getViewId());
    }

    /**
     * The page to go back to: the path and query of the Referer when it is a page of this application on this host,
     * as a path only — never the scheme or port the Referer names, which behind a proxy may differ anyway — or null.
     */
    static String ownPath(String referer, String host, String contextPath) {
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(referer);
            String path = uri.getRawPath();
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(host) || uri.getHost() == null && uri.getRawAuthority() != null) {
                return null;
            }
            if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//") || path.contains("\\")
                    || path.contains("/../") || path.endsWith("/..")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
