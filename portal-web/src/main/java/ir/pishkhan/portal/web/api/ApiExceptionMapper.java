package ir.pishkhan.portal.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/** Every failure of the API as one JSON error ({@link ApiErrors}), in the request's language. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = ApiErrors.locale(request.getHeader("Accept-Language"));
        ApiErrors.Error error;
        if (thrown instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() < 500) {
            // the framework's own refusals: no such path (404), a method it does not take (405), and the like
            int status = w.getResponse().getStatus();
            error = status == 404 ? ApiErrors.of(404, "not_found", locale, "error.notFound")
                    : ApiErrors.of(status, "bad_request", locale, "api.request.refused", status);
        } else {
            error = ApiErrors.of(thrown, locale, request.getMethod() + " " + request.getRequestURI());
        }
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(error.json()).build();
    }
}
