package ir.pishkhan.portal.persistence;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flyway's migrations on an empty database. Runs on every {@link TestDatabase}. */
abstract class MigrationsContract {

    private static final Set<String> TABLES = Set.of("party", "meeting", "resolution", "resolution_kind",
            "resolution_obligated", "resolution_reports_to", "resolution_citation", "agency", "office",
            "user_account", "audit_entry", "notification", "outbox_mail");

    private final TestDatabase database;

    protected MigrationsContract(TestDatabase database) {
        this.database = database;
    }

    @Test
    void migratesAnEmptyDatabaseOnceAndThenDoesNothing() throws SQLException {
        DataSource ds = database.createEmpty("pishkhan_migrations_test");
        assertTrue(tables(ds).stream().noneMatch(TABLES::contains), "the database is not empty");

        int first = Migrations.migrate(ds);
        assertTrue(first > 0, "migrations applied to an empty database: " + first);
        assertTrue(tables(ds).containsAll(TABLES), () -> "tables after migrating: " + tables(ds));

        assertEquals(0, Migrations.migrate(ds), "a second run applies nothing");
        assertEquals(first, appliedMigrations(ds));
    }

    private static Set<String> tables(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            Set<String> names = new TreeSet<>();
            try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && schema.toLowerCase(Locale.ROOT).equals("public")) {
                        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int appliedMigrations(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
