package ir.pishkhan.portal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * The one row that holds the chain's end: the last place and hash. A writer locks it ({@code SELECT … FOR UPDATE})
 * before it links an entry, so that concurrent writers, on one instance or several, link one after another.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** Links the entry after the head, and moves the head to it. */
    public void append(AuditEntry entry) {
        entry.chain(lastSeq + 1, lastHash);
        lastSeq = entry.getChainSeq();
        lastHash = Objects.requireNonNull(entry.getEntryHash());
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
