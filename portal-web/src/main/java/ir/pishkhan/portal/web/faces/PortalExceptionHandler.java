package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.web.application.Refusals;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become what the user sees. A refused rule: a message in the user's language on
 * the same page, nothing lost. Something that does not exist, or is not the user's: 404; a forbidden action:
 * 403, audited. A stale page: reloaded, with a message. An upload over the container's bound: the page again, with
 * the size allowed. The database out of reach for a moment: 503, the service briefly unavailable. Anything else: a friendly page with a reference number, and the
 * details, under that number, in the log only. No stack trace reaches the browser.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            try {
                handle(faces, thrown);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not handle an error; the original was", thrown);
            }
            break; // one outcome per request; the rest are consequences of the first
        }
        while (events.hasNext()) {
            events.next();
            events.remove();
        }
        getWrapped().handle();
    }

    private void handle(FacesContext faces, Throwable thrown) throws IOException {
        ExternalContext ext = faces.getExternalContext();
        Throwable cause = rootCause(thrown);
        if (thrown instanceof ViewExpiredException) {
            Messages.error(null, "error.viewExpired");
            ext.redirect(ext.getRequestContextPath() + ((ViewExpiredException) thrown).getViewId());
            faces.responseComplete();
        } else if (isUploadTooLarge(thrown)) {
            // the request's parts could not be read: nothing was decoded, nothing done; the page again, with the bound
            Messages.error(null, "upload.tooLarge", EvidenceFile.MAX_BYTES / (1024 * 1024), EvidenceFile.MAX_FILES);
            HttpServletRequest request = (HttpServletRequest) ext.getRequest();
            String query = request.getQueryString();
            ext.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            faces.responseComplete();
        } else if (cause instanceof CspException) {
            // a post without the page's script nonce (PrimeFaces puts it in every form): not a form of the portal's
            sendError(faces, HttpServletResponse.SC_BAD_REQUEST);
        } else if (DatabaseOutage.isOutage(thrown)) {
            // nothing was saved (the transaction never began or was rolled back): the service is briefly unavailable
            LOG.log(Level.WARNING, "The database is unavailable in view {0}: {1}", new Object[] {
                    faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId(), String.valueOf(cause)});
            ext.setResponseHeader("Retry-After", DatabaseOutage.RETRY_AFTER);
            sendError(faces, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else if (isNotFound(cause)) {
            sendError(faces, HttpServletResponse.SC_NOT_FOUND);
        } else if (isForbidden(cause)) {
            audit(ext);
            sendError(faces, HttpServletResponse.SC_FORBIDDEN);
        } else if (cause instanceof OptimisticLockException) {
            showOnPage(faces, "error.concurrentChange");
        } else if (cause instanceof BusinessException be) {
            showOnPage(faces, be.getMessageKey(), be.getArguments());
        } else {
            String ref = ErrorReference.log(cause, "in view " + (faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId()));
            ext.redirect(ext.getRequestContextPath() + "/errors/500.xhtml?ref=" + ref);
            faces.responseComplete();
        }
    }

    /** A refused request in the audit log; a failure to write it is logged, and the refusal stands. */
    private static void audit(ExternalContext ext) {
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        try {
            CDI.current().select(Refusals.class).get().refused(ext.getRemoteUser(),
                    request.getMethod() + " " + request.getRequestURI());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not audit a refused request", e);
        }
    }

    /** The container refused to read a multipart request over its bound (web.xml multipart-config). */
    static boolean isUploadTooLarge(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("org.apache.catalina.fileupload.") && name.endsWith("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static void showOnPage(FacesContext faces, String key, Object... args) {
        Messages.error(null, key, args);
        faces.getExternalContext().getFlash().setKeepMessages(false);
        faces.validationFailed();
        faces.renderResponse();
    }

    private static void sendError(FacesContext faces, int status) throws IOException {
        ExternalContext ext = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest() || ext.isResponseCommitted()) {
            ext.redirect(ext.getRequestContextPath() + "/errors/" + status + ".xhtml");
        } else {
            ext.responseSendError(status, null);
        }
        faces.responseComplete();
    }

    /**
     * The failure means what was asked for does not exist, or is not the caller's to see (404), however the
     * container wrapped it. For the servlets too, which answer the same way as the pages.
     */
    public static boolean isNotFound(Throwable thrown) {
        return rootCause(thrown) instanceof BusinessException.NotFound;
    }

    /** The failure means the caller may not do this (403): a rule, or the container's role check. */
    public static boolean isForbidden(Throwable thrown) {
        Throwable cause = rootCause(thrown);
        // AccessLocalException: a local EJB's @RolesAllowed refusing the caller (not an EJBAccessException)
        return cause instanceof BusinessException.AccessDenied || cause instanceof EJBAccessException
                || cause instanceof AccessLocalException || cause instanceof SecurityException;
    }

    /** What was thrown, without the wrappers that faces, EL, EJB and transactions put around it. */
    public static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause instanceof FacesException || cause instanceof jakarta.el.ELException
                || cause instanceof jakarta.ejb.EJBException || cause instanceof jakarta.transaction.RollbackException
                || cause instanceof jakarta.persistence.RollbackException
                || cause instanceof jakarta.transaction.TransactionalException
                || cause.getClass().getName().startsWith("jakarta.ejb.")
                || cause.getClass().getName().equals("java.lang.reflect.UndeclaredThrowableException")
                || cause.getClass().getName().equals("java.lang.reflect.InvocationTargetException"))) {
            cause = cause.getCause();
        }
        if (cause instanceof jakarta.ejb.EJBException e && e.getCausedByException() != null) {
            return rootCause(e.getCausedByException());
        }
        return cause;
    }
}
