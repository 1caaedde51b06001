package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.workflow.StepRecord;
import ir.pishkhan.portal.domain.workflow.Texts;
import ir.pishkhan.portal.domain.workflow.TrackingNumber;
import ir.pishkhan.portal.domain.workflow.Workflow;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.calendar.Due;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An office's request for telecom lines or infrastructure, made of the telecom company or another agency of the ICT
 * ministry (resolutions 1, 2, 9, 10 and 13 of the 14th meeting): the aggregate that guards its own workflow. Every
 * action checks the actor's role and that it is allowed from the current state ({@link LineRequestAction}), changes
 * the state, and appends an entry to the timeline. A refused action changes nothing. Nothing is ever deleted.
 *
 * <pre>
 * REQUESTED ─send (office) | forward (secretariat)→ SENT ─schedule→ SCHEDULED ─install→ INSTALLED ─confirm→ CONFIRMED
 *     └─cancel (office)→ CANCELLED                  (install also straight from SENT)     └─dispute→ DISPUTED
 * refuse (liaison), from SENT, SCHEDULED or DISPUTED:  → REFUSED;  as "not needed" (res. 13) → ESCALATED
 * DISPUTED and ESCALATED: the provider schedules or installs again. Guild and secretariat notes in every state.
 * </pre>
 */
@Entity
@Table(name = "line_request")
public class LineRequest extends Workflow<LineRequestStatus, LineRequestAction, LineRequestEvent> {

    private static final long serialVersionUID = 1L;

    public static final int QUANTITY_MIN = 1;
    public static final int QUANTITY_MAX = 20;
    public static final int ADDRESS_MAX = 500;
    public static final int NOTE_MAX = 2000;
    /** Texts that must say something (a dispute, a refusal, a follow-up note) are at least this long. */
    public static final int TEXT_MIN = 10;
    public static final int REFUSAL_MAX = 1000;
    public static final int EVENT_TEXT_MAX = 4000;
    /** Agencies a line request may be made of: the telecom company and the other agencies of the ICT ministry. */
    public static final Set<AgencyKind> PROVIDER_KINDS =
            Collections.unmodifiableSet(EnumSet.of(AgencyKind.TELECOM, AgencyKind.ICT));

    /** What sets this workflow's tracking numbers apart. */
    public static final String TRACKING_PREFIX = "L";

    @Id
    @SequenceGenerator(name = "line_request_seq", sequenceName = "line_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_request_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id", nullable = false, updatable = false)
    private Office office;

    /** The telecom company or ICT agency the lines are asked of. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private LineKind kind;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "address", nullable = false, updatable = false, length = ADDRESS_MAX)
    private String address;

    @Column(name = "note", updatable = false, length = NOTE_MAX)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LineRequestStatus status;

    /** The resolution whose date is the deadline (1 or 9); null when the default service period applies. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deadline_resolution_id", updatable = false)
    private Resolution deadlineResolution;

    @Column(name = "filed_by", nullable = false, updatable = false, length = 40)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    /** When it was sent to the provider: from then on the provider's liaison sees it. */
    @Column(name = "sent_at")
    private Instant sentAt;

    /** The day off the deadline fell on before it moved to the next working day; null when it did not move. */
    @Column(name = "deadline_fell_on")
    private LocalDate deadlineFellOn;

    @Column(name = "scheduled_for")
    private LocalDate scheduledFor;

    @Column(name = "installed_at")
    private Instant installedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_reason", length = 20)
    private DisputeReason disputeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason", length = 20)
    private RefusalReason refusalReason;

    @Column(name = "refusal_text", length = REFUSAL_MAX)
    private String refusalText;

    @Column(name = "refused_by", length = 40)
    private String refusedBy;

    @Column(name = "refused_at")
    private Instant refusedAt;

    /** The complaint opened against the provider on the latest escalation (res. 13). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    /** Escalated, and the complaint the escalation calls for is not yet opened. */
    @Column(name = "complaint_pending", nullable = false)
    private boolean complaintPending;

    /** The filing form's one-time key: a double submit files one request, not two. */
    @Column(name = "submission_key", nullable = false, updatable = false, length = 40)
    private String submissionKey;

    @Column(name = "search_key", nullable = false, length = 3000)
    private String searchKey;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<LineRequestEvent> events = new ArrayList<>();

    protected LineRequest() {
    }

