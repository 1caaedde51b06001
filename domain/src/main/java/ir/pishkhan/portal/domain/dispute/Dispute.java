package ir.pishkhan.portal.domain.dispute;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.shared.BusinessException;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A dispute between an agency and one or more offices (resolution 15: Post Bank and four offices), opened by the
 * secretariat under a resolution and the earlier clause it rests on. Each side states its case with files — a named
 * office's operator for that office, the agency's liaison for the agency — the guild follows it up, and the
 * secretariat proposes a settlement, withdraws it, settles the dispute on it, or refers the dispute to the working
 * group's meeting. The table is {@link DisputeAction}; each step is on the timeline, through the kernel. Nothing is
 * deleted.
 */
@Entity
@Table(name = "dispute")
public class Dispute extends Workflow<DisputeStatus, DisputeAction, DisputeEntry> {

    private static final long serialVersionUID = 1L;

    /** What sets this workflow's tracking numbers apart: {@code D1405-123}. */
    public static final String TRACKING_PREFIX = "D";
    public static final int TEXT_MIN = 10;
    public static final int MATTER_MAX = 2000;
    public static final int STATEMENT_MAX = 4000;
    public static final int NOTE_MAX = 2000;
    public static final int SEARCH_KEY_MAX = 3000;

    @Id
    @SequenceGenerator(name = "dispute_seq", sequenceName = "dispute_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "dispute_office", joinColumns = @JoinColumn(name = "dispute_id"),
            inverseJoinColumns = @JoinColumn(name = "office_id"))
    @OrderBy("licenceNumber")
    private List<Office> offices = new ArrayList<>();

