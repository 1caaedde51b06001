package ir.pishkhan.portal.persistence.migration;

import ir.pishkhan.portal.persistence.ComplaintTallies;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;

/** Counts the complaints stored before V18 into the figures' tallies. */
public class V18_1__ComplaintTallies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        ComplaintTallies.recount(context.getConnection());
    }
}
