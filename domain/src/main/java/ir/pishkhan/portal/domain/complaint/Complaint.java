package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.StepRecord;
import ir.pishkhan.portal.domain.workflow.Texts;
import ir.pishkhan.portal.domain.workflow.TrackingNumber;
import ir.pishkhan.portal.domain.workflow.Workflow;

import ir.pishkhan.portal.domain.meeting.Meeting;

import ir.pishkhan.portal.domain.workflow.Visibility;

import ir.pishkhan.portal.domain.workflow.Actor;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.calendar.Due;
import ir.pishkhan.portal.domain.figures.Tally;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * An office's complaint that an agency broke the working group's resolutions: the aggregate that guards its own
 * workflow. Every action checks that it is allowed from the current state ({@link ComplaintAction}), changes the
 * state, and appends an entry to the timeline — in the same transaction. Nothing is ever deleted.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends Workflow<ComplaintStatus, ComplaintAction, ComplaintEvent> {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 4000;
    public static final int TEXT_MIN = 10;
    public static final int OFFICIAL_MAX = 200;

    /** What sets this workflow's tracking numbers apart. */
    public static final String TRACKING_PREFIX = "";

    @Id
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id", nullable = false, updatable = false)
    private Office office;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    /** The agency's id as stored, read without loading the agency (the figures' tally is taken on every load). */
    @Column(name = "agency_id", insertable = false, updatable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ComplaintKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "official_name", length = OFFICIAL_MAX)
    private String officialName;

    @Column(name = "description", nullable = false, length = TEXT_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private Priority priority = Priority.NORMAL;

    @ManyToMany
    @JoinTable(name = "complaint_resolution", joinColumns = @JoinColumn(name = "complaint_id"),
            inverseJoinColumns = @JoinColumn(name = "resolution_id"))
    @OrderBy("number")
    private Set<Resolution> resolutions = new LinkedHashSet<>();

    @Column(name = "filed_by", nullable = false, updatable = false, length = 40)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    /** When the complaint was first forwarded to its agency: from then on the agency's liaison sees it. */
    @Column(name = "forwarded_at")
    private Instant forwardedAt;

    /** When the agency first answered; null until it does. The compliance figures count it as answered. */
    @Column(name = "answered_at")
    private Instant answeredAt;

    /** Whole days (in Iran's time) from the first forwarding to the first answer: the figures' answer days. */
    @Column(name = "answer_days")
    private Integer answerDays;

    /** The Jalali month it was filed in, as {@link JalaliDates#monthKey} (140509): the figures group by it. */
    @Column(name = "filed_month", nullable = false, updatable = false)
    private int filedMonth;

    /** What it counted for in the figures' tallies when loaded or last counted; null for one not stored yet. */
    @Transient
    private transient Tally counted;

    /** The day off the deadline fell on before it moved to the next working day; null when it did not move. */
    @Column(name = "deadline_fell_on")
    private LocalDate deadlineFellOn;

    @Column(name = "outcome", length = TEXT_MAX)
    private String outcome;

    @Column(name = "referred_official", length = OFFICIAL_MAX)
    private String referredOfficial;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referred_resolution_id")
    private Resolution referredResolution;

    /** The complaint this one repeats, when the secretariat closed it as a duplicate. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Complaint duplicateOf;

    /** The official's name folded for matching ({@link PersianText#normalize}): the official's upheld complaints. */
    @Column(name = "official_key", length = OFFICIAL_MAX)
    private String officialKey;

    /** The filing form's one-time key: a double submit files one complaint, not two. */
    @Column(name = "submission_key", nullable = false, updatable = false, length = 40)
    private String submissionKey;

    @Column(name = "search_key", nullable = false, length = 5000)
    private String searchKey;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<ComplaintEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected Complaint() {
    }

    /** The office files a complaint against an agency, of a kind that is not {@link ComplaintKind#isUrgent urgent}. */
    public static Complaint file(Office office, Agency agency, ComplaintKind kind, LocalDate occurredOn,
                                 String officialName, String description, List<EvidenceFile> files,
                                 Actor actor, Instant now, String submissionKey) {
        return file(office, agency, kind, occurredOn, officialName, description, files, actor, now, submissionKey, null);
    }

    /**
     * The office files a complaint against an agency. A kind that stops the office's work ({@link
     * ComplaintKind#isUrgent}: systems cut off, which resolution 3 forbids) is urgent from the moment it is filed and
     * already linked to its resolutions (3 and 8), taken from {@code resolutionOf} (the meeting's resolution of a
     * number); the secretariat's triage confirms them and sets the deadline. Other kinds are linked at triage.
     *
     * @throws IllegalArgumentException when an urgent kind is filed without its resolutions, or with others
     */
    public static Complaint file(Office office, Agency agency, ComplaintKind kind, LocalDate occurredOn,
                                 String officialName, String description, List<EvidenceFile> files,
                                 Actor actor, Instant now, String submissionKey, IntFunction<Resolution> resolutionOf) {
        requireRole(actor, ComplaintAction.FILE);
        if (office == null) {
            throw new BusinessException.InvalidInput("complaint.office.required");
        }
        if (agency == null) {
            throw new BusinessException.InvalidInput("complaint.agency.required");
        }
        if (kind == null) {
            throw new BusinessException.InvalidInput("complaint.kind.required");
        }
        LocalDate today = LocalDate.ofInstant(now, JalaliDates.ZONE);
        if (occurredOn == null) {
            throw new BusinessException.InvalidInput("complaint.occurredOn.required");
        }
        if (occurredOn.isAfter(today)) {
            throw new BusinessException.InvalidInput("complaint.occurredOn.future");
        }
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 40) {
            throw new IllegalArgumentException("A submission key is required");
        }
        Complaint c = new Complaint();
        c.office = office;
        c.agency = agency;
        c.kind = kind;
        c.occurredOn = occurredOn;
        c.officialName = optional(officialName, OFFICIAL_MAX, "complaint.official.tooLong");
        c.officialKey = officialKey(c.officialName);
        c.description = text(description, "complaint.description.invalid");
        c.status = ComplaintStatus.SUBMITTED;
        c.filedBy = actor.username();
        c.filed(now);
        c.submissionKey = submissionKey;
        if (kind.isUrgent()) {
            c.priority = Priority.URGENT;
            c.resolutions.addAll(resolutionsOf(kind, resolutionOf));
        }
        c.updateSearchKey();
        ComplaintEvent filed = c.record(actor, ComplaintAction.FILE, null, ComplaintStatus.SUBMITTED, null, null, Visibility.PUBLIC, now);
        c.attach(filed, files);
        return c;
    }

    /** The resolutions a kind falls under, of its meeting, checked: the number asked for, of meeting 14. */
    private static List<Resolution> resolutionsOf(ComplaintKind kind, IntFunction<Resolution> resolutionOf) {
        if (resolutionOf == null) {
            throw new IllegalArgumentException(kind + " is linked to its resolutions when filed: they are required");
        }
        List<Resolution> out = new ArrayList<>();
        for (int number : kind.suggestedResolutions()) {
            Resolution r = resolutionOf.apply(number);
            if (r == null || r.getNumber() != number || r.getMeeting().getNumber() != Meeting.FOURTEENTH) {
                throw new IllegalArgumentException("Resolution " + number + " of meeting " + Meeting.FOURTEENTH
                        + " is required, got " + r);
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The complaint the portal opens on an office's behalf when a provider refused its line request as "not needed",
     * which resolution 13 forbids (the infrastructure is owed without preconditions, resolution 2): nobody types it,
     * it is filed in the transaction of the refusal ({@code EscalationComplaint}), with a description made from the
     * line request.
     * <p>
     * It is filed in the name of {@code filer}, the office operator who filed the line request: filing is the office's
     * action, and the complaint is the office's (it answers the secretariat's questions and may withdraw it). That the
     * portal filed it, and why, is the first timeline entry's record ({@code cause}); a complaint the office files
     * itself has none. It is {@link ComplaintStatus#SUBMITTED}, of kind
     * {@link ComplaintKind#INFRASTRUCTURE_NOT_PROVIDED}, already linked to resolutions 2 and 13; the secretariat's
     * triage confirms or changes them and sets the priority and the deadline.
     */
    public static Complaint fromRefusedLineRequest(Office office, Agency provider, LocalDate refusedOn,
                                                   String description, Resolution resolution13, Resolution resolution2,
                                                   Actor filer, EscalationRecord cause, Instant now,
                                                   String submissionKey) {
        requireRole(filer, ComplaintAction.FILE);
        if (resolution13 == null || resolution13.getNumber() != 13 || resolution2 == null || resolution2.getNumber() != 2) {
            throw new IllegalArgumentException("Resolutions 13 and 2 are required");
        }
        if (office == null || provider == null || refusedOn == null || cause == null) {
            throw new IllegalArgumentException("Office, provider, day of refusal and cause are required");
        }
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 40) {
            throw new IllegalArgumentException("A submission key is required");
        }
        Complaint c = new Complaint();
        c.office = office;
        c.agency = provider;
        c.kind = ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED;
        c.occurredOn = refusedOn;
        c.description = text(description, "complaint.description.invalid");
        c.status = ComplaintStatus.SUBMITTED;
        c.resolutions.add(resolution2);
        c.resolutions.add(resolution13);
        c.filedBy = filer.username();
        c.filed(now);
        c.submissionKey = submissionKey;
        c.updateSearchKey();
        c.record(filer, ComplaintAction.FILE, null, ComplaintStatus.SUBMITTED, null, cause, Visibility.PUBLIC, now);
        return c;
    }

    /** What it counts for in the compliance figures now. */
    public Tally tally() {
        return new Tally(agencyId != null ? agencyId : agency.getId(), filedMonth, status, forwardedAt != null, answerDays,
                getDueSort());
    }

    /**
     * What changed in the figures since it was loaded or last counted, and from now on counted as it stands: the
     * storage keeps the tallies with it, in the same transaction (each complaint counted once, however many steps).
     */
    public Tally.Change recount() {
        Tally now = tally();
        Tally.Change change = new Tally.Change(counted, now);
        counted = now;
        return change;
    }

    @PostLoad
    private void countedAsLoaded() {
        counted = tally();
    }

    /** When it was filed, and so the Jalali month the compliance figures count it in: set together, once. */
    private void filed(Instant now) {
        filedAt = now;
        filedMonth = JalaliDates.monthKey(LocalDate.ofInstant(now, JalaliDates.ZONE));
    }

    // --- the secretariat ---

    /**
     * Links the complaint to the resolutions it falls under and sets its priority and deadline. Without a deadline
     * given, it follows from the resolutions or the priority's default period ({@link #deadlineFor}). A deadline that
     * falls on a day off of {@code calendar} — typed by the secretariat, or a resolution's date — moves to the next
     * working day, and the complaint remembers the day it fell on, for the page to say so.
     */
    public void triage(Actor actor, Collection<Resolution> linked, Priority newPriority, LocalDate givenDeadline,
                       BusinessCalendar calendar, Instant now) {
        check(actor, ComplaintAction.TRIAGE);
        if (linked == null || linked.isEmpty()) {
            throw new BusinessException.InvalidInput("complaint.resolutions.required");
        }
        // a copy: the caller may pass getResolutions(), a view of the very set cleared below; in the one order
        List<Resolution> ordered = new ArrayList<>(linked);
        ordered.sort(Resolution.ORDER);
        linked = ordered;
        if (newPriority == null) {
            throw new BusinessException.InvalidInput("complaint.priority.required");
        }
        LocalDate today = LocalDate.ofInstant(now, JalaliDates.ZONE);
        if (givenDeadline != null && givenDeadline.isBefore(today)) {
            throw new BusinessException.InvalidInput("complaint.deadline.past");
        }
        Due due = givenDeadline != null ? calendar.onWorkingDay(givenDeadline) : deadlineFor(today, newPriority, linked, calendar);
        resolutions.clear();
        resolutions.addAll(linked);
        priority = newPriority;
        setDeadline(due.date());
        deadlineFellOn = due.fellOn();
        TriageRecord record = new TriageRecord(linked.stream()
                .map(r -> r.getMeeting().getNumber() + "/" + r.getNumber()).toList(), newPriority, due.date());
        transition(actor, ComplaintAction.TRIAGE, ComplaintStatus.TRIAGED, null, record, Visibility.PUBLIC, now);
    }

    /**
     * The deadline of a complaint triaged today: the earliest of the priority's default period, counted in working
     * days (the portal's own period: the issue that brought the calendar asks that deadlines be set in working days),
     * and any deadline of its resolutions that has not yet passed (the resolution's own date or calendar period, as
     * the working group set it) — moved to the next working day when it falls on a day off.
     */
    public static Due deadlineFor(LocalDate today, Priority priority, Collection<Resolution> linked,
                                  BusinessCalendar calendar) {
        LocalDate due = calendar.plusWorkingDays(today, priority.responseWorkingDays());
        for (Resolution r : linked) {
            Optional<LocalDate> d = r.dueDate();
            if (d.isPresent() && !d.get().isBefore(today) && d.get().isBefore(due)) {
                due = d.get();
            }
        }
        // the priority's day is a working day already; only a resolution's date can move (never past that day)
        return calendar.onWorkingDay(due);
    }

    public void requestInfo(Actor actor, String question, Instant now) {
        check(actor, ComplaintAction.REQUEST_INFO);
        transition(actor, ComplaintAction.REQUEST_INFO, ComplaintStatus.INFO_REQUESTED,
                text(question, "complaint.question.invalid"), null, Visibility.PUBLIC, now);
    }

    public void forward(Actor actor, String note, Instant now) {
        check(actor, ComplaintAction.FORWARD);
        if (resolutions.isEmpty() || getDeadline() == null) {
            throw new BusinessException.InvalidInput("complaint.forward.untriaged");
        }
        String text = optional(note, TEXT_MAX, "complaint.text.tooLong");
        if (forwardedAt == null) {
            forwardedAt = now;
        }
        transition(actor, ComplaintAction.FORWARD, ComplaintStatus.FORWARDED, text, null, Visibility.PUBLIC, now);
    }

    /** Refers the agency's official to the violations board under a resolution that carries that sanction (4, 12). */
    public void refer(Actor actor, String official, Resolution sanction, String note, Instant now) {
        check(actor, ComplaintAction.REFER);
        String name = optional(official, OFFICIAL_MAX, "complaint.official.tooLong");
        if (name == null) {
            throw new BusinessException.InvalidInput("complaint.referral.official");
        }
        if (sanction == null || !sanction.isReferralToViolationsBoard()) {
            throw new BusinessException.InvalidInput("complaint.referral.resolution");
        }
        // the limit of the days when the note shared one text with the official's name: kept, as users know it
        String text = optional(note, TEXT_MAX - OFFICIAL_MAX - 20, "complaint.text.tooLong");
        referredOfficial = name;
        referredResolution = sanction;
        transition(actor, ComplaintAction.REFER, ComplaintStatus.REFERRED, text,
                new ReferralRecord(name, sanction.getMeeting().getNumber() + "/" + sanction.getNumber()), Visibility.PUBLIC, now);
    }

    public void resolve(Actor actor, String outcomeText, Instant now) {
        check(actor, ComplaintAction.RESOLVE);
        outcome = text(outcomeText, "complaint.outcome.invalid");
        transition(actor, ComplaintAction.RESOLVE, ComplaintStatus.RESOLVED, outcome, null, Visibility.PUBLIC, now);
    }

    public void reject(Actor actor, String reason, Instant now) {
        check(actor, ComplaintAction.REJECT);
        outcome = text(reason, "complaint.reason.invalid");
        transition(actor, ComplaintAction.REJECT, ComplaintStatus.REJECTED, outcome, null, Visibility.PUBLIC, now);
    }

    /**
     * Closes the complaint as a duplicate of {@code original}: another complaint against the same agency, not itself
     * a duplicate. The office is told, and the closing entry links the original. Reopening undoes it.
     */
    public void markDuplicate(Actor actor, Complaint original, String note, Instant now) {
        check(actor, ComplaintAction.MARK_DUPLICATE);
        if (original == null || original == this || original.getId() == null || original.getId().equals(id)
                || original.duplicateOf != null || !sameAgency(original)) {
            throw new BusinessException.InvalidInput("complaint.duplicate.original");
        }
        outcome = optional(note, TEXT_MAX, "complaint.text.tooLong");
        duplicateOf = original;
        transition(actor, ComplaintAction.MARK_DUPLICATE, ComplaintStatus.REJECTED, outcome,
                new DuplicateRecord(original.getId(), original.getTrackingNumber()), Visibility.PUBLIC, now);
    }

    private boolean sameAgency(Complaint other) {
        Agency theirs = other.getAgency();
        return theirs == agency || theirs.getId() != null && theirs.getId().equals(agency.getId());
    }

    public void reopen(Actor actor, String reason, Instant now) {
        check(actor, ComplaintAction.REOPEN);
        String text = text(reason, "complaint.reason.invalid");
        outcome = null;
        duplicateOf = null;
        transition(actor, ComplaintAction.REOPEN, wasTriaged() ? ComplaintStatus.TRIAGED : ComplaintStatus.SUBMITTED,
                text, null, Visibility.PUBLIC, now);
    }

    /** A reply the office sees; changes no state. */
    public void reply(Actor actor, String text, Instant now) {
        check(actor, ComplaintAction.REPLY);
        checkedNote(actor, ComplaintAction.REPLY, text, Visibility.PUBLIC, now);
    }

    /** A note for the secretariat only. */
    public void internalNote(Actor actor, String text, Instant now) {
        check(actor, ComplaintAction.INTERNAL_NOTE);
        checkedNote(actor, ComplaintAction.INTERNAL_NOTE, text, Visibility.SECRETARIAT, now);
    }

    // --- the office ---

    public void provideInfo(Actor actor, String answer, List<EvidenceFile> files, Instant now) {
        check(actor, ComplaintAction.PROVIDE_INFO);
        checkFileCount(files);
        ComplaintEvent e = transition(actor, ComplaintAction.PROVIDE_INFO,
                wasTriaged() ? ComplaintStatus.TRIAGED : ComplaintStatus.SUBMITTED,
                text(answer, "complaint.answer.invalid"), null, Visibility.PUBLIC, now);
        attach(e, files);
    }

    public void withdraw(Actor actor, String reason, Instant now) {
        check(actor, ComplaintAction.WITHDRAW);
        transition(actor, ComplaintAction.WITHDRAW, ComplaintStatus.WITHDRAWN,
                optional(reason, TEXT_MAX, "complaint.text.tooLong"), null, Visibility.PUBLIC, now);
    }

    // --- the agency and the guild ---

    public void answer(Actor actor, String text, List<EvidenceFile> files, Instant now) {
        check(actor, ComplaintAction.ANSWER);
        checkFileCount(files);
        ComplaintEvent e = transition(actor, ComplaintAction.ANSWER, ComplaintStatus.ANSWERED,
                text(text, "complaint.answer.invalid"), null, Visibility.PUBLIC, now);
        attach(e, files);
        if (answeredAt == null) {
            answeredAt = now;
            answerDays = answerDays(forwardedAt, now);
        }
    }

    /**
     * Whole days from the forwarding to the answer, counted between their dates in Iran's time (an answer the day
     * it was forwarded took 0 days); null when it was never forwarded.
     */
    public static Integer answerDays(Instant forwardedAt, Instant answeredAt) {
        if (forwardedAt == null || answeredAt == null) {
            return null;
        }
        return (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(forwardedAt, JalaliDates.ZONE),
                LocalDate.ofInstant(answeredAt, JalaliDates.ZONE));
    }

    /** The guild association's follow-up note: the secretariat sees it, the office and the agency do not. */
    public void guildNote(Actor actor, String text, Instant now) {
        check(actor, ComplaintAction.GUILD_NOTE);
        checkedNote(actor, ComplaintAction.GUILD_NOTE, text, Visibility.STAFF, now);
    }

    // --- the state machine: the kernel's steps, with this workflow's entry ---

    @Override
    protected ComplaintEvent newEntry(Instant at, Actor actor, ComplaintAction action, ComplaintStatus from,
                                      ComplaintStatus to, String text, StepRecord record, Visibility visibility) {
        return new ComplaintEvent(this, at, actor, action, from, to, text, record, visibility);
    }

    @Override
    protected List<ComplaintEvent> entries() {
        return events;
    }

    @Override
    protected void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    @Override
    protected ComplaintAction escalationAction() {
        return ComplaintAction.ESCALATE;
    }

    @Override
    public String workflowName() {
        return "complaint";
    }

    /** A note's text must say something. */
    private void checkedNote(Actor actor, ComplaintAction action, String text, Visibility visibility, Instant now) {
        note(actor, action, text(text, "complaint.note.invalid"), visibility, now);
    }

    private static void checkFileCount(List<EvidenceFile> files) {
        if (files != null && files.size() > EvidenceFile.MAX_FILES) {
            throw new BusinessException.InvalidInput("file.tooMany", EvidenceFile.MAX_FILES);
        }
    }

    private void attach(ComplaintEvent event, List<EvidenceFile> files) {
        if (files == null) {
            return;
        }
        checkFileCount(files);
        for (EvidenceFile f : files) {
            attachments.add(new Attachment(this, event, f));
        }
    }

    /** The official's name as it is matched: folded letter forms, ZWNJ and digits; null for none. */
    public static String officialKey(String officialName) {
        return officialName == null || officialName.isBlank() ? null : PersianText.normalize(officialName);
    }

    private void updateSearchKey() {
        searchKey = Texts.searchKey(description + " " + (officialName == null ? "" : officialName), 5000);
    }

    private static String text(String value, String key) {
        return Texts.required(value, TEXT_MIN, TEXT_MAX, key);
    }

    private static String optional(String value, int max, String key) {
        return Texts.optional(value, max, key);
    }

    /**
     * Whether the secretariat has triaged the complaint: triage sets the deadline. (A complaint opened from a refused
     * line request comes linked to its resolutions, but it still awaits triage.)
     */
    private boolean wasTriaged() {
        return getDeadline() != null;
    }

    // --- reading ---

    /** Overdue: still open and past its deadline. */
    @Override
    public Long officeId() {
        return office.getId();
    }

    @Override
    public Long agencyId() {
        return agencyId != null ? agencyId : agency.getId();
    }

    @Override
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && getDeadline() != null && getDeadline().isBefore(today);
    }

    /** The tracking number the office is given: the Jalali year of filing and the id, e.g. 1405-123. */
    @Override
    public String getTrackingNumber() {
        return trackingNumber(id, filedAt);
    }

    /** The tracking number of the complaint with this id filed then, without reading the complaint. */
    public static String trackingNumber(Long id, Instant filedAt) {
        return TrackingNumber.of(TRACKING_PREFIX, id, filedAt);
    }

    /** The tracking number the text is, when it is one of this workflow (Persian digits allowed). */
    public static Optional<TrackingNumber> trackingNumber(String text) {
        return TrackingNumber.parse(TRACKING_PREFIX, text);
    }

    public List<Attachment> attachments(Set<Visibility> visible) {
        return attachments.stream().filter(a -> visible.contains(a.getVisibility())).toList();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Office getOffice() {
        return office;
    }

    public Agency getAgency() {
        return agency;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getOfficialName() {
        return officialName;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public ComplaintStatus getStatus() {
        return status;
    }

    /** The day off the deadline fell on before it was moved to the next working day; null when it was not moved. */
    public LocalDate getDeadlineFellOn() {
        return deadlineFellOn;
    }

    public Priority getPriority() {
        return priority;
    }

    public Set<Resolution> getResolutions() {
        return Collections.unmodifiableSet(resolutions);
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getAnswerDays() {
        return answerDays;
    }

    public int getFiledMonth() {
        return filedMonth;
    }

    public boolean isForwarded() {
        return forwardedAt != null;
    }

    public String getOutcome() {
        return outcome;
    }

    /** The complaint this one repeats; null unless closed as a duplicate. */
    public Complaint getDuplicateOf() {
        return duplicateOf;
    }

    public String getReferredOfficial() {
        return referredOfficial;
    }

    public Resolution getReferredResolution() {
        return referredResolution;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

}
