package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.audit.AuditChain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The audit chain's check from the command line, on the database itself with plain JDBC (no portal running, no JPA
 * cache between the rows and the check): {@code scripts/audit-check.sh JDBC_URL [USER [PASSWORD]]}. Prints the number
 * of entries and "intact", or the first entry that no longer fits; exits 0 when intact, 1 when broken, 2 on an error.
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: AuditChainCheck JDBC_URL [USER [PASSWORD]]");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null)) {
            AuditChain.Check check = check(c);
            if (check.isIntact()) {
                System.out.println("audit chain intact: " + check.entries() + " entries");
                System.exit(0);
            }
            AuditChain.Break b = check.firstBreak().orElseThrow();
            System.out.println("audit chain BROKEN at entry " + b.chainSeq()
                    + (b.entryId() == null ? "" : " (id " + b.entryId() + ")") + ": " + b.fault());
            System.exit(1);
        } catch (SQLException e) {
            System.err.println("cannot check the audit chain: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Reads the chain in order, a batch at a time, up to the head read first. */
    public static AuditChain.Check check(Connection c) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement head = c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1");
             ResultSet r = head.executeQuery()) {
            if (!r.next()) {
                throw new SQLException("the audit chain's head row is missing");
            }
            headSeq = r.getLong(1);
            headHash = r.getString(2);
        }
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = Long.MIN_VALUE;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT chain_seq, id, at, actor, entity_type, entity_id, action, detail, source_address, prev_hash, entry_hash"
                        + " FROM audit_entry WHERE chain_seq > ? AND chain_seq <= ? ORDER BY chain_seq")) {
            select.setMaxRows(JpaAuditLog.CHECK_BATCH);
            while (true) {
                select.setLong(1, after);
                select.setLong(2, headSeq);
                int n = 0;
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        n++;
                        AuditChain.Link link = new AuditChain.Link(r.getLong(1), r.getLong(2),
                                r.getObject(3, OffsetDateTime.class).toInstant(), r.getString(4), r.getString(5),
                                r.getLong(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11));
                        if (!verifier.accept(link)) {
                            return verifier.end(headSeq, headHash);
                        }
                        after = link.chainSeq();
                    }
                }
                if (n < JpaAuditLog.CHECK_BATCH) {
                    return verifier.end(headSeq, headHash);
                }
            }
        }
    }
}
