package ir.pishkhan.portal.web.view.disputes;

import ir.pishkhan.portal.domain.dispute.DisputeFile;
import ir.pishkhan.portal.web.application.DisputeService;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.view.complaints.AttachmentServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * /dispute-files/{id}: a file of a side's statement in a dispute, to those who may see the dispute only (404 for anyone
 * else, as {@link AttachmentServlet} answers for a complaint's), sent as a download of its checked type.
 */
@WebServlet("/dispute-files/*")
public class DisputeFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisputeService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        DisputeFile f;
        try {
            f = service.file(Params.positiveLong(path == null ? null : path.substring(1)));
        } catch (RuntimeException e) {
            OptionalInt refused = AttachmentServlet.refusal(e);
            if (refused.isEmpty()) {
                throw e;
            }
            response.sendError(refused.getAsInt());
            return;
        }
        AttachmentServlet.send(response, f.getFileName(), f.getContentType(), f.data());
    }
}
