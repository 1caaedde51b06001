package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.meeting.Meeting;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.complaint.Attachment;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAccess;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintEvent;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.ComplaintRepository;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.complaint.Repeats;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionNumber;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Complaints, one command per state change. Every command: the role (here and in the aggregate), the user's
 * right to this complaint (another office's or agency's complaint does not exist for the user: 404), the
 * version the user's page was loaded with (a stale page changes nothing), then the aggregate's own state
 * machine, all in one transaction with the timeline entry it writes.
 */
@Stateless
public class ComplaintService extends WorkflowService<Complaint, ComplaintFilter> {

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private CalendarService calendars;

    /** A file as uploaded: its name and bytes (checked by content when filed). */
    public record Upload(String name, byte[] content) implements Serializable {
    }

    /** What the office fills in. */
    public record FilingForm(Long agencyId, ComplaintKind kind, LocalDate occurredOn, String officialName,
                             String description, List<Upload> files, String submissionKey) implements Serializable {
    }

    /** One complaint as the user may see it: the timeline and files of the user's visibility, and what the user can do. */
    public record ComplaintView(Complaint complaint, List<ComplaintEvent> timeline, List<Attachment> attachments,
                                Set<ComplaintAction> actions, boolean overdue, boolean duplicateOfVisible)
            implements Serializable {
    }

    /** A complaint as it appears beside another: what the secretariat needs to tell them apart and open it. */
    public record Summary(long id, String trackingNumber, ComplaintKind kind, ComplaintStatus status, String officeFa,
                          String officeEn, Instant filedAt, double similarity) implements Serializable {

        /** The office's name in the reader's language (Persian where it has no English one). */
        public String office(Locale locale) {
            return JalaliDates.isPersian(locale) || officeEn == null || officeEn.isBlank() ? officeFa : officeEn;
        }

        static Summary of(Complaint c, double similarity) {
            return new Summary(c.getId(), c.getTrackingNumber(), c.getKind(), c.getStatus(), c.getOffice().getNameFa(),
                    c.getOffice().getNameEn(), c.getFiledAt(), similarity);
        }
    }

    /**
     * What the secretariat weighs at triage ({@link Repeats}): the agency's and the named official's upheld complaints
     * in the last twelve months (counted, and the newest few), and the complaints this one likely repeats.
     */
    public record RepeatsView(long agencyUpheld, List<Summary> ofAgency, long officialUpheld, List<Summary> ofOfficial,
                              List<Summary> likelyDuplicates) implements Serializable {
    }

    /** How many of the newest upheld complaints are listed beside their count. */
    static final int LISTED = 5;

    // --- the office ---

    @RolesAllowed(Roles.OFFICE)
    public Complaint file(FilingForm form) {
        return fileOnce(form.submissionKey(), user -> {
            Agency agency = form.agencyId() == null ? null : agencies.byId(form.agencyId())
                    .orElseThrow(() -> new BusinessException.InvalidInput("complaint.agency.required"));
            return Complaint.file(user.getOffice(), agency, form.kind(), form.occurredOn(), form.officialName(),
                    form.description(), evidence(form.files()), actor(user), now(), form.submissionKey(),
                    n -> meetings.resolution(Meeting.FOURTEENTH, n).orElse(null));
        });
    }

    @RolesAllowed(Roles.OFFICE)
    public Complaint provideInfo(long id, long version, String answer, List<Upload> files) {
        return act(id, version, (c, by, at) -> c.provideInfo(by, answer, evidence(files), at));
    }

    @RolesAllowed(Roles.OFFICE)
    public Complaint withdraw(long id, long version, String reason) {
        return act(id, version, (c, by, at) -> c.withdraw(by, reason, at));
    }

    // --- the secretariat ---

