package ir.pishkhan.portal.web.view.obligations;

import ir.pishkhan.portal.domain.workflow.StepFile;
import ir.pishkhan.portal.web.application.ObligationService;
import ir.pishkhan.portal.web.view.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * /obligation-files/{id}: a file of an obligation's report, to those who may see the obligation only (404 for anyone
 * else), sent as a download of its checked type.
 */
@WebServlet("/obligation-files/*")
public class ObligationFileServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ObligationService service;

    @Override
    protected Download find(long id) {
        StepFile f = service.file(id);
        return new Download(f.getFileName(), f.getContentType(), f.data());
    }
}
