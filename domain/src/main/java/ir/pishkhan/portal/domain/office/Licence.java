package ir.pishkhan.portal.domain.office;

import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.meeting.Resolution;
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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An office's licence with its history (res. 17, 14): each change — with the day it took effect and the resolutions
 * or order behind it — is a step of the kernel, on the licence's timeline, and moves the office's own status with it
 * (the offices' register lists them by it). The table is {@link LicenceAction}. Identified by its office's id: an
 * office whose licence has had no change yet has none stored ({@link #asFound}), and its first change stores it.
 */
@Entity
@Table(name = "licence")
public class Licence extends Workflow<LicenceStatus, LicenceAction, LicenceEntry> {

    private static final long serialVersionUID = 1L;

    public static final int ORDER_MAX = 200;
    public static final int NOTE_MAX = 2000;

    @Id
    @Column(name = "office_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id", insertable = false, updatable = false)
    private Office office;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LicenceStatus status;

    @OneToMany(mappedBy = "licence", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<LicenceEntry> entries = new ArrayList<>();

    protected Licence() {
    }

    /** The licence of an office as the office's status has it, before any change is recorded. */
    public static Licence asFound(Office office) {
        Licence l = new Licence();
        l.office = Objects.requireNonNull(office);
        l.id = Objects.requireNonNull(office.getId(), "a stored office");
        l.status = office.getStatus();
        return l;
    }

    /**
     * The secretariat records a licence as the province's records have it (the reference data of res. 17), with the
     * resolutions behind that state; the office takes the state.
     */
    public static Licence record(Office office, LicenceStatus status, LocalDate effective, List<Resolution> resolutions,
                                 String order, Actor actor, Instant now) {
        requireRole(actor, LicenceAction.RECORD);
        Licence l = asFound(office);
        LicenceChange basis = basis(null, resolutions, order);
        l.status = Objects.requireNonNull(status);
        office.licenceMoved(status);
        l.record(actor, LicenceAction.RECORD, null, status, null, new LicenceChange(effective, basis.resolutions(),
                basis.order()), Visibility.PUBLIC, now);
        return l;
    }

    /**
     * A change of the licence: its role (and for a conversion, the regulator's liaison: {@code agencyKind} is the
     * actor's agency's kind), a state it may be made from, the day it took effect, and the resolutions or the order
     * behind it (at least one). A refused change changes nothing.
     */
    public LicenceEntry change(LicenceAction action, Actor actor, AgencyKind agencyKind, LocalDate effective,
                               List<Resolution> resolutions, String order, String note, Instant now) {
        if (action == null || action == LicenceAction.RECORD) {
            throw new IllegalArgumentException("not a change: " + action);
        }
        requireRole(actor, action);
        if (action == LicenceAction.CONVERT && agencyKind != AgencyKind.REGULATOR) {
            throw new BusinessException.AccessDenied();
        }
        check(actor, action);
        if (action == LicenceAction.ASSIGN && office.getKind() != OfficeKind.RURAL) {
            throw new BusinessException.InvalidInput("licence.assign.rural");
        }
        if (effective == null) {
            throw new BusinessException.InvalidInput("licence.effective.required");
        }
        LicenceChange basis = basis(effective, resolutions, order);
        String n = Texts.optional(note, NOTE_MAX, "licence.note.invalid");
        office.licenceMoved(action.to());
        return transition(actor, action, action.to(), n, basis, Visibility.PUBLIC, now);
    }

    private static LicenceChange basis(LocalDate effective, List<Resolution> resolutions, String order) {
        // in the order of the meetings, whatever order they came in (a resolution's citations have none)
        List<Resolution> rs = resolutions == null ? List.of() : resolutions.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing((Resolution r) -> r.getMeeting().getNumber())
                        .thenComparing(Resolution::getNumber)).toList();
        String o = Texts.optional(order, ORDER_MAX, "licence.order.invalid");
        if (rs.isEmpty() && o == null) {
            throw new BusinessException.InvalidInput("licence.basis.required");
        }
        return LicenceChange.of(effective, rs, o);
    }

    /** Whether any change is stored (else the licence is as its office's status says, with no history). */
    public boolean isRecorded() {
        return !entries.isEmpty();
    }

    @Override
    public boolean isOverdue(LocalDate today) {
        return false;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public LicenceStatus getStatus() {
        return status;
    }

    @Override
    protected void setStatus(LicenceStatus status) {
        this.status = status;
    }

    @Override
    protected List<LicenceEntry> entries() {
        return entries;
    }

    @Override
    protected LicenceEntry newEntry(Instant at, Actor actor, LicenceAction action, LicenceStatus from,
                                   LicenceStatus to, String text, StepRecord record, Visibility visibility) {
        return new LicenceEntry(this, at, actor, action, from, to, text, record, visibility);
    }

    @Override
    public String workflowName() {
        return "licence";
    }

    /** The licence number. */
    @Override
    public String getTrackingNumber() {
        return office.getLicenceNumber();
    }

    @Override
    public Long officeId() {
        return id;
    }

    /** No agency must act on it (the regulator converts, but the record is everyone's to read). */
    @Override
    public Long agencyId() {
        return null;
    }

    public Office getOffice() {
        return office;
    }
}
