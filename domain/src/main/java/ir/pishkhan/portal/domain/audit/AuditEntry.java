package ir.pishkhan.portal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One recorded change: who did what to which record, when. Written in the change's transaction; never altered. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 40)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "detail", updatable = false, length = 2000)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String entityType, long entityId, String action, String detail) {
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = entityId;
        this.action = Objects.requireNonNull(action);
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
