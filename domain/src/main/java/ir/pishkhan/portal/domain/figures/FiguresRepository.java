package ir.pishkhan.portal.domain.figures;

import ir.pishkhan.portal.domain.complaint.ComplaintStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The counts the compliance figures are made of, each one GROUP BY in the database over the complaints filed in a
 * span of Jalali months; never the complaints themselves (the public scorecard shows aggregates only).
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

    /** Complaints filed in the span, per agency, kind and status: the meeting report's table. */
    List<KindStatus> perAgencyKindAndStatus(MonthSpan span);

    record Received(long agencyId, long filed, long received, long answered) implements Serializable {
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
