package ir.pishkhan.portal.web.view.preferences;

import ir.pishkhan.portal.web.application.AccountService;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.security.PortalAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * preferences/password.xhtml: the signed-in user changes their password. This session goes on with the account's new
 * session epoch; the user's other sessions end at their next request.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService service;

    private String current;
    private String next;
    private String repeated;

    public void change() {
        long epoch = service.changePassword(current, next, repeated);
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .put(PortalAuthenticationMechanism.SESSION_EPOCH, epoch);
        current = null;
        next = null;
        repeated = null;
        Messages.info("password.changed");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
