package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.application.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Map;

/** Each role's home page, where it lands after login. */
@Named
@RequestScoped
public class HomePages {

    static final Map<Role, String> HOME = Map.of(
            Role.OFFICE_OPERATOR, "/office/home.xhtml",
            Role.SECRETARIAT, "/secretariat/home.xhtml",
            Role.GUILD, "/guild/home.xhtml",
            Role.AGENCY_LIAISON, "/agency/home.xhtml",
            Role.ADMIN, "/admin/home.xhtml");

    @Inject
    private CurrentUser currentUser;

    public String homeUrl() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        for (Role role : Role.values()) {
            if (currentUser.has(role)) {
                return context + HOME.get(role);
            }
        }
        return context + "/login.xhtml";
    }

    /** index.xhtml: straight to the user's home page. */
    public void redirectHome() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(homeUrl());
        faces.responseComplete();
    }
}
