package ir.pishkhan.portal.domain.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.UniqueConstraint;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A numbered resolution (مصوبه) of a meeting: its verbatim Persian text as in the minutes, what it obliges or
 * forbids and of whom, its deadline, and the earlier resolutions it cites.
 */
@Entity
@Table(name = "resolution", uniqueConstraints = @UniqueConstraint(columnNames = {"meeting_id", "number"}))
public class Resolution implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Resolutions in one order everywhere: by meeting, then by number. */
    public static final Comparator<Resolution> ORDER = Comparator.comparingInt((Resolution r) -> r.getMeeting().getNumber())
            .thenComparingInt(Resolution::getNumber);

    public static final int TEXT_MAX = 10000;
    public static final int SUMMARY_MAX = 2000;

    /** An earlier resolution a draft cites, found in the register, and what this one does to it (or null). */
    record Cited(Resolution target, Effect effect, LocalDate newDeadline) {
    }

    @Id
    @SequenceGenerator(name = "resolution_seq", sequenceName = "resolution_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resolution_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "number", nullable = false)
    private int number;

    /** Verbatim, as in the minutes (their letter forms kept); null where the minutes are not held. */
    @Column(name = "text_fa", length = TEXT_MAX)
    private String textFa;

    @Column(name = "summary_en", length = SUMMARY_MAX)
    private String summaryEn;

    @Embedded
    private Deadline deadline = Deadline.none();

    @Column(name = "violations_board", nullable = false)
    private boolean referralToViolationsBoard;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resolution_kind", joinColumns = @JoinColumn(name = "resolution_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20)
    private Set<ResolutionKind> kinds = EnumSet.noneOf(ResolutionKind.class);

    @ManyToMany
    @JoinTable(name = "resolution_obligated", joinColumns = @JoinColumn(name = "resolution_id"),
            inverseJoinColumns = @JoinColumn(name = "party_code"))
    @OrderBy("code")
    private Set<Party> obligated = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "resolution_reports_to", joinColumns = @JoinColumn(name = "resolution_id"),
            inverseJoinColumns = @JoinColumn(name = "party_code"))
    @OrderBy("code")
    private Set<Party> reportsTo = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "resolution_citation", joinColumns = @JoinColumn(name = "resolution_id"),
            inverseJoinColumns = @JoinColumn(name = "cited_id"))
    private List<Resolution> cites = new ArrayList<>();

    /** What this resolution does to the earlier ones it cites. */
    @OneToMany(mappedBy = "resolution", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ResolutionEffect> effects = new ArrayList<>();

    /** Its earlier wordings, each replaced by a correction: the first published is 1. */
    @OneToMany(mappedBy = "resolution", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ResolutionVersion> versions = new ArrayList<>();

    protected Resolution() {
    }

    Resolution(Meeting meeting, int number, String textFa, String summaryEn, Deadline deadline) {
        if (number < 1) {
            throw new IllegalArgumentException("A resolution number is positive");
        }
        this.meeting = meeting;
        this.number = number;
        this.textFa = textFa;
        this.summaryEn = summaryEn;
        this.deadline = deadline == null ? Deadline.none() : deadline;
    }

    /** A draft's resolution written (again) from the form, its citations already checked by the meeting. */
    void write(ResolutionDraft draft, List<Cited> cited) {
        this.textFa = draft.textFa().strip();
        this.summaryEn = draft.summaryEn() == null || draft.summaryEn().isBlank() ? null : draft.summaryEn().strip();
        this.deadline = draft.deadline();
        kinds.clear();
        referralToViolationsBoard = false;
        draft.kinds().forEach(this::addKind);
        obligated.clear();
        obligated.addAll(draft.obligated());
        cites.clear();
        effects.clear();
        for (Cited c : cited) {
            cite(c.target());
            if (c.effect() != null) {
                effects.add(new ResolutionEffect(this, c.target(), c.effect(), c.newDeadline()));
            }
        }
    }

    void renumber(int newNumber) {
        this.number = newNumber;
    }

    /** The wording in force becomes an earlier version, with the reason it was corrected; returns the new version. */
    int correct(String newTextFa, String newSummaryEn, String reason, String by, Instant at) {
        if (newTextFa.equals(textFa) && java.util.Objects.equals(newSummaryEn, summaryEn)) {
            throw new ir.pishkhan.portal.domain.shared.BusinessException.InvalidInput("resolution.correction.same");
        }
        versions.add(new ResolutionVersion(this, versions.size() + 1, textFa == null ? "" : textFa, summaryEn, reason,
                by, at));
        this.textFa = newTextFa;
        this.summaryEn = newSummaryEn;
        return versions.size() + 1;
    }

    /** The number of the wording in force: 1 until a correction. */
    public int getVersion() {
        return versions.size() + 1;
    }

    /** The earlier wordings, oldest first. */
    public List<ResolutionVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public List<ResolutionEffect> getEffects() {
        return Collections.unmodifiableList(effects);
    }

    /** "15/3" */
    public String reference() {
        return meeting.getNumber() + "/" + number;
    }

    public void addKind(ResolutionKind kind) {
        kinds.add(kind);
        if (kind == ResolutionKind.SANCTION) {
            referralToViolationsBoard = true;
        }
    }

    public void addObligated(Party party) {
        obligated.add(party);
    }

    public void addReportsTo(Party party) {
        reportsTo.add(party);
    }

    public void cite(Resolution earlier) {
        if (earlier.meeting.getNumber() >= meeting.getNumber()) {
            throw new IllegalArgumentException("A resolution cites only earlier meetings");
        }
        if (!cites.contains(earlier)) {
            cites.add(earlier);
        }
    }

    /** The day the resolution must be carried out by, computed from its deadline and the meeting's date. */
    public Optional<LocalDate> dueDate() {
        return deadline.dueDate(meeting.getHeldOn());
    }

    public boolean isTextKnown() {
        return textFa != null;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getNumber() {
        return number;
    }

    public String getTextFa() {
        return textFa;
    }

    /**
     * The first {@code words} words of a text, as a title a list shows beside the number ("…" where it was cut): the
     * minutes give resolutions no titles of their own.
     */
    public static String shortTitle(String text, int words) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] all = text.trim().split("\\s+");
        return all.length <= words ? String.join(" ", all) : String.join(" ", Arrays.asList(all).subList(0, words)) + " …";
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public Deadline getDeadline() {
        return deadline;
    }

    public boolean isReferralToViolationsBoard() {
        return referralToViolationsBoard;
    }

    public Set<ResolutionKind> getKinds() {
        return kinds.isEmpty() ? EnumSet.noneOf(ResolutionKind.class) : EnumSet.copyOf(kinds);
    }

    public Set<Party> getObligated() {
        return Collections.unmodifiableSet(obligated);
    }

    public Set<Party> getReportsTo() {
        return Collections.unmodifiableSet(reportsTo);
    }

    public List<Resolution> getCites() {
        return Collections.unmodifiableList(cites);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Resolution r)) {
            return false;
        }
        return id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Resolution.class.hashCode();
    }
}
