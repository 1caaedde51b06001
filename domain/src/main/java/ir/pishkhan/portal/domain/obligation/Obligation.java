package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.calendar.Due;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.complaint.ReferralRecord;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Obligees;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.StepRecord;
import ir.pishkhan.portal.domain.workflow.Texts;
import ir.pishkhan.portal.domain.workflow.TrackingNumber;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.Workflow;
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
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a published resolution of kind obligation or report binds one agency to do, by the resolution's deadline:
 * one per (resolution, obligated agency). The agency's liaison reports compliance with text and files; the
 * secretariat verifies it or returns it with a reason; once past its deadline and not verified it is overdue (derived,
 * never stored), and the secretariat may declare it violated and refer the responsible official to the violations
 * board under a sanction resolution (4, 12), as it can for a complaint. The guild and the secretariat add follow-up
 * notes. The table is {@link ObligationAction}; each step is on the timeline, through the kernel. Nothing is deleted.
 */
@Entity
@Table(name = "obligation", uniqueConstraints = @UniqueConstraint(columnNames = {"resolution_id", "agency_id"}))
public class Obligation extends Workflow<ObligationStatus, ObligationAction, ObligationEntry> {

    private static final long serialVersionUID = 1L;

    /** What sets this workflow's tracking numbers apart: {@code OB1405-123}. */
    public static final String TRACKING_PREFIX = "OB";
    public static final int TEXT_MIN = 10;
    public static final int REPORT_MAX = 4000;
    public static final int NOTE_MAX = 2000;
    public static final int OFFICIAL_MAX = 200;

    @Id
    @SequenceGenerator(name = "obligation_seq", sequenceName = "obligation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obligation_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false, updatable = false)
    private Resolution resolution;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ObligationStatus status;

    /** When it was opened (the resolution's publication); the tracking number's year. */
    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 40)
    private String openedBy;

    /** The day off the resolution's deadline fell on before it moved to the next working day; null when it did not. */
    @Column(name = "deadline_fell_on", updatable = false)
    private LocalDate deadlineFellOn;

    @Column(name = "reported_at")
    private Instant reportedAt;

