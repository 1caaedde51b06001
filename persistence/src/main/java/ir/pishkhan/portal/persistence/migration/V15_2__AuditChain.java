package ir.pishkhan.portal.persistence.migration;

import ir.pishkhan.portal.domain.audit.AuditChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Links the audit entries written before the chain existed, oldest first, with the domain's own hash
 * ({@link AuditChain#hashOf}), and moves the chain's head after the last of them.
 */
public class V15_2__AuditChain extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        long seq = 0;
        String hash = AuditChain.GENESIS;
        try (PreparedStatement select = context.getConnection().prepareStatement(
                "SELECT id, at, actor, entity_type, entity_id, action, detail, source_address FROM audit_entry ORDER BY at, id");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "UPDATE audit_entry SET at = ?, chain_seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ?")) {
            try (ResultSet rows = select.executeQuery()) {
                int batched = 0;
                while (rows.next()) {
                    OffsetDateTime at = rows.getObject(2, OffsetDateTime.class).truncatedTo(ChronoUnit.MICROS);
                    String entryHash = AuditChain.hashOf(++seq, at.toInstant(), rows.getString(3), rows.getString(4),
                            rows.getLong(5), rows.getString(6), rows.getString(7), rows.getString(8), hash);
                    update.setObject(1, at);
                    update.setLong(2, seq);
                    update.setString(3, hash);
                    update.setString(4, entryHash);
                    update.setLong(5, rows.getLong(1));
                    update.addBatch();
                    hash = entryHash;
                    if (++batched % 1000 == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
        try (PreparedStatement head = context.getConnection().prepareStatement(
                "UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, hash);
            head.executeUpdate();
        }
    }
}
