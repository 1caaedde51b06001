package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.WorkflowRepository;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Line requests. Lists are paged by key ({@link Keyset}, in the orders of
 * {@link ir.pishkhan.portal.domain.workflow.ListOrder}: newest filed first, or earliest deadline first with
 * the overdue first and those without a deadline last).
 */
public interface LineRequestRepository extends WorkflowRepository<LineRequest, LineRequestFilter> {

    /**
     * A batch of the {@code status} records whose deadline passed before {@code today}, in the order of (deadline,
     * id), after the key ({@code afterDeadline}, {@code afterId}; null and any id for the first batch): the escalation
     * pass walks them batch by batch, never loading them all, on the index over (status, deadline sort key, id).
     */
    List<LineRequest> pastDeadline(LineRequestStatus status, LocalDate today, LocalDate afterDeadline, long afterId,
                                   int max);

    /**
     * The guild's follow-up report (resolution 10), one row per provider that was sent any request, by agency id:
     * of the requests sent to it (sent within {@code sentFrom}..{@code sentTo}, days in Tehran, either bound null
     * for none), how they stand now.
     *
     * @param today decides which of the open ones are overdue
     */
    List<ProviderFigures> providerFigures(LocalDate sentFrom, LocalDate sentTo, LocalDate today);

    /**
     * What offices are still waiting for: the requests with their provider (sent, scheduled, disputed or
     * escalated), one row per office, provider and kind, ordered by office id, agency id and kind; a page of them,
     * and how many rows there are in all.
     *
     * @param officeId one office, or null for every office
     * @param today    decides which are overdue
     */
    Page<Waiting> waiting(Long officeId, LocalDate today, PageRequest page);

    /**
     * Resolution 1 as of its deadline: a page of the offices (in the order of their licence numbers) with their
     * {@link LineStanding} for telephone and for data lines, computed in the database by {@link LineStanding#of} and
     * {@link LineStanding#overall}.
     *
     * @param deadline the resolution's deadline
     * @param overall  the offices' overall standings to list; empty for every office
     */
    Page<OfficeLines> resolution1(LocalDate deadline, Set<LineStanding> overall, PageRequest page);

    /** How many offices stand where, overall, under resolution 1 as of its deadline; every standing present. */
    Map<LineStanding, Long> resolution1Summary(LocalDate deadline);

    /** One office under resolution 1: its standing for each kind of line the resolution is about. */
    record OfficeLines(long officeId, LineStanding fixedLine, LineStanding dataLine) implements Serializable {
        public LineStanding overall() {
            return LineStanding.overall(fixedLine, dataLine);
        }
    }

    /**
     * How a provider's requests stand. Every request sent to it is in exactly one of: installed on time, installed
     * late, open, refused; so {@code made = installedOnTime + installedLate + open + refused}.
     *
     * @param made            requests sent to the provider
     * @param installedOnTime installed ({@link LineRequestStatus#isInstalled}: the office confirmed, or is yet to
     *                        confirm) on or before the deadline's day
     * @param installedLate   installed after the deadline's day (days in Tehran)
     * @param open            the provider has yet to act ({@link LineRequestStatus#isAwaitingProvider}: sent,
     *                        scheduled or disputed)
     * @param overdue         of those with the provider ({@link LineRequestStatus#isWithProvider}: open or
     *                        escalated), past the deadline on {@code today}
     * @param refused         refused, for any reason ({@link LineRequestStatus#isRefused}), including the escalated
     *                        refusals (resolution 13)
     * @param escalated       of the refused, those escalated and still open with the provider
     *                        ({@link LineRequestStatus#isRefusedAsNotNeeded})
     */
    record ProviderFigures(long agencyId, long made, long installedOnTime, long installedLate, long open, long overdue,
                           long refused, long escalated) implements Serializable {
    }

    /**
     * What an office waits for from one provider, of one kind.
     *
     * @param requests         how many requests
     * @param quantity         how many lines (or modules) they ask for in all
     * @param overdue          of those, past their deadline on {@code today}
     * @param earliestDeadline the earliest of their deadlines
     */
    record Waiting(long officeId, long agencyId, LineKind kind, long requests, long quantity, long overdue,
                   LocalDate earliestDeadline) implements Serializable {
    }
}
