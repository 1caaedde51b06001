package ir.pishkhan.portal.web.api;

import ir.pishkhan.portal.domain.apikey.IdempotentRequest;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.web.faces.DatabaseOutage;
import ir.pishkhan.portal.web.faces.ErrorReference;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The API's errors, one shape for all: {@code {"error": code, "message": text}}, the text from the bundles the screens
 * use, in the language the request accepts (Persian unless it prefers English). What the screens show as a message
 * the API answers 400 (409 for a stale version, 422 for a reused idempotency key); what the screens answer 404 or 403
 * the API answers the same; anything else is 500 with the reference of its log entry, never a stack trace.
 */
public final class ApiErrors {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fa"), Locale.ENGLISH);

    /** One error answer: its status, its code and its text. */
    public record Error(int status, String code, String message) {
        public String json() {
            return Json.createObjectBuilder().add("error", code).add("message", message).build().toString();
        }
    }

    private ApiErrors() {
    }

    /** The language of an Accept-Language header, of those the portal speaks; Persian when it names neither. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return LANGUAGES.get(0);
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return found == null ? LANGUAGES.get(0) : found;
        } catch (IllegalArgumentException e) {
            return LANGUAGES.get(0);
        }
    }

    public static Error of(int status, String code, Locale locale, String messageKey, Object... args) {
        return new Error(status, code, Messages.text(locale, messageKey, args));
    }

    /** The answer to what a request's handling threw. */
    public static Error of(Throwable thrown, Locale locale, String where) {
        Throwable cause = rootCause(thrown);
        if (cause instanceof ApiException a) {
            return of(a.status(), a.code(), locale, a.getMessageKey(), a.getArguments());
        }
        if (cause instanceof BusinessException.NotFound) {
            return of(404, "not_found", locale, "error.notFound");
        }
        if (cause instanceof BusinessException.AccessDenied || cause instanceof EJBAccessException) {
            return of(403, "forbidden", locale, "error.accessDenied");
        }
        if (cause instanceof BusinessException.ConcurrentChange || cause instanceof OptimisticLockException) {
            return of(409, "conflict", locale, "error.concurrentChange");
        }
        if (cause instanceof IdempotentRequest.Reused r) {
            return of(422, "idempotency_key_reused", locale, r.getMessageKey());
        }
        if (cause instanceof BusinessException b) {
            return of(400, "invalid", locale, b.getMessageKey(), b.getArguments());
        }
        if (DatabaseOutage.isOutage(thrown)) {
            return of(503, "unavailable", locale, "api.unavailable");
        }
        String ref = ErrorReference.log(cause, where);
        return of(500, "internal", locale, "api.internal", ref);
    }

    /** Writes an error as the whole response, outside JAX-RS (the authentication, the rate limit). */
    public static void write(HttpServletResponse response, Error error) throws IOException {
        response.resetBuffer();
        response.setStatus(error.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(error.json().getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    /** The first rule's refusal or access refusal in the chain, else its root. */
    static Throwable rootCause(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof BusinessException)
                && !(t instanceof EJBAccessException) && !(t instanceof OptimisticLockException)) {
            t = t.getCause();
        }
        return t;
    }
}
