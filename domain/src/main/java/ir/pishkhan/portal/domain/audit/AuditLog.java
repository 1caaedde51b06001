package ir.pishkhan.portal.domain.audit;

import java.util.List;

/** Where changes are recorded, in the same transaction as the change. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The recorded changes of one record, oldest first. */
    List<AuditEntry> of(String entityType, long entityId);
}
