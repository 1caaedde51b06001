package ir.pishkhan.portal.persistence.migration;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Fills the Jalali month each complaint was filed in and the days its agency took to answer, for the complaints filed
 * before V17, with the domain's own rules ({@link JalaliDates#monthKey}, {@link Complaint#answerDays}).
 */
public class V17_1__ComplaintFigures extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement select = context.getConnection().prepareStatement(
                "SELECT id, filed_at, forwarded_at, answered_at FROM complaint WHERE filed_month IS NULL");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "UPDATE complaint SET filed_month = ?, answer_days = ? WHERE id = ?")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                int batched = 0;
                while (rows.next()) {
                    Instant filedAt = rows.getTimestamp(2).toInstant();
                    Integer days = Complaint.answerDays(instant(rows.getTimestamp(3)), instant(rows.getTimestamp(4)));
                    update.setInt(1, JalaliDates.monthKey(LocalDate.ofInstant(filedAt, JalaliDates.ZONE)));
                    if (days == null) {
                        update.setNull(2, Types.INTEGER);
                    } else {
                        update.setInt(2, days);
                    }
                    update.setLong(3, rows.getLong(1));
                    update.addBatch();
                    if (++batched % 1000 == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
