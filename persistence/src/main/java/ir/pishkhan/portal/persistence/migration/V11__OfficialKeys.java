package ir.pishkhan.portal.persistence.migration;

import ir.pishkhan.portal.domain.complaint.Complaint;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Folds the named official of complaints filed before V10 into the key they are matched by, as the domain does. */
public class V11__OfficialKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement select = context.getConnection().prepareStatement(
                "SELECT id, official_name FROM complaint WHERE official_name IS NOT NULL AND official_key IS NULL");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "UPDATE complaint SET official_key = ? WHERE id = ?")) {
            try (ResultSet rows = select.executeQuery()) {
                int batched = 0;
                while (rows.next()) {
                    update.setString(1, Complaint.officialKey(rows.getString(2)));
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                    if (++batched % 1000 == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }
}
