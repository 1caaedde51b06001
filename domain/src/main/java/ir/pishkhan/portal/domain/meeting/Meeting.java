package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.complaint.AttachmentContent;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.StepRecord;
import ir.pishkhan.portal.domain.workflow.Texts;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A numbered meeting of the provincial working group, and the register's one workflow the secretariat writes: a
 * meeting is created as a DRAFT — its facts, agenda and resolutions edited freely — and PUBLISHED, after which its
 * resolutions are in force and their text is fixed: a correction is a new version with its reason. Each step is on
 * its timeline. Earlier meetings that later resolutions cite exist as published records even where their minutes
 * are not known.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends Workflow<MeetingStatus, MeetingAction, MeetingEntry> {

    private static final long serialVersionUID = 1L;

    /**
     * The 14th meeting, whose resolutions the portal's rules cite by number (the kinds of complaint, the deadlines of
     * lines, the escalation of resolution 13).
     */
    public static final int FOURTEENTH = 14;

    public static final int PLACE_MAX = 200;
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    @Id
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    private Long id;

    @Column(name = "number", nullable = false, unique = true)
    private int number;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "held_at", length = 5)
    private String heldAt;

    @Column(name = "place_fa", length = PLACE_MAX)
    private String placeFa;

    @Column(name = "minutes_known", nullable = false)
    private boolean minutesKnown;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PUBLISHED;

    @ManyToMany
    @JoinTable(name = "meeting_present", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "party_code"))
    @OrderBy("code")
    private Set<Party> present = new LinkedHashSet<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Resolution> resolutions = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    private List<MeetingEntry> entries = new ArrayList<>();

    @Column(name = "minutes_file_name", length = EvidenceFile.NAME_MAX)
    private String minutesFileName;

    @Column(name = "minutes_content_type", length = 40)
    private String minutesContentType;

    @Column(name = "minutes_size")
    private Integer minutesSize;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "minutes_content_id")
    private AttachmentContent minutes;

    protected Meeting() {
    }

    /** A published meeting of the register's past whose minutes the portal holds (the seed's 14th). */
    public static Meeting withMinutes(int number, LocalDate heldOn, String heldAt, String placeFa) {
        Meeting m = new Meeting(number);
        m.heldOn = heldOn;
        m.heldAt = heldAt;
        m.placeFa = placeFa;
        m.minutesKnown = true;
        return m;
    }

    /** A meeting of the register's past known only because later resolutions cite it. */
    public static Meeting citedOnly(int number) {
        return new Meeting(number);
    }

    private Meeting(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("A meeting number is positive");
        }
        this.number = number;
    }

    /** The secretariat drafts a new meeting. Whether its number is free is the register's to say. */
    public static Meeting create(Actor actor, MeetingFacts facts, Instant now) {
        requireRole(actor, MeetingAction.CREATE);
        Meeting m = new Meeting(validNumber(facts.number()));
        m.status = MeetingStatus.DRAFT;
        m.minutesKnown = true;
        m.setFacts(facts);
        m.record(actor, MeetingAction.CREATE, null, MeetingStatus.DRAFT, null, null, Visibility.PUBLIC, now);
        return m;
    }

    private static int validNumber(int number) {
        if (number < 1) {
            throw new BusinessException.InvalidInput("meeting.number.invalid");
        }
        return number;
    }

    private void setFacts(MeetingFacts facts) {
        if (facts.heldOn() == null) {
            throw new BusinessException.InvalidInput("meeting.date.required");
        }
        String time = Texts.optional(facts.heldAt(), 5, "meeting.time.invalid");
        if (time != null && !TIME.matcher(time).matches()) {
            throw new BusinessException.InvalidInput("meeting.time.invalid");
        }
        String place = Texts.optional(facts.placeFa(), PLACE_MAX, "meeting.place.invalid");
        for (Resolution r : resolutions) {
            requireNotBefore(r.getDeadline(), facts.heldOn());
            r.getEffects().forEach(e -> requireNotBefore(e.getNewDeadline(), facts.heldOn()));
        }
        this.number = validNumber(facts.number());
        this.heldOn = facts.heldOn();
        this.heldAt = time;
        this.placeFa = place;
        this.present.clear();
        this.present.addAll(facts.present());
    }

    /** Edits a draft's facts; its resolutions' deadlines must still fall on or after the meeting. */
    public void edit(Actor actor, MeetingFacts facts, Instant now) {
        check(actor, MeetingAction.EDIT);
        setFacts(facts);
        note(actor, MeetingAction.EDIT, null, Visibility.PUBLIC, now);
    }

    // --- resolutions ---

    /**
     * Adds a resolution to a draft: its number free in this meeting, its text, at least one kind, a deadline not
     * before the meeting, and the earlier resolutions it cites — each in the published register, and none it would
     * amend, supersede or extend already repealed. Refused whole: nothing is added.
     */
    public Resolution addResolution(Actor actor, ResolutionDraft draft, Register register, Instant now) {
        check(actor, MeetingAction.ADD_RESOLUTION);
        if (draft.number() < 1) {
            throw new BusinessException.InvalidInput("resolution.number.invalid");
        }
        if (findResolution(draft.number()).isPresent()) {
            throw new BusinessException.InvalidInput("resolution.number.taken", number, draft.number());
        }
        List<Resolution.Cited> cited = cited(draft, register, null);
        Resolution r = new Resolution(this, draft.number(), null, null, Deadline.none());
        r.write(draft, cited);
        resolutions.add(r);
        record(actor, MeetingAction.ADD_RESOLUTION, status, status, null, MeetingStep.resolution(draft.number()),
                Visibility.PUBLIC, now);
        return r;
    }

    /** Changes a draft's resolution (its number may change, to one free in the meeting). Published text: refused. */
    public Resolution changeResolution(Actor actor, int resolutionNumber, ResolutionDraft draft, Register register,
                                       Instant now) {
        requirePublishedUnchanged(actor);
        check(actor, MeetingAction.CHANGE_RESOLUTION);
        Resolution r = resolution(resolutionNumber);
        if (draft.number() < 1) {
            throw new BusinessException.InvalidInput("resolution.number.invalid");
        }
        if (draft.number() != resolutionNumber && findResolution(draft.number()).isPresent()) {
            throw new BusinessException.InvalidInput("resolution.number.taken", number, draft.number());
        }
        List<Resolution.Cited> cited = cited(draft, register, r);
        r.renumber(draft.number());
        r.write(draft, cited);
        record(actor, MeetingAction.CHANGE_RESOLUTION, status, status, null, MeetingStep.resolution(draft.number()),
                Visibility.PUBLIC, now);
        return r;
    }

    /** Removes a resolution from a draft (never from a published meeting). */
    public void removeResolution(Actor actor, int resolutionNumber, Instant now) {
        requirePublishedUnchanged(actor);
        check(actor, MeetingAction.REMOVE_RESOLUTION);
        Resolution r = resolution(resolutionNumber);
        resolutions.remove(r);
        record(actor, MeetingAction.REMOVE_RESOLUTION, status, status, null, MeetingStep.resolution(resolutionNumber),
                Visibility.PUBLIC, now);
    }

    /**
     * Corrects a published resolution: the wording in force becomes an earlier version, kept with the reason, and
     * the new wording is the resolution's text. Its number, kinds, parties, deadline and effects do not change.
     */
    public Resolution correctResolution(Actor actor, int resolutionNumber, String textFa, String summaryEn,
                                        String reason, Instant now) {
        check(actor, MeetingAction.CORRECT_RESOLUTION);
        Resolution r = resolution(resolutionNumber);
        int version = r.correct(Texts.required(textFa, 1, Resolution.TEXT_MAX, "resolution.text.invalid"),
                Texts.optional(summaryEn, Resolution.SUMMARY_MAX, "resolution.summary.invalid"),
                Texts.required(reason, 5, ResolutionVersion.REASON_MAX, "resolution.correction.reason.invalid"),
                actor.username(), now);
        record(actor, MeetingAction.CORRECT_RESOLUTION, status, status, reason.strip(),
                MeetingStep.corrected(resolutionNumber, version), Visibility.PUBLIC, now);
        return r;
    }

    /** Editing a published resolution is refused with its own sentence, before the table's general one. */
    private void requirePublishedUnchanged(Actor actor) {
        requireRole(actor, MeetingAction.CHANGE_RESOLUTION);
        if (status == MeetingStatus.PUBLISHED) {
            throw new BusinessException.InvalidInput("resolution.published.immutable");
        }
    }

    private Resolution resolution(int resolutionNumber) {
        return findResolution(resolutionNumber).orElseThrow(BusinessException.NotFound::new);
    }

    /** The draft's citations checked against the register and this draft's other resolutions. */
    private List<Resolution.Cited> cited(ResolutionDraft draft, Register register, Resolution changing) {
        Texts.required(draft.textFa(), 1, Resolution.TEXT_MAX, "resolution.text.invalid");
        Texts.optional(draft.summaryEn(), Resolution.SUMMARY_MAX, "resolution.summary.invalid");
        if (draft.kinds().isEmpty()) {
            throw new BusinessException.InvalidInput("resolution.kinds.required");
        }
        requireNotBefore(draft.deadline(), heldOn);
        // what this draft's other resolutions already repeal counts as repealed too: the meeting publishes them at once
        Set<Resolution> repealedHere = new HashSet<>();
        for (Resolution other : resolutions) {
            if (other != changing) {
                other.getEffects().stream().filter(e -> e.getEffect() == Effect.REPEALS)
                        .forEach(e -> repealedHere.add(e.getTarget()));
            }
        }
        List<Resolution.Cited> out = new ArrayList<>();
        Set<Resolution> seen = new HashSet<>();
        for (Citation c : draft.citations()) {
            Resolution target = (c.meeting() < number ? register.published(c.meeting(), c.number()) : Optional.<Resolution>empty())
                    .orElseThrow(() -> new BusinessException.InvalidInput("resolution.cited.unknown", c.meeting(), c.number()));
            if (!seen.add(target)) {
                throw new BusinessException.InvalidInput("resolution.cited.twice", c.meeting(), c.number());
            }
            if (c.effect() != null && c.effect().needsTargetInForce()
                    && (register.standing(target).isRepealed() || repealedHere.contains(target))) {
                throw new BusinessException.InvalidInput("resolution.cited.repealed", c.meeting(), c.number());
            }
            if (c.effect() == Effect.EXTENDS_DEADLINE_OF) {
                if (c.newDeadline() == null) {
                    throw new BusinessException.InvalidInput("resolution.extension.dateRequired", c.meeting(), c.number());
                }
                requireNotBefore(Deadline.on(c.newDeadline()), heldOn);
            }
            out.add(new Resolution.Cited(target, c.effect(), c.newDeadline()));
        }
        return out;
    }

    private static void requireNotBefore(Deadline deadline, LocalDate meetingDate) {
        if (deadline != null && deadline.getType() == Deadline.Type.ABSOLUTE) {
            requireNotBefore(deadline.getDate(), meetingDate);
        }
    }

    private static void requireNotBefore(LocalDate date, LocalDate meetingDate) {
        if (date != null && meetingDate != null && date.isBefore(meetingDate)) {
            throw new BusinessException.InvalidInput("resolution.deadline.beforeMeeting");
        }
    }

    /**
     * Adds a resolution of the register's past as the seed loads it (the 14th meeting's, and the cited-only ones
     * later meetings cite): not a step of the cycle, and numbers are unique within a meeting.
     */
    public Resolution addResolution(int resolutionNumber, String textFa, String summaryEn, Deadline deadline) {
        if (findResolution(resolutionNumber).isPresent()) {
            throw new IllegalArgumentException("Meeting " + number + " already has resolution " + resolutionNumber);
        }
        Resolution r = new Resolution(this, resolutionNumber, textFa, summaryEn, deadline);
        resolutions.add(r);
        return r;
    }

    public Optional<Resolution> findResolution(int resolutionNumber) {
        return resolutions.stream().filter(r -> r.getNumber() == resolutionNumber).findFirst();
    }

    // --- agenda ---

    /** An item typed by hand into a draft's agenda. */
    public AgendaItem addAgendaItem(Actor actor, String title, Instant now) {
        return addItem(actor, title, AgendaItem.Source.HAND, null, null, now);
    }

    /** An item the portal proposed from a record (its kind and id), added to a draft's agenda. */
    public AgendaItem addProposal(Actor actor, String title, String sourceKind, long sourceId, Instant now) {
        return addItem(actor, title, AgendaItem.Source.PROPOSED,
                Texts.required(sourceKind, 1, 30, "agenda.source.invalid"), sourceId, now);
    }

    private AgendaItem addItem(Actor actor, String title, AgendaItem.Source source, String kind, Long id, Instant now) {
        check(actor, MeetingAction.ADD_AGENDA_ITEM);
        String t = Texts.required(title, 3, AgendaItem.TITLE_MAX, "agenda.title.invalid");
        int position = agenda.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
        AgendaItem item = new AgendaItem(this, position, t, source, kind, id);
        agenda.add(item);
        record(actor, MeetingAction.ADD_AGENDA_ITEM, status, status, null, MeetingStep.agendaItem(position),
                Visibility.PUBLIC, now);
        return item;
    }

    /** The meeting's decision on an item: a text, and for a proposal whether it was taken up or dropped. */
    public void decideAgendaItem(Actor actor, int position, String decision, AgendaItem.Outcome outcome, Instant now) {
        check(actor, MeetingAction.DECIDE_AGENDA_ITEM);
        AgendaItem item = agendaItem(position);
        String text = Texts.optional(decision, AgendaItem.DECISION_MAX, "agenda.decision.invalid");
        if (item.getSource() == AgendaItem.Source.PROPOSED ? outcome == null : text == null) {
            throw new BusinessException.InvalidInput("agenda.decision.required");
        }
        item.decide(text, outcome);
        record(actor, MeetingAction.DECIDE_AGENDA_ITEM, status, status, text, MeetingStep.agendaItem(position),
                Visibility.PUBLIC, now);
    }

    public void removeAgendaItem(Actor actor, int position, Instant now) {
        check(actor, MeetingAction.REMOVE_AGENDA_ITEM);
        agenda.remove(agendaItem(position));
        record(actor, MeetingAction.REMOVE_AGENDA_ITEM, status, status, null, MeetingStep.agendaItem(position),
                Visibility.PUBLIC, now);
    }

    private AgendaItem agendaItem(int position) {
        return agenda.stream().filter(i -> i.getPosition() == position).findFirst()
                .orElseThrow(BusinessException.NotFound::new);
    }

    // --- minutes and publishing ---

    /** Attaches the minutes (a PDF or an image, checked by content); a later file replaces the earlier one. */
    public void attachMinutes(Actor actor, EvidenceFile file, Instant now) {
        check(actor, MeetingAction.ATTACH_MINUTES);
        minutesFileName = file.fileName();
        minutesContentType = file.contentType();
        minutesSize = file.size();
        minutes = AttachmentContent.of(file);
        record(actor, MeetingAction.ATTACH_MINUTES, status, status, null, MeetingStep.minutes(file.fileName()),
                Visibility.PUBLIC, now);
    }

    /** Publishes a draft that has at least one resolution: its resolutions are in force from now. */
    public void publish(Actor actor, Instant now) {
        check(actor, MeetingAction.PUBLISH);
        if (resolutions.isEmpty()) {
            throw new BusinessException.InvalidInput("meeting.publish.empty");
        }
        transition(actor, MeetingAction.PUBLISH, MeetingStatus.PUBLISHED, null, null, Visibility.PUBLIC, now);
    }

    // --- the kernel ---

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public MeetingStatus getStatus() {
        return status;
    }

    @Override
    protected void setStatus(MeetingStatus status) {
        this.status = status;
    }

    @Override
    protected List<MeetingEntry> entries() {
        return entries;
    }

    @Override
    protected MeetingEntry newEntry(Instant at, Actor actor, MeetingAction action, MeetingStatus from, MeetingStatus to,
                                    String text, StepRecord record, Visibility visibility) {
        return new MeetingEntry(this, at, actor, action, from, to, text, record, visibility);
    }

    @Override
    public String workflowName() {
        return "meeting";
    }

    /** A meeting is known by its number, not a tracking number: nobody is notified of the register's steps. */
    @Override
    public String getTrackingNumber() {
        return null;
    }

    @Override
    public Long officeId() {
        return null;
    }

    @Override
    public Long agencyId() {
        return null;
    }

    @Override
    public boolean isOverdue(LocalDate today) {
        return false;
    }

    // --- reading ---

    public boolean isPublished() {
        return status == MeetingStatus.PUBLISHED;
    }

    public boolean isDraft() {
        return status == MeetingStatus.DRAFT;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getHeldAt() {
        return heldAt;
    }

    public String getPlaceFa() {
        return placeFa;
    }

    public boolean isMinutesKnown() {
        return minutesKnown;
    }

    public Set<Party> getPresent() {
        return Collections.unmodifiableSet(present);
    }

    public List<Resolution> getResolutions() {
        return Collections.unmodifiableList(resolutions);
    }

    public List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }

    public boolean hasMinutesFile() {
        return minutesFileName != null;
    }

    public String getMinutesFileName() {
        return minutesFileName;
    }

    public String getMinutesContentType() {
        return minutesContentType;
    }

    public Integer getMinutesSize() {
        return minutesSize;
    }

    /** The minutes' bytes (loaded only when asked for). */
    public byte[] minutesData() {
        return minutes == null ? null : minutes.getData();
    }
}
