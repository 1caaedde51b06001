package ir.pishkhan.portal.web.view.contracts;

import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.application.DelegationService.ContractFile;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.view.complaints.AttachmentServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.OptionalInt;

/** /contract-files/{id}: a contract's signed file, to those who may see the agency's contracts only (404 otherwise). */
@WebServlet("/contract-files/*")
public class ContractFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DelegationService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        ContractFile f;
        try {
            f = service.contractFile(Params.positiveLong(path == null ? null : path.substring(1)));
        } catch (RuntimeException e) {
            OptionalInt refused = AttachmentServlet.refusal(e);
            if (refused.isEmpty()) {
                throw e;
            }
            response.sendError(refused.getAsInt());
            return;
        }
        AttachmentServlet.send(response, f.name(), f.contentType(), f.data());
    }
}
