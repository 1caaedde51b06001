package ir.pishkhan.portal.web.view.secretariat.meetings;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingFacts;
import ir.pishkhan.portal.web.application.MeetingService;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

/** secretariat/meetings/new.xhtml: the secretariat drafts a new meeting, then writes it on its page. */
@Named
@RequestScoped
public class NewMeetingBacking {

    @Inject
    private MeetingService service;

    private Integer number;
    private LocalDate heldOn;
    private String heldAt;
    private String place;

    public void create() throws IOException {
        Meeting m = service.create(new MeetingFacts(number == null ? 0 : number, heldOn, heldAt, place, Set.of()));
        Messages.info("meeting.created", m.getNumber());
        MeetingEditBacking.show(m.getNumber());
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
