package ir.pishkhan.portal.web.view.office;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.delegation.Authorisation;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * office/services.xhtml: the services the office is authorised for, and those delegated selectively in its county
 * without it (resolution 19), each with the way to complain of it.
 */
@Named
@ViewScoped
public class OfficeServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "DelegationService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private DelegationService service;

    private PagedModel<Authorisation> model;
    private List<ServiceItem> leftOut;

    public void load() {
        DelegationService s = service;
        model = new PagedModel<>(s::authorisedServices, Authorisation::getId, 20);
        leftOut = service.leftOutServices();
    }

    public PagedModel<Authorisation> getModel() {
        return model;
    }

    public List<ServiceItem> getLeftOut() {
        return leftOut;
    }
}
