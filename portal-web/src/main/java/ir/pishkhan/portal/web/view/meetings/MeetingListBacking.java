package ir.pishkhan.portal.web.view.meetings;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.web.application.MeetingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** meetings/list.xhtml: the working group's meetings, newest first (drafts only for the secretariat). */
@Named
@RequestScoped
public class MeetingListBacking {

    @Inject
    private MeetingService service;

    private List<Meeting> meetings;

    public List<Meeting> getMeetings() {
        if (meetings == null) {
            meetings = service.meetings();
        }
        return meetings;
    }
}
