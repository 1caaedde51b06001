package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.meeting.Meeting;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository.OfficeLines;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository.ProviderFigures;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository.Waiting;
import ir.pishkhan.portal.domain.linerequest.LineStanding;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The line requests' reports to the working group, read-only: the guild association's follow-up (resolution 10) —
 * per provider how the requests sent to it stand, per office what it still waits for — which the secretariat sees
 * too; and the secretariat's report on resolution 1 as of its deadline: which offices had their lines. Every figure
 * is counted in the database; the lists are paged there.
 */
@Stateless
public class LineReportService {

    /** The working group's 14th meeting: resolution 1's deadline is its date. */
    private static final int MEETING = Meeting.FOURTEENTH;

    @Inject
    private LineRequestRepository requests;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private MeetingRepository meetings;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A provider's figures, with the provider. */
    public record ProviderRow(Agency provider, ProviderFigures figures) implements Serializable {
    }

    /** What an office waits for from a provider, with both. */
    public record WaitingRow(Office office, Agency provider, Waiting waiting) implements Serializable {
    }

    /** An office's standing under resolution 1, with the office. */
    public record OfficeRow(Office office, OfficeLines lines) implements Serializable {
    }

    /** Resolution 1, its deadline, and how many offices stand where as of it. */
    public record Resolution1(Resolution resolution, LocalDate deadline, Map<LineStanding, Long> offices)
            implements Serializable {
        public long total() {
            return offices.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * How the requests sent to each provider (within the days given, in Tehran; either bound null for none) stand
     * today, one row per provider that was sent any.
     */
    @RolesAllowed({Roles.GUILD, Roles.SECRETARIAT})
    public List<ProviderRow> providers(LocalDate sentFrom, LocalDate sentTo) {
        if (sentFrom != null && sentTo != null && sentTo.isBefore(sentFrom)) {
            throw new BusinessException.InvalidInput("reports.period.invalid");
        }
        return requests.providerFigures(sentFrom, sentTo, JalaliDates.today()).stream()
                .map(f -> new ProviderRow(agency(f.agencyId()), f)).toList();
    }

    /** A page of what offices still wait for, today. */
    @RolesAllowed({Roles.GUILD, Roles.SECRETARIAT})
    public Page<WaitingRow> waiting(PageRequest page) {
        Page<Waiting> rows = requests.waiting(null, JalaliDates.today(), page);
        Map<Long, Office> offices = offices(rows.items().stream().map(Waiting::officeId).toList());
        return new Page<>(rows.items().stream()
                .map(w -> new WaitingRow(offices.get(w.officeId()), agency(w.agencyId()), w)).toList(), rows.total());
    }

    // the guild too: the report to a meeting, which the guild reads, has resolution 1's table (its own page and file
    // stay the secretariat's, by their path under /secretariat/)
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD})
    public Resolution1 resolution1() {
        Resolution r = resolution1Itself();
        LocalDate deadline = r.dueDate().orElseThrow(() -> new IllegalStateException("Resolution 1 has no date"));
        return new Resolution1(r, deadline, new EnumMap<>(requests.resolution1Summary(deadline)));
    }

    /** A page of the offices, by licence number, whose overall standing is one of these (empty: every office). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD})
    public Page<OfficeRow> resolution1Offices(Set<LineStanding> standings, PageRequest page) {
        LocalDate deadline = resolution1Itself().dueDate().orElseThrow();
        Page<OfficeLines> rows = requests.resolution1(deadline, standings, page);
        Map<Long, Office> offices = offices(rows.items().stream().map(OfficeLines::officeId).toList());
        return new Page<>(rows.items().stream().map(o -> new OfficeRow(offices.get(o.officeId()), o)).toList(),
                rows.total());
    }

    private Resolution resolution1Itself() {
        Resolution r = meetings.resolution(MEETING, 1)
                .orElseThrow(() -> new IllegalStateException("Resolution 1 of meeting " + MEETING + " is missing"));
        r.getMeeting().getNumber();
        return r;
    }

    private Agency agency(long id) {
        return agencies.byId(id).orElseThrow(() -> new IllegalStateException("No agency " + id));
    }

    /** The offices of a page's rows, read in one query. */
    private Map<Long, Office> offices(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Office> out = em.createQuery("SELECT o FROM Office o WHERE o.id IN :ids", Office.class)
                .setParameter("ids", new HashSet<>(ids)).getResultStream()
                .collect(Collectors.toMap(Office::getId, o -> o));
        if (!out.keySet().containsAll(ids)) {
            throw new IllegalStateException("An office of the report is missing");
        }
        return out;
    }
}
