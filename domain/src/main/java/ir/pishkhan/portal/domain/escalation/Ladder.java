package ir.pishkhan.portal.domain.escalation;

import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationAction;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.workflow.Workflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When each rung of the escalation ladder falls due for a forwarded complaint, a line request with its provider or an
 * obligation the agency has not reported on, counted in working days on the calendar in force:
 * <ul>
 * <li>{@link Rung#REMINDER}: on any day after the deadline (the record's own {@code isOverdue});</li>
 * <li>{@link Rung#LETTER}: on the {@code letterAfterDays}-th working day after the first working day the record was
 * late — counted from that day, not from the deadline, so that a deadline on a Wednesday followed by a Friday and a
 * holiday still leaves the agency {@code letterAfterDays} working days between the reminder and the letter;</li>
 * <li>{@link Rung#FOR_MEETING}: {@code meetingAfterDays} working days after the letter's day.</li>
 * </ul>
 * A pass that missed days (the portal was down) takes every rung due at once, in order: the days were the agency's
 * and have passed. A rung already taken is never due again.
 */
public final class Ladder {

    /**
     * The statuses in which a record's party is chased, per workflow: the pass reads only these. They are the states
     * each workflow's {@code ESCALATE} action may be taken from, so that a rung is on the timeline of every record it
     * is taken for.
     */
    public static final Set<ComplaintStatus> CHASED_COMPLAINTS = ComplaintAction.ESCALATE.from();
    public static final Set<LineRequestStatus> CHASED_LINE_REQUESTS = LineRequestAction.ESCALATE.from();
    public static final Set<ObligationStatus> CHASED_OBLIGATIONS = ObligationAction.ESCALATE.from();

    private final int letterAfterDays;
    private final int meetingAfterDays;

    /** @throws IllegalArgumentException for a period of 0 or less: a letter "0 days after" would skip the reminder */
    public Ladder(int letterAfterDays, int meetingAfterDays) {
        if (letterAfterDays < 1 || meetingAfterDays < 1) {
            throw new IllegalArgumentException("The escalation periods must be at least one working day: letter "
                    + letterAfterDays + ", meeting " + meetingAfterDays);
        }
        this.letterAfterDays = letterAfterDays;
        this.meetingAfterDays = meetingAfterDays;
    }

    /** Whether the ladder is climbed for the record at all: the party that must act is late. */
    public static boolean isChased(Workflow<?, ?, ?> record, LocalDate today) {
        if (record instanceof Complaint c) {
            // only the agency is chased: a complaint late with the secretariat (triaged, answered) is the secretariat's own queue
            return CHASED_COMPLAINTS.contains(c.getStatus()) && c.isOverdue(today);
        }
        if (record instanceof LineRequest r) {
            // the line request's own overdue rule is already "with the provider and late"
            return CHASED_LINE_REQUESTS.contains(r.getStatus()) && r.isOverdue(today);
        }
        if (record instanceof Obligation o) {
            // overdue (past its deadline, not verified) while the agency owes the report: reported, it waits for the
            // secretariat, as an answered complaint does
            return CHASED_OBLIGATIONS.contains(o.getStatus()) && o.isOverdue(today);
        }
        return false;
    }

    /** The rungs due for a record today: none unless it is chased ({@link #isChased}). */
    public Set<Rung> dueFor(Workflow<?, ?, ?> record, LocalDate today, BusinessCalendar calendar,
                            Collection<Rung> rungsTaken) {
        return isChased(record, today) ? due(record.getDeadline(), today, calendar, rungsTaken) : EnumSet.noneOf(Rung.class);
    }

    /** The rungs due today for a deadline, those already taken left out, in the ladder's order. */
    public Set<Rung> due(LocalDate deadline, LocalDate today, BusinessCalendar calendar, Collection<Rung> rungsTaken) {
        Objects.requireNonNull(today, "today");
        Set<Rung> due = EnumSet.noneOf(Rung.class);
        if (deadline == null || !deadline.isBefore(today)) {
            return due;
        }
        for (Map.Entry<Rung, LocalDate> rung : days(deadline, calendar).entrySet()) {
            if (!rung.getValue().isAfter(today) && !rungsTaken.contains(rung.getKey())) {
                due.add(rung.getKey());
            }
        }
        return due;
    }

    /** The first day each rung is due on, for a deadline. */
    public Map<Rung, LocalDate> days(LocalDate deadline, BusinessCalendar calendar) {
        Map<Rung, LocalDate> days = new EnumMap<>(Rung.class);
        days.put(Rung.REMINDER, deadline.plusDays(1));
        LocalDate letter = calendar.plusWorkingDays(calendar.nextWorkingDay(deadline), letterAfterDays);
        days.put(Rung.LETTER, letter);
        days.put(Rung.FOR_MEETING, calendar.plusWorkingDays(letter, meetingAfterDays));
        return days;
    }

    public int letterAfterDays() {
        return letterAfterDays;
    }

    public int meetingAfterDays() {
        return meetingAfterDays;
    }
}
