package ir.pishkhan.portal.web.view.meetings;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.web.application.CurrentUser;
import ir.pishkhan.portal.web.application.MeetingService;
import ir.pishkhan.portal.web.application.MeetingService.MeetingView;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.faces.PerRequest;
import jakarta.faces.view.ViewScoped;
import ir.pishkhan.portal.domain.user.Role;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * meetings/view.xhtml?number=14: one meeting of the register, read-only — its facts, its resolutions with where each
 * stands today, its agenda and its history (a draft only for the secretariat, who writes it on its own page).
 */
@Named
@ViewScoped
public class MeetingViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "MeetingService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private MeetingService service;

    // the number only: the meeting's view (its records) is read once a request, not kept with the view (PerRequest)
    private String number;

    public void load() {
        getView();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public MeetingView getView() {
        return PerRequest.get(this, "view", () -> service.meeting(Params.positiveInt(number)));
    }

    public Meeting getMeeting() {
        return getView().meeting();
    }

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "CurrentUser is @RequestScoped: the field holds its serializable client proxy, a passivation-capable dependency (CDI)")
    private CurrentUser currentUser;

    /** Whether the user reads the meeting report (the secretariat and the guild): the page links to its files. */
    public boolean isReportReader() {
        return currentUser.getRole() == Role.SECRETARIAT || currentUser.getRole() == Role.GUILD;
    }

    /** The meeting report's file in a format (pdf, xlsx), in the page's language. */
    public String reportUrl(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/reports/export/meeting." + format + "?number=" + getMeeting().getNumber();
    }

    /** Whether the user writes the register (the secretariat): the page then links to the meeting's own page. */
    public boolean isWriter() {
        return !getView().actions().isEmpty();
    }
}