    /** The resolutions the portal proposes for a kind of complaint. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    public List<Resolution> suggestedResolutions(ComplaintKind kind) {
        List<Resolution> out = new ArrayList<>();
        for (int n : kind.suggestedResolutions()) {
            meetings.resolution(Meeting.FOURTEENTH, n).ifPresent(out::add);
        }
        return out;
    }

    /** The resolutions a list may be filtered by, as their ids and numbers (a menu, read at each first page). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    public List<ResolutionNumber> resolutionNumbers() {
        return meetings.numbersOf(Meeting.FOURTEENTH);
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    public List<Resolution> resolutionChoices() {
        return meetings.resolutionsOf(Meeting.FOURTEENTH);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint triage(long id, long version, List<Long> resolutionIds, Priority priority, LocalDate deadline) {
        List<Resolution> linked = new ArrayList<>();
        for (Long rid : resolutionIds == null ? List.<Long>of() : resolutionIds) {
            linked.add(em().find(Resolution.class, rid));
        }
        linked.removeIf(Objects::isNull);
        BusinessCalendar calendar = calendars.calendar();
        return act(id, version, (c, by, at) -> c.triage(by, linked, priority, deadline, calendar, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint requestInfo(long id, long version, String question) {
        return act(id, version, (c, by, at) -> c.requestInfo(by, question, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint forward(long id, long version, String note) {
        return act(id, version, (c, by, at) -> c.forward(by, note, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint refer(long id, long version, String official, Long resolutionId, String note) {
        Resolution sanction = resolutionId == null ? null : em().find(Resolution.class, resolutionId);
        return act(id, version, (c, by, at) -> c.refer(by, official, sanction, note, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint resolve(long id, long version, String outcome) {
        return act(id, version, (c, by, at) -> c.resolve(by, outcome, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint reject(long id, long version, String reason) {
        return act(id, version, (c, by, at) -> c.reject(by, reason, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public RepeatsView repeats(long id) {
        Complaint c = visible(id, user());
        Instant since = Repeats.since(now());
        long agency = c.getAgency().getId();
        String official = Complaint.officialKey(c.getOfficialName());
        Instant[] around = Repeats.around(c.getFiledAt());
        List<Summary> likely = Repeats.likelyDuplicates(c,
                        complaints.filedAround(agency, c.getKind(), around[0], around[1], 200)).stream()
                .map(l -> Summary.of(l.complaint(), l.similarity())).toList();
        return new RepeatsView(complaints.countUpheldAgainstAgency(agency, since),
                complaints.upheldAgainstAgency(agency, since, LISTED).stream().map(u -> Summary.of(u, 0)).toList(),
                complaints.countUpheldAgainstOfficial(official, since),
                complaints.upheldAgainstOfficial(official, since, LISTED).stream().map(u -> Summary.of(u, 0)).toList(),
                likely);
    }

    /**
     * Closes the complaint as a duplicate of another, named by its tracking number (as the secretariat reads it on
     * the list of likely duplicates, or types it): a number that names no complaint is bad input, not a 404.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint markDuplicate(long id, long version, String originalTrackingNumber, String note) {
        Complaint original = Complaint.trackingNumber(originalTrackingNumber)
                .flatMap(t -> complaints.byId(t.id()).filter(o -> t.yearOf(o.getFiledAt())))
                .orElseThrow(() -> new BusinessException.InvalidInput("complaint.duplicate.original"));
        return act(id, version, (c, by, at) -> c.markDuplicate(by, original, note, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint reopen(long id, long version, String reason) {
        return act(id, version, (c, by, at) -> c.reopen(by, reason, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint reply(long id, long version, String text) {
        return act(id, version, (c, by, at) -> c.reply(by, text, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint internalNote(long id, long version, String text) {
        return act(id, version, (c, by, at) -> c.internalNote(by, text, at));
    }

    // --- the agency and the guild ---

    @RolesAllowed(Roles.LIAISON)
    public Complaint answer(long id, long version, String text, List<Upload> files) {
        return act(id, version, (c, by, at) -> c.answer(by, text, evidence(files), at));
    }

    @RolesAllowed(Roles.GUILD)
    public Complaint guildNote(long id, long version, String text) {
        return act(id, version, (c, by, at) -> c.guildNote(by, text, at));
    }

    // --- reading ---

    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    public ComplaintView view(long id) {
        UserAccount user = user();
        Complaint c = visible(id, user);
        Set<Visibility> visibility = ComplaintAccess.visibleTo(user.getRole());
        List<ComplaintEvent> timeline = c.timeline(visibility);
        List<Attachment> files = c.attachments(visibility);
        c.getResolutions().forEach(r -> r.getMeeting().getNumber());
        c.getOffice().getNameFa();
        c.getAgency().getNameFa();
        if (c.getReferredResolution() != null) {
            c.getReferredResolution().getNumber();
        }
        if (c.getDuplicateOf() != null) {
            c.getDuplicateOf().getTrackingNumber();
        }
        return new ComplaintView(c, timeline, files, ComplaintAction.available(user.getRole(), c.getStatus()),
                c.isOverdue(today()), c.getDuplicateOf() != null && ComplaintAccess.canSee(user, c.getDuplicateOf()));
    }

    /** An attachment's file, when the user may see the complaint and the timeline entry it came with. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    public Attachment attachment(long id) {
        UserAccount user = user();
        Attachment a = complaints.attachment(id).orElseThrow(BusinessException.NotFound::new);
        if (!ComplaintAccess.canSee(user, a.getComplaint())
                || !ComplaintAccess.visibleTo(user.getRole()).contains(a.getVisibility())) {
            throw new BusinessException.NotFound();
        }
        a.data();
        return a;
    }

    @Override
    protected ComplaintRepository records() {
        return complaints;
    }

    @Override
    protected boolean canSee(UserAccount user, Complaint record) {
        return ComplaintAccess.canSee(user, record);
    }

    /** The uploaded files, each checked by its content (a refused one refuses the step). */
    static List<EvidenceFile> evidence(List<Upload> files) {
        List<EvidenceFile> out = new ArrayList<>();
        if (files != null) {
            for (Upload u : files) {
                out.add(EvidenceFile.of(u.name(), u.content()));
            }
        }
        return out;
    }
}
