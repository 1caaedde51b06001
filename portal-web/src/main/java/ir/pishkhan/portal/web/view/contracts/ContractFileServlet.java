package ir.pishkhan.portal.web.view.contracts;

import ir.pishkhan.portal.web.application.DelegationService.ContractFile;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.view.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** /contract-files/{id}: a contract's signed file, to those who may see the agency's contracts only (404 otherwise). */
@WebServlet("/contract-files/*")
public class ContractFileServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DelegationService service;

    @Override
    protected Download find(long id) {
        ContractFile f = service.contractFile(id);
        return new Download(f.name(), f.contentType(), f.data());
    }
}
