package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.web.faces.ErrorReference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/** The error pages: the reference number of a server error, logged with its details. */
@Named
@RequestScoped
public class ErrorBacking {

    private String reference;

    @PostConstruct
    void init() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        String ref = ext.getRequestParameterMap().get("ref");
        Object failure = ext.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        if (ErrorReference.isReference(ref)) {
            reference = ref;
        } else if (failure instanceof Throwable t) {
            reference = ErrorReference.log(t, "at " + ext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI));
        } else {
            reference = ErrorReference.next();
        }
    }

    public String getReference() {
        return reference;
    }
}
