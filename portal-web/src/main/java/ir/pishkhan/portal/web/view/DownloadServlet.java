package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.view.complaints.AttachmentServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A file by its id in the address ({@code /…-files/{id}}), to those its service lets see it: the service's refusal is
 * answered as {@link AttachmentServlet} answers for a complaint's files (404 for a record the caller may not see, or
 * none), and the file is sent as a download of its checked type. Each kind of file names only how it is found.
 */
public abstract class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What is sent: the file's name, its checked type and its bytes. */
    public record Download(String fileName, String contentType, byte[] data) {
    }

    /** The file of that id, as the signed-in user may see it; the service refuses otherwise. */
    protected abstract Download find(long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Download file;
        try {
            file = find(Params.positiveLong(path == null ? null : path.substring(1)));
        } catch (RuntimeException e) {
            OptionalInt refused = AttachmentServlet.refusal(e);
            if (refused.isEmpty()) {
                throw e;
            }
            response.sendError(refused.getAsInt());
            return;
        }
        AttachmentServlet.send(response, file.fileName(), file.contentType(), file.data());
    }
}
