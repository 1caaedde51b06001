package ir.pishkhan.portal.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The headers every response of the portal carries. The pages' Content-Security-Policy is PrimeFaces' (web.xml
 * {@code primefaces.CSP}: a nonce per page for its scripts); any other response with a body (files, reports, the
 * faces resources) gets {@link #FALLBACK_CSP} when it is written without one. Signed-in pages are never stored by
 * the browser or a proxy; static resources may be. HSTS when the request came over HTTPS or the deployment says it
 * is served over HTTPS ({@code portal.https}).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** What a page may load: its own scripts with PrimeFaces' nonce (appended to the last directive by PrimeFaces). */
    public static final String PAGE_CSP = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'; script-src 'self'";
    /** The API's reference page (webapp/api-docs.html), which reads /openapi. */
    public static final String API_DOCS = "/api-docs.html";
    /** Anything that is not a page: nothing runs, nothing is loaded. */
    public static final String FALLBACK_CSP = "default-src 'none'; frame-ancestors 'self'";
    public static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    private boolean https;

    @Override
    public void init() {
        https = https();
    }

    /** Whether the deployment says it is served over HTTPS ({@code portal.https}). */
    public static boolean https() {
        return ConfigProvider.getConfig().getOptionalValue("portal.https", Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        set(request, response, https);
        if (API_DOCS.equals(request.getServletPath())) {
            // a static page of the portal's own, with its own script (no inline one): a page's policy, not the fallback
            response.setHeader("Content-Security-Policy", PAGE_CSP);
        }
        chain.doFilter(request, request.getDispatcherType() == DispatcherType.REQUEST ? new Fallback(response) : response);
    }

    /**
     * The headers every response gets (not the page's policy): also for a response a filter sends without going on
     * down the chain, whichever order the filters run in.
     */
    public static void set(HttpServletRequest request, HttpServletResponse response, boolean https) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (https || request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!isStatic(path)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    /** The faces resources (scripts, styles, fonts, images): the same for everybody, cached as faces says. */
    static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** Sets the fallback policy when a body is written with no policy set before it (not a page, not an error page). */
    private static final class Fallback extends HttpServletResponseWrapper {

        Fallback(HttpServletResponse response) {
            super(response);
        }

        private void policy() {
            if (!isCommitted() && !containsHeader("Content-Security-Policy")) {
                setHeader("Content-Security-Policy", FALLBACK_CSP);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            policy();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            policy();
            return super.getWriter();
        }
    }
}
