package ir.pishkhan.portal.web.security;

import ir.pishkhan.portal.web.application.Refusals;
import ir.pishkhan.portal.web.faces.DatabaseOutage;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;

/**
 * The portal answers GET, HEAD and POST; any other method (PUT, DELETE, PATCH, …) is refused with 405 before it
 * reaches a page or a servlet. A post whose Origin names another host is refused with 403 and audited: a second line
 * behind the view state and the script nonce against a post forged by another site. An error page is shown as a page opened afresh: to faces, the request dispatched to it
 * is a GET with no parameters, whatever the refused request was — else a refused post would be taken for a postback
 * of the error page (its view state, its script nonce) and the page would fail in turn, leaving an empty answer.
 * A servlet that meets the database out of reach answers 503, the service briefly unavailable. The API
 * ({@code /api/*}) has no Origin check: it is let in by a key in a header, which no other site's form or script can
 * send (no cookie authenticates it).
 */
@WebFilter(filterName = "RequestGuard", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

    @Inject
    private transient Refusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(new FreshGet(request), response);
            return;
        }
        try {
            guard(request, response, chain);
        } catch (ServletException | RuntimeException e) {
            // a servlet or a filter that met the database out of reach (pages answer it themselves: faces' handler)
            if (!DatabaseOutage.isOutage(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            DatabaseOutage.answer(response, e);
        }
    }

    private void guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if ("POST".equals(request.getMethod()) && !ApiAuthentication.isApi(request)
                && !sameHost(request.getHeader("Origin"), request.getServerName(), request.getHeader("X-Forwarded-Host"))) {
            refusals.refused(request.getRemoteUser(), "POST " + request.getRequestURI() + " from Origin "
                    + request.getHeader("Origin"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * No Origin (an older client, a same-origin GET turned post by a proxy) is let through: the view state and the
     * nonce still guard it. "null" (a sandboxed or privacy-redirected page) and another host are not. The portal's
     * host is the one the request names, or, behind a reverse proxy that does not pass the Host on (nginx's
     * {@code proxy_pass} without {@code proxy_set_header Host}), the first in X-Forwarded-Host: a post forged by another
     * site cannot set that header (a form cannot; a script must pass CORS first, which the portal never grants).
     */
    static boolean sameHost(String origin, String serverName, String forwardedHost) {
        if (origin == null) {
            return true;
        }
        try {
            String host = new URI(origin).getHost();
            return host != null && (host.equalsIgnoreCase(serverName) || host.equalsIgnoreCase(hostOf(forwardedHost)));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The host of the first value of an X-Forwarded-Host header ("portal.example:443, inner" → portal.example). */
    static String hostOf(String forwardedHost) {
        if (forwardedHost == null || forwardedHost.isBlank()) {
            return null;
        }
        String first = forwardedHost.split(",", 2)[0].trim();
        try {
            return new URI("http://" + first).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The request as a plain GET of the error page. */
    private static final class FreshGet extends HttpServletRequestWrapper {

        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
