package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.workflow.Workflow;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of a workflow's list as its page shows it: plain values, formatted once when the page is read (Jalali dates,
 * Persian digits, labels in the user's language). The view keeps these between requests, never the records they
 * were read from (nor what EclipseLink keeps with them), and the table writes what it is given. A workflow's row
 * adds its own columns.
 */
public class WorkRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String tracking;
    private final String status;
    private final String statusLabel;
    private final String deadline;
    private final boolean overdue;

    /** The columns every workflow has, read from its record; {@code today} decides what is overdue. */
    protected WorkRow(Workflow<?, ?, ?> record, Formats fmt, LocalDate today) {
        this.id = record.getId();
        this.tracking = fmt.num(record.getTrackingNumber());
        this.status = record.getStatus().name();
        this.statusLabel = fmt.label(record.getStatus());
        this.deadline = record.getDeadline() == null ? "" : fmt.date(record.getDeadline());
        this.overdue = record.isOverdue(today);
    }

    /** The record's id: the row's key and its link's parameter. */
    public long getId() {
        return id;
    }

    /** Its tracking number, in the user's digits. */
    public String getTracking() {
        return tracking;
    }

    /** Its state's name, for the badge's style ({@code status-FORWARDED}). */
    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    /** Its deadline as a Jalali date; empty when it has none. */
    public String getDeadline() {
        return deadline;
    }

    /** Past its deadline by the workflow's own rule: the row stands out. */
    public boolean isOverdue() {
        return overdue;
    }
}
