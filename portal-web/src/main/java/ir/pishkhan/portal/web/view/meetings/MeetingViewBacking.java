package ir.pishkhan.portal.web.view.meetings;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** meetings/view.xhtml?number=14: one meeting and its resolutions. */
@Named
@ViewScoped
public class MeetingViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferenceService reference;

    private String number;
    private Meeting meeting;
    private List<Resolution> resolutions;

    public void load() {
        int n = Params.positiveInt(number);
        meeting = reference.meeting(n);
        resolutions = reference.resolutionsOf(n);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public List<Resolution> getResolutions() {
        return resolutions;
    }
}