    /** The day (in Tehran) of the last report: met on time when the report it was verified on came by the deadline. */
    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "referred_official", length = OFFICIAL_MAX)
    private String referredOfficial;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referred_resolution_id")
    private Resolution referredResolution;

    @OneToMany(mappedBy = "obligation", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<ObligationEntry> entries = new ArrayList<>();

    @OneToMany(mappedBy = "obligation", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ObligationFile> files = new ArrayList<>();

    protected Obligation() {
    }

    /** Whether publishing this resolution creates obligations: it is of kind obligation or report. */
    public static boolean createdBy(Resolution resolution) {
        return resolution.getKinds().contains(ResolutionKind.OBLIGATION)
                || resolution.getKinds().contains(ResolutionKind.REPORT);
    }

    /**
     * The obligations a published resolution creates: one per agency its obligated parties stand for (of {@code
     * agencies}, every agency there is), none when it is of no kind that obliges. Its deadline, when it has one, is
     * the resolution's due date moved to the next working day of {@code calendar} if it falls on a day off.
     */
    public static List<Obligation> openAll(Resolution resolution, Collection<Agency> agencies, BusinessCalendar calendar,
                                           Actor actor, Instant now) {
        if (!createdBy(resolution)) {
            return List.of();
        }
        List<Obligation> out = new ArrayList<>();
        for (Agency a : Obligees.of(resolution, agencies)) {
            out.add(open(resolution, a, calendar, actor, now));
        }
        return out;
    }

    /** One obligation of one agency under a resolution that obliges it. */
    public static Obligation open(Resolution resolution, Agency agency, BusinessCalendar calendar, Actor actor,
                                  Instant now) {
        requireRole(actor, ObligationAction.OPEN_OBLIGATION);
        if (resolution == null || agency == null || !createdBy(resolution)) {
            throw new IllegalArgumentException("An obligation needs a resolution that obliges, and an agency");
        }
        Obligation o = new Obligation();
        o.resolution = resolution;
        o.agency = agency;
        o.status = ObligationStatus.OPEN;
        o.filedAt = now;
        o.openedBy = actor.username();
        Optional<LocalDate> due = resolution.dueDate();
        if (due.isPresent()) {
            Due d = calendar.onWorkingDay(due.get());
            o.setDeadline(d.date());
            o.deadlineFellOn = d.fellOn();
        }
        o.record(actor, ObligationAction.OPEN_OBLIGATION, null, ObligationStatus.OPEN, null,
                new OpenedRecord(reference(resolution), o.getDeadline()), Visibility.PUBLIC, now);
        return o;
    }

    // --- the agency's liaison ---

    /** The liaison reports compliance, with text and (checked) files; again after a return. */
    public void report(Actor actor, String text, List<EvidenceFile> evidence, Instant now) {
        check(actor, ObligationAction.REPORT);
        String t = Texts.required(text, TEXT_MIN, REPORT_MAX, "obligation.report.invalid");
        List<EvidenceFile> checked = evidence == null ? List.of() : List.copyOf(evidence);
        if (checked.size() > EvidenceFile.MAX_FILES) {
            throw new BusinessException.InvalidInput("file.tooMany", EvidenceFile.MAX_FILES);
        }
        reportedAt = now;
        reportedOn = today(now);
        ObligationEntry e = transition(actor, ObligationAction.REPORT, ObligationStatus.REPORTED, t,
                ReportRecord.of(checked.size(), getDeadline(), today(now)), Visibility.PUBLIC, now);
        for (EvidenceFile f : checked) {
            files.add(new ObligationFile(this, e, f));
        }
    }

    // --- the secretariat ---

    /** The secretariat verifies the report: the obligation is met. */
    public void verify(Actor actor, String comment, Instant now) {
        check(actor, ObligationAction.VERIFY);
        String c = Texts.optional(comment, NOTE_MAX, "obligation.comment.invalid");
        verifiedAt = now;
        transition(actor, ObligationAction.VERIFY, ObligationStatus.VERIFIED, c, null, Visibility.PUBLIC, now);
    }

    /** The secretariat returns the report with a reason the agency reads: it must report again. */
    public void returnReport(Actor actor, String reason, Instant now) {
        check(actor, ObligationAction.RETURN);
        String r = Texts.required(reason, TEXT_MIN, NOTE_MAX, "obligation.return.invalid");
        transition(actor, ObligationAction.RETURN, ObligationStatus.RETURNED, r, null, Visibility.PUBLIC, now);
    }

    /** Only once overdue on {@code today} (past its deadline, not verified): the obligation is declared violated. */
    public void declareViolated(Actor actor, String note, LocalDate today, Instant now) {
        check(actor, ObligationAction.DECLARE_VIOLATED);
        if (!isOverdue(today)) {
            throw new BusinessException.InvalidInput("obligation.violation.notOverdue");
        }
        String n = Texts.optional(note, NOTE_MAX, "obligation.comment.invalid");
        transition(actor, ObligationAction.DECLARE_VIOLATED, ObligationStatus.VIOLATED, n,
                new ViolationRecord(getDeadline()), Visibility.PUBLIC, now);
    }

    /** Refers the agency's responsible official to the violations board, under a sanction resolution (4, 12). */
    public void refer(Actor actor, String official, Resolution sanction, String note, Instant now) {
        check(actor, ObligationAction.REFER);
        String name = Texts.required(official, 2, OFFICIAL_MAX, "obligation.referral.official");
        if (sanction == null || !sanction.isReferralToViolationsBoard()) {
            throw new BusinessException.InvalidInput("obligation.referral.resolution");
        }
        String n = Texts.optional(note, NOTE_MAX, "obligation.comment.invalid");
        referredOfficial = name;
        referredResolution = sanction;
        transition(actor, ObligationAction.REFER, ObligationStatus.REFERRED, n,
                new ReferralRecord(name, reference(sanction)), Visibility.PUBLIC, now);
    }

    // --- follow-up ---

    /** The guild's follow-up note: the secretariat and the guild read it. Changes no state. */
    public void guildNote(Actor actor, String text, Instant now) {
        check(actor, ObligationAction.GUILD_NOTE);
        note(actor, ObligationAction.GUILD_NOTE, Texts.required(text, TEXT_MIN, NOTE_MAX, "obligation.note.invalid"),
                Visibility.STAFF, now);
    }

    /** The secretariat's follow-up note: the secretariat and the guild read it. Changes no state. */
    public void secretariatNote(Actor actor, String text, Instant now) {
        check(actor, ObligationAction.SECRETARIAT_NOTE);
        note(actor, ObligationAction.SECRETARIAT_NOTE,
                Texts.required(text, TEXT_MIN, NOTE_MAX, "obligation.note.invalid"), Visibility.STAFF, now);
    }

    // --- reading ---

    /** Past its deadline (the day after it, in Tehran) and not verified. One without a deadline is never overdue. */
    @Override
    public boolean isOverdue(LocalDate today) {
        return isOverdue(getDeadline(), status, today);
    }

    /** The rule itself, for a report that reads an obligation's deadline and state without the obligation. */
    public static boolean isOverdue(LocalDate deadline, ObligationStatus status, LocalDate today) {
        return deadline != null && today.isAfter(deadline) && !status.isMet();
    }

    /** Met, on a report that came by its deadline (or it had none): the public scorecard's "met on time". */
    public boolean isMetOnTime() {
        return isMetOnTime(getDeadline(), status, reportedOn);
    }

    /** The rule itself, for the figures that count it in the database (JpaFiguresRepository says it again in JPQL). */
    public static boolean isMetOnTime(LocalDate deadline, ObligationStatus status, LocalDate reportedOn) {
        return status.isMet() && (deadline == null || reportedOn != null && !reportedOn.isAfter(deadline));
    }

    /** The behaviour of the portal that already tracks what this obligation asks for, where there is one. */
    public Optional<LinkedReport> linkedReport() {
        return resolution.getMeeting().getNumber() == Meeting.FOURTEENTH && resolution.getNumber() == 1
                ? Optional.of(LinkedReport.RESOLUTION_1_LINES) : Optional.empty();
    }

    /** The obligation a tracking number names, when the text is one (the prefix {@code OB}, any case and digits). */
    public static Optional<TrackingNumber> trackingNumber(String text) {
        return TrackingNumber.parse(TRACKING_PREFIX, text);
    }

    private static String reference(Resolution r) {
        return r.getMeeting().getNumber() + "/" + r.getNumber();
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, JalaliDates.ZONE);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public ObligationStatus getStatus() {
        return status;
    }

    @Override
    protected void setStatus(ObligationStatus status) {
        this.status = status;
    }

    @Override
    protected List<ObligationEntry> entries() {
        return entries;
    }

    @Override
    protected ObligationEntry newEntry(Instant at, Actor actor, ObligationAction action, ObligationStatus from,
                                       ObligationStatus to, String text, StepRecord record, Visibility visibility) {
        return new ObligationEntry(this, at, actor, action, from, to, text, record, visibility);
    }

    @Override
    protected ObligationAction escalationAction() {
        return ObligationAction.ESCALATE;
    }

    @Override
    public String workflowName() {
        return "obligation";
    }

    @Override
    public String getTrackingNumber() {
        return TrackingNumber.of(TRACKING_PREFIX, id, filedAt);
    }

    /** No office: obligations bind agencies. */
    @Override
    public Long officeId() {
        return null;
    }

    @Override
    public Long agencyId() {
        return agency.getId();
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Agency getAgency() {
        return agency;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDate getDeadlineFellOn() {
        return deadlineFellOn;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getReferredOfficial() {
        return referredOfficial;
    }

    public Resolution getReferredResolution() {
        return referredResolution;
    }

    /** The files of every report, oldest first. */
    public List<ObligationFile> getFiles() {
        return Collections.unmodifiableList(files);
    }
}
