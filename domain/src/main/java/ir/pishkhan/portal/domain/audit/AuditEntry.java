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
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One recorded change or event: who did what to which record, when, from where. Written in the change's transaction;
 * never altered: each entry is a link of a hash chain ({@link AuditChain}) — its place in the chain, the hash of the
 * entry before it, and the hash of both with its own content — so that an entry edited, removed or inserted in the
 * database behind the portal's back is found by the chain's check.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ACTOR_MAX = 40;
    public static final int SOURCE_MAX = 64;

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

    /** The address the request came from (logins), or null. */
    @Column(name = "source_address", updatable = false, length = SOURCE_MAX)
    private String sourceAddress;

    /** The entry's place in the chain: 1, 2, 3 … with no gap. */
    @Column(name = "chain_seq", nullable = false, updatable = false, unique = true)
    private long chainSeq;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String entityType, long entityId, String action, String detail) {
        this(at, actor, entityType, entityId, action, detail, null);
    }

    public AuditEntry(Instant at, String actor, String entityType, long entityId, String action, String detail,
                      String sourceAddress) {
        // kept to the microsecond: what both databases store, so that the hash reads back the same
        this.at = Objects.requireNonNull(at).truncatedTo(ChronoUnit.MICROS);
        this.sourceAddress = sourceAddress == null || sourceAddress.length() <= SOURCE_MAX ? sourceAddress
                : sourceAddress.substring(0, SOURCE_MAX);
        this.actor = Objects.requireNonNull(actor);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = entityId;
        this.action = Objects.requireNonNull(action);
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    /** Links the entry to the chain, after the entry whose hash is {@code previousHash}. */
    public void chain(long seq, String previousHash) {
        if (entryHash != null) {
            throw new IllegalStateException("an audit entry is chained once");
        }
        this.chainSeq = seq;
        this.prevHash = Objects.requireNonNull(previousHash);
        this.entryHash = AuditChain.hashOf(this);
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

    public String getSourceAddress() {
        return sourceAddress;
    }

    public long getChainSeq() {
        return chainSeq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
