package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.agency.Agency;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the portal proposes for a draft meeting's agenda (issue 9), from facts the repositories read:
 * <ul>
 * <li>an obligation overdue by more than {@code overdueDays} days (past its deadline, not verified), or one the
 * escalation ladder took to its "for the meeting" rung and still not verified;</li>
 * <li>a complaint the escalation ladder took to its "for the meeting" rung (the {@code escalation} row of rung
 * {@code FOR_MEETING} is the mark "to the meeting"), while the agency still owes its answer;</li>
 * <li>an agency with at least {@code upheldComplaints} upheld complaints against it in the last twelve months;</li>
 * <li>a line request the ladder escalated (any rung) and still with its provider.</li>
 * </ul>
 * A record already on the meeting's agenda — accepted or dropped — is not proposed again for that meeting. The domain
 * states the facts (kind, record, reference, agency, a count); the title is the bundle's {@code agenda.proposal.*}.
 */
public final class AgendaProposals {

    /** The kind of record a proposal comes from; {@link #sourceKind} is what an agenda item stores. */
    public enum Kind {
        OBLIGATION("obligation"), COMPLAINT("complaint"), AGENCY("agency"), LINE_REQUEST("lineRequest");

        private final String sourceKind;

        Kind(String sourceKind) {
            this.sourceKind = sourceKind;
        }

        public String sourceKind() {
            return sourceKind;
        }

        public static Kind of(String sourceKind) {
            for (Kind k : values()) {
                if (k.sourceKind.equals(sourceKind)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no proposal kind " + sourceKind);
        }
    }

    /**
     * An obligation: its id, the resolution it comes from ("14/1"), its agency, deadline, whether it is met, and whether
     * the escalation ladder took it to its "for the meeting" rung.
     */
    public record ObligationFact(long id, String resolution, Agency agency, LocalDate deadline, boolean met,
                                 boolean forMeeting) {

        /** One the ladder has not taken to the meeting. */
        public ObligationFact(long id, String resolution, Agency agency, LocalDate deadline, boolean met) {
            this(id, resolution, agency, deadline, met, false);
        }
    }

    /** A complaint on the ladder's meeting rung: whether the agency still owes its answer. */
    public record ComplaintFact(long id, String trackingNumber, Agency agency, boolean withAgency) {
    }

    /** An agency and how many complaints against it were upheld in the last twelve months. */
    public record AgencyFact(long id, Agency agency, long upheld) {
    }

    /** A line request the ladder escalated: whether it is still with its provider. */
    public record LineRequestFact(long id, String trackingNumber, Agency provider, boolean withProvider) {
    }

    /**
     * One proposal: the record's kind and id, the text that names it (a resolution, a tracking number; none for an
     * agency), its agency, and the number the title states (days overdue, upheld complaints; 0 otherwise).
     */
    public record Proposal(Kind kind, long recordId, String reference, Agency agency, long count) implements Serializable {

        public String titleKey() {
            return "agenda.proposal." + kind.sourceKind();
        }

        public String sourceKind() {
            return kind.sourceKind();
        }
    }

    /** A proposal's key on an agenda: the kind and id an item stores. */
    public record Source(String kind, long id) {
    }

    private final int overdueDays;
    private final int upheldComplaints;

    /** @throws IllegalArgumentException for a negative number of days, or fewer than one upheld complaint */
    public AgendaProposals(int overdueDays, int upheldComplaints) {
        if (overdueDays < 0 || upheldComplaints < 1) {
            throw new IllegalArgumentException("portal.agenda.overdueDays must be 0 or more and "
                    + "portal.agenda.upheldComplaints 1 or more: " + overdueDays + ", " + upheldComplaints);
        }
        this.overdueDays = overdueDays;
        this.upheldComplaints = upheldComplaints;
    }

    public int overdueDays() {
        return overdueDays;
    }

    public int upheldComplaints() {
        return upheldComplaints;
    }

    /** The latest deadline an obligation may have to be proposed today: more than {@code overdueDays} days before. */
    public LocalDate overdueDeadlineBefore(LocalDate today) {
        return today.minusDays(overdueDays);
    }

    /** Since when upheld complaints count: twelve months before the day (a year of the Gregorian calendar). */
    public static LocalDate upheldSince(LocalDate today) {
        return today.minusMonths(12);
    }

    public static Instant upheldSince(LocalDate today, java.time.ZoneId zone) {
        return upheldSince(today).atStartOfDay(zone).toInstant();
    }

    /** The proposals for a meeting whose agenda holds {@code onAgenda}, in the order: obligations, complaints, agencies, line requests. */
    public List<Proposal> propose(LocalDate today, Collection<ObligationFact> obligations,
                                  Collection<ComplaintFact> complaints, Collection<AgencyFact> agencies,
                                  Collection<LineRequestFact> lineRequests, Collection<Source> onAgenda) {
        Objects.requireNonNull(today, "today");
        Set<Source> taken = new HashSet<>(onAgenda);
        List<Proposal> out = new ArrayList<>();
        for (ObligationFact o : obligations) {
            if (!o.met() && o.deadline() != null) {
                long late = ChronoUnit.DAYS.between(o.deadline(), today);
                // the ladder's meeting rung says "to the meeting" sooner than the set days may
                if (late > overdueDays || (o.forMeeting() && late > 0)) {
                    add(out, taken, new Proposal(Kind.OBLIGATION, o.id(), o.resolution(), o.agency(), late));
                }
            }
        }
        for (ComplaintFact c : complaints) {
            if (c.withAgency()) {
                add(out, taken, new Proposal(Kind.COMPLAINT, c.id(), c.trackingNumber(), c.agency(), 0));
            }
        }
        for (AgencyFact a : agencies) {
            if (a.upheld() >= upheldComplaints) {
                add(out, taken, new Proposal(Kind.AGENCY, a.id(), null, a.agency(), a.upheld()));
            }
        }
        for (LineRequestFact r : lineRequests) {
            if (r.withProvider()) {
                add(out, taken, new Proposal(Kind.LINE_REQUEST, r.id(), r.trackingNumber(), r.provider(), 0));
            }
        }
        return out;
    }

    private static void add(List<Proposal> out, Set<Source> taken, Proposal p) {
        // one proposal per record, and none for a record the meeting already took up or dropped
        if (taken.add(new Source(p.sourceKind(), p.recordId()))) {
            out.add(p);
        }
    }
}
