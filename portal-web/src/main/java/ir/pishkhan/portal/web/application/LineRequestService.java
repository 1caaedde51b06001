package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.meeting.Meeting;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintRepository;
import ir.pishkhan.portal.domain.linerequest.DisputeReason;
import ir.pishkhan.portal.domain.linerequest.LineDeadlines;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAccess;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.LineRequestEvent;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository;
import ir.pishkhan.portal.domain.linerequest.Refusal;
import ir.pishkhan.portal.domain.linerequest.RefusalReason;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Line requests, one command per state change, as {@link ComplaintService}: the role (here and in the aggregate),
 * the user's right to this request (another office's or provider's request does not exist for the user: 404), the
 * version the user's page was loaded with, then the aggregate's state machine, all in one transaction. A provider's
 * refusal that resolution 13 forbids ("the office does not need it") opens its complaint in the same transaction.
 */
@Stateless
public class LineRequestService extends WorkflowService<LineRequest, LineRequestFilter> {

    private static final EscalationWording WORDING = new EscalationWording();

    @Inject
    private LineRequestRepository requests;

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private CalendarService calendars;

    /** What the office fills in. */
    public record RequestForm(Long providerId, LineKind kind, int quantity, String address, String note,
                              String submissionKey) implements Serializable {
    }

    /** One request as the user may see it: the timeline of the user's visibility, and what the user can do. */
    public record LineRequestView(LineRequest request, List<LineRequestEvent> timeline, Set<LineRequestAction> actions,
                                  boolean overdue) implements Serializable {
    }

    // --- the office ---

    /** The agencies a line may be asked of: the telecom company and the other agencies of the ICT ministry. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    public List<Agency> providerChoices() {
        return agencies.choices().stream().filter(a -> LineRequest.PROVIDER_KINDS.contains(a.getKind())).toList();
    }

    @RolesAllowed(Roles.OFFICE)
    public LineRequest file(RequestForm form) {
        return fileOnce(form.submissionKey(), user -> {
            Agency provider = form.providerId() == null ? null : agencies.byId(form.providerId())
                    .orElseThrow(() -> new BusinessException.InvalidInput("lineRequest.provider.invalid"));
            return LineRequest.file(user.getOffice(), provider, form.kind(), form.quantity(), form.address(),
                    form.note(), deadlines(), calendars.calendar(), actor(user), now(), form.submissionKey());
        });
    }

    @RolesAllowed(Roles.OFFICE)
    public LineRequest send(long id, long version, String comment) {
        BusinessCalendar calendar = calendars.calendar();
        return act(id, version, (r, by, at) -> r.send(by, comment, calendar, at));
    }

    @RolesAllowed(Roles.OFFICE)
    public LineRequest cancel(long id, long version, String reason) {
        return act(id, version, (r, by, at) -> r.cancel(by, reason, at));
    }

    @RolesAllowed(Roles.OFFICE)
    public LineRequest confirm(long id, long version, String comment) {
        return act(id, version, (r, by, at) -> r.confirm(by, comment, at));
    }

    @RolesAllowed(Roles.OFFICE)
    public LineRequest dispute(long id, long version, DisputeReason reason, String text) {
        return act(id, version, (r, by, at) -> r.dispute(by, reason, text, at));
    }

    // --- the secretariat, on the office's behalf ---

    @RolesAllowed(Roles.SECRETARIAT)
    public LineRequest forward(long id, long version, String comment) {
        BusinessCalendar calendar = calendars.calendar();
        return act(id, version, (r, by, at) -> r.forward(by, comment, calendar, at));
    }

    // --- the provider's liaison ---

    @RolesAllowed(Roles.LIAISON)
    public LineRequest schedule(long id, long version, LocalDate date, String comment) {
        return act(id, version, (r, by, at) -> r.schedule(by, date, comment, at));
    }

    @RolesAllowed(Roles.LIAISON)
    public LineRequest install(long id, long version, String comment) {
        return act(id, version, (r, by, at) -> r.install(by, comment, at));
    }

    /**
     * Refuses the request. A refusal resolution 13 forbids escalates the request, and its complaint (against the
     * provider, linked to resolutions 13 and 2 of meeting 14) is opened and stored in this transaction.
     */
    @RolesAllowed(Roles.LIAISON)
    public LineRequest refuse(long id, long version, RefusalReason reason, String text) {
        return act(id, version, (r, by, at) -> {
            Refusal refusal = r.refuse(by, reason, text, at);
            if (refusal.escalated()) {
                Complaint c = r.openComplaint(resolution(13), resolution(2), WORDING, at);
                started(c, complaints::store);
            }
        });
    }

    // --- follow-up (res. 10) ---

    @RolesAllowed(Roles.GUILD)
    public LineRequest guildNote(long id, long version, String text) {
        return act(id, version, (r, by, at) -> r.guildNote(by, text, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public LineRequest secretariatNote(long id, long version, String text) {
        return act(id, version, (r, by, at) -> r.secretariatNote(by, text, at));
    }

    // --- reading ---

    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    public LineRequestView view(long id) {
        UserAccount user = user();
        LineRequest r = visible(id, user);
        List<LineRequestEvent> timeline = r.timeline(LineRequestAccess.visibleTo(user.getRole()));
        r.getOffice().getNameFa();
        r.getProvider().getNameFa();
        r.getDeadlineResolution().ifPresent(res -> res.getMeeting().getNumber());
        if (r.getComplaint() != null) {
            r.getComplaint().getId();
        }
        return new LineRequestView(r, timeline, LineRequestAction.available(user.getRole(), r.getStatus()),
                r.isOverdue(today()));
    }

    @Override
    protected LineRequestRepository records() {
        return requests;
    }

    @Override
    protected boolean canSee(UserAccount user, LineRequest record) {
        return LineRequestAccess.canSee(user, record);
    }

    private Resolution resolution(int number) {
        return meetings.resolution(Meeting.FOURTEENTH, number)
                .orElseThrow(() -> new IllegalStateException("Resolution " + number + " of meeting "
                        + Meeting.FOURTEENTH + " is missing"));
    }

    private LineDeadlines deadlines() {
        return new LineDeadlines(resolution(1), resolution(9));
    }
}
