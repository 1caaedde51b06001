package ir.pishkhan.portal.web.view.complaints;

import ir.pishkhan.portal.domain.complaint.Attachment;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.service.ComplaintService;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * /attachments/{id}: an evidence file, to those who may see it only (404 for anyone else). Always sent as a
 * download of its checked type, never rendered as a page of this site.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Attachment a;
        try {
            a = service.attachment(Params.positiveLong(path == null ? null : path.substring(1)));
        } catch (BusinessException.NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            Throwable cause = e.getCausedByException() != null ? e.getCausedByException() : e.getCause();
            response.sendError(cause instanceof BusinessException.NotFound ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] data = a.data();
        response.setContentType(a.getContentType());
        response.setContentLength(data.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        String encoded = URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"file\"; filename*=UTF-8''" + encoded);
        response.getOutputStream().write(data);
    }
}