    @Column(name = "matter", nullable = false, updatable = false, length = MATTER_MAX)
    private String matter;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false, updatable = false)
    private Resolution resolution;

    /** The earlier clause the resolution rests on (res. 15: clause 9 of the 13th meeting); none when it rests on none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cited_resolution_id", updatable = false)
    private Resolution cited;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DisputeStatus status;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 40)
    private String openedBy;

    /** The secretariat's settlement proposal standing now; none when none is (a withdrawn one stays on the timeline). */
    @Column(name = "proposal", length = STATEMENT_MAX)
    private String proposal;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The matter and the parties' names, folded as {@code PersianText.normalize}: what the list's search looks in. */
    @Column(name = "search_key", nullable = false, updatable = false, length = SEARCH_KEY_MAX)
    private String searchKey;

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<DisputeEntry> entries = new ArrayList<>();

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DisputeFile> files = new ArrayList<>();

    protected Dispute() {
    }

    /**
     * The secretariat opens a dispute between an agency and one or more offices, on a matter, under a resolution and
     * (where it has one) the earlier clause it rests on.
     */
    public static Dispute open(Agency agency, Collection<Office> offices, String matter, Resolution resolution,
                               Resolution cited, Actor actor, Instant now) {
        requireRole(actor, DisputeAction.OPEN_DISPUTE);
        if (agency == null) {
            throw new BusinessException.InvalidInput("dispute.agency.required");
        }
        Set<Office> parties = offices == null ? Set.of()
                : offices.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        if (parties.isEmpty()) {
            throw new BusinessException.InvalidInput("dispute.offices.required");
        }
        if (resolution == null) {
            throw new BusinessException.InvalidInput("dispute.resolution.required");
        }
        String m = Texts.required(matter, TEXT_MIN, MATTER_MAX, "dispute.matter.invalid");
        Dispute d = new Dispute();
        d.agency = agency;
        d.offices.addAll(parties);
        d.matter = m;
        d.resolution = resolution;
        d.cited = cited;
        d.status = DisputeStatus.OPEN;
        d.filedAt = now;
        d.openedBy = actor.username();
        d.searchKey = Texts.searchKey(Stream.concat(Stream.of(m, agency.getNameFa(), agency.getNameEn()),
                        parties.stream().flatMap(o -> Stream.of(o.getNameFa(), o.getNameEn(), o.getLicenceNumber())))
                .filter(Objects::nonNull).collect(Collectors.joining(" ")), SEARCH_KEY_MAX);
        d.record(actor, DisputeAction.OPEN_DISPUTE, null, DisputeStatus.OPEN, null,
                new OpenedRecord(resolution.reference(), cited == null ? null : cited.reference(), parties.size()),
                Visibility.PUBLIC, now);
        return d;
    }

    // --- the sides ---

    /** A named office's operator states the office's side, with (checked) files. Another office has no side here. */
    public void officeStatement(Actor actor, Office office, String text, List<EvidenceFile> evidence, Instant now) {
        check(actor, DisputeAction.OFFICE_STATEMENT);
        if (office == null || !offices.contains(office)) {
            throw new BusinessException.AccessDenied();
        }
        statement(actor, DisputeAction.OFFICE_STATEMENT, office.getLicenceNumber(), text, evidence, now);
    }

    /** The agency's liaison states the agency's side, with (checked) files. Another agency has no side here. */
    public void agencyStatement(Actor actor, Agency of, String text, List<EvidenceFile> evidence, Instant now) {
        check(actor, DisputeAction.AGENCY_STATEMENT);
        if (of == null || !of.equals(agency)) {
            throw new BusinessException.AccessDenied();
        }
        statement(actor, DisputeAction.AGENCY_STATEMENT, agency.getCode(), text, evidence, now);
    }

    private void statement(Actor actor, DisputeAction action, String party, String text, List<EvidenceFile> evidence,
                           Instant now) {
        String t = Texts.required(text, TEXT_MIN, STATEMENT_MAX, "dispute.statement.invalid");
        List<EvidenceFile> checked = evidence == null ? List.of() : List.copyOf(evidence);
        if (checked.size() > EvidenceFile.MAX_FILES) {
            throw new BusinessException.InvalidInput("file.tooMany", EvidenceFile.MAX_FILES);
        }
        // a step that changes no state, with its facts: the party it speaks for
        DisputeEntry s = record(actor, action, status, status, t, new StatementRecord(party, checked.size()),
                Visibility.PUBLIC, now);
        for (EvidenceFile f : checked) {
            files.add(new DisputeFile(this, s, f));
        }
    }

    // --- the guild ---

    /** The guild's follow-up note (res. 15: the guild reports on the dispute): the secretariat and the guild read it. */
    public void guildNote(Actor actor, String text, Instant now) {
        check(actor, DisputeAction.GUILD_NOTE);
        note(actor, DisputeAction.GUILD_NOTE, Texts.required(text, TEXT_MIN, NOTE_MAX, "dispute.note.invalid"),
                Visibility.STAFF, now);
    }

    // --- the secretariat ---

    /** The secretariat's settlement proposal, which every side reads. */
    public void propose(Actor actor, String text, Instant now) {
        check(actor, DisputeAction.PROPOSE);
        String p = Texts.required(text, TEXT_MIN, STATEMENT_MAX, "dispute.proposal.invalid");
        proposal = p;
        transition(actor, DisputeAction.PROPOSE, DisputeStatus.PROPOSED, p, null, Visibility.PUBLIC, now);
    }

    /** The secretariat withdraws its proposal, with a reason: the dispute is open again. */
    public void withdrawProposal(Actor actor, String reason, Instant now) {
        check(actor, DisputeAction.WITHDRAW_PROPOSAL);
        String r = Texts.required(reason, TEXT_MIN, NOTE_MAX, "dispute.reason.invalid");
        proposal = null;
        transition(actor, DisputeAction.WITHDRAW_PROPOSAL, DisputeStatus.OPEN, r, null, Visibility.PUBLIC, now);
    }

    /** The dispute is settled on the proposal standing. */
    public void settle(Actor actor, String comment, Instant now) {
        check(actor, DisputeAction.SETTLE);
        String c = Texts.optional(comment, NOTE_MAX, "dispute.comment.invalid");
        closedAt = now;
        transition(actor, DisputeAction.SETTLE, DisputeStatus.SETTLED, c, null, Visibility.PUBLIC, now);
    }

    /** Unsettled, the dispute is referred to the working group's meeting, with the reason. */
    public void refer(Actor actor, String reason, Instant now) {
        check(actor, DisputeAction.REFER);
        String r = Texts.required(reason, TEXT_MIN, NOTE_MAX, "dispute.reason.invalid");
        closedAt = now;
        transition(actor, DisputeAction.REFER, DisputeStatus.REFERRED, r, null, Visibility.PUBLIC, now);
    }

    // --- reading ---

    /** Whether the office is one of the dispute's sides. */
    public boolean names(Long officeId) {
        return officeId != null && offices.stream().anyMatch(o -> officeId.equals(o.getId()));
    }

    /** A dispute has no deadline: it is never overdue. */
    @Override
    public boolean isOverdue(LocalDate today) {
        return false;
    }

    /** The dispute a tracking number names, when the text is one (the prefix {@code D}, any case and digits). */
    public static Optional<TrackingNumber> trackingNumber(String text) {
        return TrackingNumber.parse(TRACKING_PREFIX, text);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public DisputeStatus getStatus() {
        return status;
    }

    @Override
    protected void setStatus(DisputeStatus status) {
        this.status = status;
    }

    @Override
    protected List<DisputeEntry> entries() {
        return entries;
    }

    @Override
    protected DisputeEntry newEntry(Instant at, Actor actor, DisputeAction action, DisputeStatus from,
                                    DisputeStatus to, String text, StepRecord record, Visibility visibility) {
        return new DisputeEntry(this, at, actor, action, from, to, text, record, visibility);
    }

    @Override
    public String workflowName() {
        return "dispute";
    }

    @Override
    public String getTrackingNumber() {
        return TrackingNumber.of(TRACKING_PREFIX, id, filedAt);
    }

    /** Several offices may be a dispute's sides: none is "the" office ({@link #getOffices}, {@link #names}). */
    @Override
    public Long officeId() {
        return null;
    }

    @Override
    public Long agencyId() {
        return agency.getId();
    }

    public Agency getAgency() {
        return agency;
    }

    /** The offices in dispute, by licence number. */
    public List<Office> getOffices() {
        return Collections.unmodifiableList(offices);
    }

    public String getMatter() {
        return matter;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Resolution getCited() {
        return cited;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public String getProposal() {
        return proposal;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The files of every statement, oldest first. */
    public List<DisputeFile> getFiles() {
        return Collections.unmodifiableList(files);
    }
}
