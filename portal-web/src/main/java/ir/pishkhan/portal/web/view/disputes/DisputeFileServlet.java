package ir.pishkhan.portal.web.view.disputes;

import ir.pishkhan.portal.domain.workflow.StepFile;
import ir.pishkhan.portal.web.application.DisputeService;
import ir.pishkhan.portal.web.view.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * /dispute-files/{id}: a file of a side's statement in a dispute, to those who may see the dispute only (404 for anyone
 * else), sent as a download of its checked type.
 */
@WebServlet("/dispute-files/*")
public class DisputeFileServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisputeService service;

    @Override
    protected Download find(long id) {
        StepFile f = service.file(id);
        return new Download(f.getFileName(), f.getContentType(), f.data());
    }
}
