package ir.pishkhan.portal.web.view.meetings;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingFacts;
import ir.pishkhan.portal.web.application.MeetingService;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** meetings/list.xhtml: the working group's meetings, newest first; the secretariat drafts a new one here. */
@Named
@RequestScoped
public class MeetingListBacking {

    @Inject
    private MeetingService service;

    private List<Meeting> meetings;

    private Integer number;
    private LocalDate heldOn;
    private String heldAt;
    private String place;

    public List<Meeting> getMeetings() {
        if (meetings == null) {
            meetings = service.meetings();
        }
        return meetings;
    }

    /** Drafts the meeting and opens its page. */
    public void create() throws IOException {
        Meeting m = service.create(new MeetingFacts(number == null ? 0 : number, heldOn, heldAt, place, Set.of()));
        Messages.info("meeting.created", m.getNumber());
        MeetingViewBacking.show(m.getNumber());
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getHeldAt() {
        return heldAt;
    }

    public void setHeldAt(String heldAt) {
        this.heldAt = heldAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
