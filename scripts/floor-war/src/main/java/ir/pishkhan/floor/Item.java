package ir.pishkhan.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One row of the floor application's one table: what a row of the triage queue shows, as text. */
@Entity
@Table(name = "floor_item")
public class Item implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue
    private Long id;
    private String tracking;
    private String office;
    private String agency;
    private String kind;
    private String status;
    private String statusLabel;
    private String filedAt;
    private String deadline;
    private boolean overdue;

    protected Item() {
    }

    public Item(String tracking, String office, String agency, String kind, String status, String statusLabel,
                String filedAt, String deadline, boolean overdue) {
        this.tracking = tracking;
        this.office = office;
        this.agency = agency;
        this.kind = kind;
        this.status = status;
        this.statusLabel = statusLabel;
        this.filedAt = filedAt;
        this.deadline = deadline;
        this.overdue = overdue;
    }

    public Long getId() {
        return id;
    }

    public String getTracking() {
        return tracking;
    }

    public String getOffice() {
        return office;
    }

    public String getAgency() {
        return agency;
    }

    public String getKind() {
        return kind;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getFiledAt() {
        return filedAt;
    }

    public String getDeadline() {
        return deadline;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
