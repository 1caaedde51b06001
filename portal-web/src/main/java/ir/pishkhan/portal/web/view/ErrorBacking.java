package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.web.faces.DatabaseOutage;
import ir.pishkhan.portal.web.faces.ErrorReference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Set;

/**
 * The error pages: the reference number of a server error, logged with its details; the status of any other error
 * (errors/status.xhtml), with its own title and text when the bundles have them, else a request refused in general.
 */
@Named
@RequestScoped
public class ErrorBacking {

    /** The statuses with a title and a text of their own in the bundles ({@code error.413.title}, …). */
    private static final Set<Integer> WORDED = Set.of(400, 405, 413, 503);

    private String reference;
    private int status;

    @PostConstruct
    void init() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        String ref = ext.getRequestParameterMap().get("ref");
        Object failure = ext.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        Object code = ext.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        status = code instanceof Integer i ? i : 400;
        if (ErrorReference.isReference(ref)) {
            reference = ref;
        } else if (failure instanceof Throwable t) {
            reference = ErrorReference.log(t, "at " + ext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI));
        } else {
            reference = ErrorReference.next();
        }
    }

    /** The page of a brief outage (errors/503.xhtml) answers with its status, and when to ask again. */
    public void unavailable() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        ext.setResponseStatus(status);
        ext.setResponseHeader("Retry-After", DatabaseOutage.RETRY_AFTER);
    }

    public String getReference() {
        return reference;
    }

    public int getStatus() {
        return status;
    }

    public String getTitleKey() {
        return WORDED.contains(status) ? "error." + status + ".title" : "error.request.title";
    }

    public String getTextKey() {
        return WORDED.contains(status) ? "error." + status + ".text" : "error.request.text";
    }
}
