package ir.pishkhan.portal.web.view.resolutions;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.Standing;
import ir.pishkhan.portal.web.application.MeetingService;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.faces.PerRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * resolutions/view.xhtml?meeting=14&amp;number=11: one resolution, verbatim, with what it means, where it stands
 * today and its history (its earlier wordings, and what later resolutions did to it, linking to them).
 */
@Named
@ViewScoped
public class ResolutionViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "MeetingService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private MeetingService service;

    // the numbers only: the resolution (a record, with its meeting, parties and citations) is read once a request,
    // not kept with the view (PerRequest)
    private String meeting;
    private String number;

    public void load() {
        read();
    }

    private MeetingService.ResolutionView read() {
        return PerRequest.get(this, "resolution",
                () -> service.resolution(Params.positiveInt(meeting), Params.positiveInt(number)));
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Resolution getResolution() {
        return read().resolution();
    }

    /** Where it stands today; null while its meeting is a draft. */
    public Standing getStanding() {
        return read().standing();
    }

    /**
     * The earlier resolutions this one cites, oldest meeting first. The citation table keeps no order, so the
     * database returned them in any order, which changed from one load to the next.
     */
    public List<Resolution> getCites() {
        return getResolution().getCites().stream()
                .sorted(Comparator.comparingInt((Resolution c) -> c.getMeeting().getNumber()).thenComparingInt(Resolution::getNumber))
                .toList();
    }
}
