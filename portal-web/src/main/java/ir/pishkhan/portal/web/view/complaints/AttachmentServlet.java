package ir.pishkhan.portal.web.view.complaints;

import ir.pishkhan.portal.domain.complaint.Attachment;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.faces.PortalExceptionHandler;
import ir.pishkhan.portal.web.application.ComplaintService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * /attachments/{id}: an evidence file, to those who may see it only (404 for anyone else, 403 for a role that may
 * not download files; any other failure is a server error, 500 with a reference). Always sent as a download of its
 * checked type, never rendered as a page of this site.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService service;

    /**
     * How a failure to serve a file is answered when it is a refusal: 404 when it does not exist or is not the
     * user's to see, 403 when the user's role may not download files; empty for anything else, a server error.
     */
    public static OptionalInt refusal(Throwable failure) {
        if (PortalExceptionHandler.isNotFound(failure)) {
            return OptionalInt.of(HttpServletResponse.SC_NOT_FOUND);
        }
        if (PortalExceptionHandler.isForbidden(failure)) {
            return OptionalInt.of(HttpServletResponse.SC_FORBIDDEN);
        }
        return OptionalInt.empty();
    }

    /**
     * What {@code read} gives, or null once the refusal it threw has been answered ({@link #refusal}); anything else
     * is thrown on, a server error.
     */
    public static <T> T orRefused(HttpServletResponse response, Supplier<T> read) throws IOException {
        try {
            return read.get();
        } catch (RuntimeException e) {
            OptionalInt refused = refusal(e);
            if (refused.isEmpty()) {
                throw e;
            }
            response.sendError(refused.getAsInt());
            return null;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Attachment a;
        try {
            a = service.attachment(Params.positiveLong(path == null ? null : path.substring(1)));
        } catch (RuntimeException e) {
            OptionalInt refused = refusal(e);
            if (refused.isEmpty()) {
                // a server error: web.xml's error page for it (errors/500.xhtml) answers 500 and logs it under the
                // reference it shows, as for any page
                throw e;
            }
            response.sendError(refused.getAsInt());
            return;
        }
        send(response, a.getFileName(), a.getContentType(), a.data());
    }

    /** Sends a checked file as a download of its type, never rendered as a page of this site. */
    public static void send(HttpServletResponse response, String fileName, String contentType, byte[] data)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLength(data.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"file\"; filename*=UTF-8''" + encoded);
        response.getOutputStream().write(data);
    }
}