    /**
     * The office files a request (not yet sent). {@code deadlines} decides whether a resolution's date will be its
     * deadline (by the kind, the provider and the day of filing) — on the next working day of {@code calendar} when it
     * falls on a day off; otherwise the deadline is set when it is sent.
     */
    public static LineRequest file(Office office, Agency provider, LineKind kind, int quantity, String address,
                                   String note, LineDeadlines deadlines, BusinessCalendar calendar, Actor actor,
                                   Instant now, String submissionKey) {
        requireRole(actor, LineRequestAction.FILE);
        if (office == null) {
            throw new BusinessException.InvalidInput("lineRequest.office.invalid");
        }
        if (provider == null || !PROVIDER_KINDS.contains(provider.getKind())) {
            throw new BusinessException.InvalidInput("lineRequest.provider.invalid");
        }
        if (kind == null) {
            throw new BusinessException.InvalidInput("lineRequest.kind.invalid");
        }
        if (quantity < QUANTITY_MIN || quantity > QUANTITY_MAX) {
            throw new BusinessException.InvalidInput("lineRequest.quantity.invalid", QUANTITY_MIN, QUANTITY_MAX);
        }
        String checkedAddress = optional(address, ADDRESS_MAX, "lineRequest.address.invalid");
        if (checkedAddress == null) {
            throw new BusinessException.InvalidInput("lineRequest.address.invalid", ADDRESS_MAX);
        }
        String checkedNote = optional(note, NOTE_MAX, "lineRequest.note.invalid");
        if (deadlines == null || calendar == null) {
            throw new IllegalArgumentException("The deadline rules and the calendar are required");
        }
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 40) {
            throw new IllegalArgumentException("A submission key is required");
        }
        LineRequest r = new LineRequest();
        r.office = office;
        r.provider = provider;
        r.kind = kind;
        r.quantity = quantity;
        r.address = checkedAddress;
        r.note = checkedNote;
        r.status = LineRequestStatus.REQUESTED;
        r.filedBy = actor.username();
        r.filedAt = now;
        r.submissionKey = submissionKey;
        r.deadlineResolution = deadlines.governingResolution(kind, provider, today(now)).orElse(null);
        if (r.deadlineResolution != null) {
            r.setDue(calendar.onWorkingDay(r.deadlineResolution.dueDate().orElseThrow()));
        }
        r.searchKey = searchKey(checkedAddress, checkedNote);
        r.record(actor, LineRequestAction.FILE, null, LineRequestStatus.REQUESTED, null, null, Visibility.PUBLIC, now);
        return r;
    }

    // --- the office, or the secretariat on its behalf ---

    /** The office sends its request to the provider; the default period's deadline is counted on {@code calendar}. */
    public void send(Actor actor, String comment, BusinessCalendar calendar, Instant now) {
        check(actor, LineRequestAction.SEND);
        dispatch(actor, LineRequestAction.SEND, comment, calendar, now);
    }

    /** The secretariat sends the office's request to the provider on the office's behalf. */
    public void forward(Actor actor, String comment, BusinessCalendar calendar, Instant now) {
        check(actor, LineRequestAction.FORWARD);
        dispatch(actor, LineRequestAction.FORWARD, comment, calendar, now);
    }

    private void dispatch(Actor actor, LineRequestAction action, String comment, BusinessCalendar calendar, Instant now) {
        String text = comment(comment);
        sentAt = now;
        if (deadlineResolution == null) {
            setDue(LineDeadlines.serviceDeadline(kind, today(now), calendar));
        }
        transition(actor, action, LineRequestStatus.SENT, text, null, Visibility.PUBLIC, now);
    }

    /** The office withdraws a request it has not sent. */
    public void cancel(Actor actor, String reason, Instant now) {
        check(actor, LineRequestAction.CANCEL);
        transition(actor, LineRequestAction.CANCEL, LineRequestStatus.CANCELLED, comment(reason), null, Visibility.PUBLIC, now);
    }

    /** The office confirms that what was installed works: closed. */
    public void confirm(Actor actor, String comment, Instant now) {
        check(actor, LineRequestAction.CONFIRM);
        String text = comment(comment);
        confirmedAt = now;
        transition(actor, LineRequestAction.CONFIRM, LineRequestStatus.CONFIRMED, text, null, Visibility.PUBLIC, now);
    }

    /** The office disputes the installation; the provider must schedule or install again. */
    public void dispute(Actor actor, DisputeReason reason, String text, Instant now) {
        check(actor, LineRequestAction.DISPUTE);
        if (reason == null) {
            throw new BusinessException.InvalidInput("lineRequest.disputeReason.invalid");
        }
        String t = text(text, NOTE_MAX, "lineRequest.disputeText.invalid");
        disputeReason = reason;
        transition(actor, LineRequestAction.DISPUTE, LineRequestStatus.DISPUTED, t, new DisputeRecord(reason), Visibility.PUBLIC, now);
    }

    // --- the provider's liaison ---

    /** Sets (or moves) the installation date: today or later, in Tehran. */
    public void schedule(Actor actor, LocalDate date, String comment, Instant now) {
        check(actor, LineRequestAction.SCHEDULE);
        if (date == null || date.isBefore(today(now))) {
            throw new BusinessException.InvalidInput("lineRequest.scheduledFor.invalid");
        }
        String c = comment(comment);
        scheduledFor = date;
        transition(actor, LineRequestAction.SCHEDULE, LineRequestStatus.SCHEDULED, c, new ScheduleRecord(date),
                Visibility.PUBLIC, now);
    }

    /** Marks it installed; the office confirms or disputes. */
    public void install(Actor actor, String comment, Instant now) {
        check(actor, LineRequestAction.INSTALL);
        String text = comment(comment);
        installedAt = now;
        transition(actor, LineRequestAction.INSTALL, LineRequestStatus.INSTALLED, text, null, Visibility.PUBLIC, now);
    }

    /**
     * Refuses the request. Resolution 13 forbids the telecom company to judge whether an office needs what it asks
     * for: a refusal for {@link RefusalReason#NOT_NEEDED} does not close the request but escalates it (it stays open
     * with the provider), and the result says a complaint must be opened ({@link #openComplaint}). Any other reason
     * closes it as {@link LineRequestStatus#REFUSED}.
     */
    public Refusal refuse(Actor actor, RefusalReason reason, String text, Instant now) {
        check(actor, LineRequestAction.REFUSE);
        if (reason == null) {
            throw new BusinessException.InvalidInput("lineRequest.refusalReason.invalid");
        }
        String t = text(text, REFUSAL_MAX, "lineRequest.refusalText.invalid");
        boolean escalated = reason.isForbiddenByResolution13();
        LineRequestStatus to = escalated ? LineRequestStatus.ESCALATED : LineRequestStatus.REFUSED;
        refusalReason = reason;
        refusalText = t;
        refusedBy = actor.username();
        refusedAt = now;
        if (escalated) {
            complaintPending = true;
        }
        transition(actor, LineRequestAction.REFUSE, to, t, new RefusalRecord(reason), Visibility.PUBLIC, now);
        return new Refusal(reason, to, escalated);
    }

    // --- follow-up (res. 10) ---

    /** The guild association's follow-up note: the secretariat and the guild see it. Changes no state. */
    public void guildNote(Actor actor, String text, Instant now) {
        check(actor, LineRequestAction.GUILD_NOTE);
        followUp(actor, LineRequestAction.GUILD_NOTE, text, now);
    }

    /** The secretariat's follow-up note: the secretariat and the guild see it. Changes no state. */
    public void secretariatNote(Actor actor, String text, Instant now) {
        check(actor, LineRequestAction.SECRETARIAT_NOTE);
        followUp(actor, LineRequestAction.SECRETARIAT_NOTE, text, now);
    }

    // --- resolution 13: the contested refusal ---

    /**
     * Opens the complaint that an escalated refusal calls for, against the provider for the office, in the
     * transaction of the refusal ({@link EscalationComplaint}): kind {@code INFRASTRUCTURE_NOT_PROVIDED}, linked to
     * resolutions 13 and 2, its description worded by {@code wording} from this request (the office types nothing
     * again). It is filed in the name of the office operator who filed this request; the caller stores it. Once per
     * escalation.
     *
     * @throws IllegalStateException when the request is not escalated, or its complaint is already opened
     */
    public Complaint openComplaint(Resolution resolution13, Resolution resolution2, EscalationComplaint.Wording wording,
                                   Instant now) {
        if (status != LineRequestStatus.ESCALATED || !complaintPending) {
            throw new IllegalStateException("No escalated refusal awaits its complaint (" + status + ")");
        }
        Complaint c = EscalationComplaint.open(this, resolution13, resolution2, wording, now, complaintSubmissionKey());
        complaint = c;
        complaintPending = false;
        return c;
    }

    /** Who files the request's complaints: the office operator who filed it. */
    Actor filer() {
        return new Actor(filedBy, Role.OFFICE_OPERATOR);
    }

    /** One complaint per escalation: a retried transaction finds the one already filed, by this key. */
    private String complaintSubmissionKey() {
        long escalations = events.stream().filter(e -> e.getToStatus() == LineRequestStatus.ESCALATED
                && e.getAction() == LineRequestAction.REFUSE).count();
        return "line-request-" + (id == null ? "new" : id.toString()) + "-" + escalations;
    }

    // --- the state machine: the kernel's steps, with this workflow's entry ---

    @Override
    protected LineRequestEvent newEntry(Instant at, Actor actor, LineRequestAction action, LineRequestStatus from,
                                        LineRequestStatus to, String text, StepRecord record, Visibility visibility) {
        return new LineRequestEvent(this, at, actor, action, from, to, text, record, visibility);
    }

    @Override
    protected List<LineRequestEvent> entries() {
        return events;
    }

    @Override
    protected void setStatus(LineRequestStatus status) {
        this.status = status;
    }

    @Override
    protected LineRequestAction escalationAction() {
        return LineRequestAction.ESCALATE;
    }

    @Override
    public String workflowName() {
        return "lineRequest";
    }

    /** A follow-up note: it must say something; the secretariat and the guild read it. */
    private void followUp(Actor actor, LineRequestAction action, String text, Instant now) {
        note(actor, action, text(text, NOTE_MAX, "lineRequest.followUp.invalid"), Visibility.STAFF, now);
    }

    private void setDue(Due due) {
        setDeadline(due.date());
        deadlineFellOn = due.fellOn();
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, JalaliDates.ZONE);
    }

    private static String searchKey(String address, String note) {
        return Texts.searchKey(address + " " + (note == null ? "" : note), 3000);
    }

    private static String comment(String value) {
        return optional(value, NOTE_MAX, "lineRequest.comment.invalid");
    }

    private static String text(String value, int max, String key) {
        return Texts.required(value, TEXT_MIN, max, key);
    }

    private static String optional(String value, int max, String key) {
        return Texts.optional(value, max, key);
    }



    // --- reading ---

    /**
     * Overdue: past its deadline while the provider must act (sent, scheduled, disputed or escalated). Not while the
     * office has yet to send it or to confirm an installation, and not once closed.
     */
    @Override
    public Long officeId() {
        return office.getId();
    }

    @Override
    public Long agencyId() {
        return provider.getId();
    }

    @Override
    public boolean isOverdue(LocalDate today) {
        return status.isWithProvider() && getDeadline() != null && getDeadline().isBefore(today);
    }

    /** Whether the deadline is a resolution's date (1 or 9) rather than the default service period. */
    public Optional<Resolution> getDeadlineResolution() {
        return Optional.ofNullable(deadlineResolution);
    }

    /** The tracking number the office is given: "L", the Jalali year of filing and the id, e.g. L1405-123. */
    @Override
    public String getTrackingNumber() {
        return TrackingNumber.of(TRACKING_PREFIX, id, filedAt);
    }

    /** The tracking number the text is, when it is one of this workflow (Persian digits allowed). */
    public static Optional<TrackingNumber> trackingNumber(String text) {
        return TrackingNumber.parse(TRACKING_PREFIX, text);
    }

    public boolean isSent() {
        return sentAt != null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Office getOffice() {
        return office;
    }

    public Agency getProvider() {
        return provider;
    }

    public LineKind getKind() {
        return kind;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getAddress() {
        return address;
    }

    public String getNote() {
        return note;
    }

    @Override
    public LineRequestStatus getStatus() {
        return status;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    /** The day off the deadline fell on before it was moved to the next working day; null when it was not moved. */
    public LocalDate getDeadlineFellOn() {
        return deadlineFellOn;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public LocalDate getScheduledFor() {
        return scheduledFor;
    }

    public Instant getInstalledAt() {
        return installedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public DisputeReason getDisputeReason() {
        return disputeReason;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public String getRefusalText() {
        return refusalText;
    }

    public String getRefusedBy() {
        return refusedBy;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public boolean isComplaintPending() {
        return complaintPending;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public String getSearchKey() {
        return searchKey;
    }

}
