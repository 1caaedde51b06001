package ir.pishkhan.portal.web.security;

import ir.pishkhan.portal.domain.apikey.ApiKey;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.api.ApiErrors;
import ir.pishkhan.portal.web.api.RateLimits;
import ir.pishkhan.portal.web.application.ApiKeyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The API's door ({@code /api/*}): a request is let in by its key alone — {@code Authorization: Bearer <key>} or
 * {@code X-Api-Key} — never by a session or a cookie (none is read, none made), as the agency's liaison under the
 * key's name; then the key's rate limit. Without a valid key: 401; over the limit: 429 with Retry-After; each a JSON
 * error in the request's language.
 */
@ApplicationScoped
public class ApiAuthentication {

    /** The path under which the API answers, within the application. */
    public static final String PATH = "/api/";
    /** The request attribute holding the {@link ApiKey} the request was let in by. */
    public static final String KEY = "pishkhan.apiKey";

    @Inject
    private ApiKeyService keys;

    @Inject
    private RateLimits limits;

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PATH);
    }

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Locale locale = ApiErrors.locale(request.getHeader("Accept-Language"));
        String presented = presented(request);
        Optional<ApiKey> key = presented == null ? Optional.empty() : keys.presented(presented);
        if (key.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"pishkhan\"");
            return refuse(response, ApiErrors.of(401, "unauthorized", locale,
                    presented == null ? "api.key.missing" : "api.key.invalid"));
        }
        long wait = limits.take(key.get().getPrefix());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            return refuse(response, ApiErrors.of(429, "rate_limited", locale, "api.rateLimited", wait));
        }
        request.setAttribute(KEY, key.get());
        return context.notifyContainerAboutLogin(key.get().actorName(), Set.of(Role.AGENCY_LIAISON.name()));
    }

    /** The key the request presents, if any. */
    static String presented(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String header = request.getHeader("X-Api-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, ApiErrors.Error error) {
        try {
            ApiErrors.write(response, error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
