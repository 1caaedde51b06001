package ir.pishkhan.portal.domain.audit;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;

import java.util.List;

/** Where changes are recorded, in the same transaction as the change, each linked to the chain ({@link AuditChain}). */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The recorded changes of one record, oldest first. */
    List<AuditEntry> of(String entityType, long entityId);

    /** The entries the filter asks for, newest first. */
    Page<AuditEntry> search(AuditFilter filter, PageRequest page);

    /** The actions recorded so far, for the screen's filter. */
    List<String> actions();

    /** Reads the whole chain in order and names the first entry that no longer fits. */
    AuditChain.Check check();
}
