package ir.pishkhan.portal.domain.figures;

import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The counts the compliance figures are made of, each one GROUP BY in the database over a span of Jalali months — of
 * the {@link Tally tallies} kept with every change of a complaint where it can, of the complaints where a report needs
 * more; never the complaints themselves (the public scorecard shows aggregates only).
 */
public interface FiguresRepository {

    /**
     * Complaints filed in the span, per agency: how many were filed against it, how many reached it (forwarded: the
     * agency received them), and how many of those it answered.
     */
    List<Received> receivedPerAgency(MonthSpan span);

    /** How many complaints filed in the span took each number of days to answer, per agency (or of one agency). */
    List<AnswerDays> answerDays(MonthSpan span, Long agencyId);

    /** Complaints filed in the span per month of filing and status, of all agencies or of one. */
    List<MonthStatus> perMonthAndStatus(MonthSpan span, Long agencyId);

    /** Open complaints past their deadline today, per agency. */
    List<Count> overduePerAgency(LocalDate today);

    /**
     * Sums the tallies' rows of each key into one (at most {@code max} rows of each tally at a time), which keeps
     * them small; the figures are the same before and after.
     *
     * @return how many rows were folded away
     */
    int foldTallies(int max);

    /** Complaints filed in the span, per agency, kind and status: the meeting report's table. */
    List<KindStatus> perAgencyKindAndStatus(MonthSpan span);

    /**
     * The obligations of the given resolutions, one row each with its resolution, agency, status and deadline, in the
     * order of (meeting, resolution, agency name): a page of them from {@code first}, at most {@code max} (a report
     * reads them page by page).
     */
    List<ObligationLine> obligations(Collection<Long> resolutionIds, int first, int max);

    /**
     * Obligations per agency and status, how many of each are past their deadline today, and how many were met on
     * time: the scorecard's and the dashboard's.
     */
    List<ObligationCount> obligationsPerAgency(LocalDate today);

    /**
     * Per resolution: the complaints filed in the span that the secretariat linked to it, and its obligations (all, and
     * those met). Only resolutions with either.
     */
    List<ResolutionFigures> perResolution(MonthSpan span);

    record ResolutionFigures(long resolutionId, int meeting, int number, long complaints, long obligations, long met)
            implements Serializable {
    }

    record Received(long agencyId, long filed, long received, long answered) implements Serializable {
    }

    record ObligationLine(int meeting, int resolution, String agencyFa, String agencyEn,
                          ObligationStatus status, LocalDate deadline)
            implements Serializable {
    }

    /** Per agency and status: how many, how many overdue today, how many met on time (Obligation.isMetOnTime). */
    record ObligationCount(long agencyId, ObligationStatus status, long obligations,
                           long overdue, long metOnTime) implements Serializable {
    }

    record AnswerDays(long agencyId, int days, long complaints) implements Serializable {
    }

    record MonthStatus(int month, ComplaintStatus status, long complaints) implements Serializable {
    }

    record Count(long agencyId, long complaints) implements Serializable {
    }

    record KindStatus(long agencyId, String kind, ComplaintStatus status, long complaints) implements Serializable {
    }
}
