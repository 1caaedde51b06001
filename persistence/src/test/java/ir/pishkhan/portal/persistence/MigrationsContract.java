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

    /** V15_2 links the audit entries written before the chain existed, oldest first; the check finds them intact. */
    @Test
    void auditEntriesWrittenBeforeTheChainAreLinked() throws SQLException {
        DataSource ds = database.createEmpty("pishkhan_migrations_test");
        java.util.List<String> locations = new java.util.ArrayList<>(java.util.List.of("classpath:db/migration"));
        if (Migrations.isPostgreSql(ds)) {
            locations.add("classpath:db/vendor/postgresql");
        }
        org.flywaydb.core.Flyway.configure(Migrations.class.getClassLoader()).dataSource(ds)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(new ir.pishkhan.portal.persistence.migration.V5__LegacyStepText(),
                        new ir.pishkhan.portal.persistence.migration.V11__OfficialKeys())
                .target("12").load().migrate();
        try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_entry (id, at, actor, entity_type, entity_id, action, detail) VALUES"
                    + " (50, TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00.123456+00', 'admin', 'UserAccount', 7, 'UPDATE', 'نام → «حرا»'),"
                    + " (51, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 'admin', 'UserAccount', 7, 'CREATE', NULL),"
                    + " (100, TIMESTAMP WITH TIME ZONE '2026-11-03 10:00:00+00', 'admin', 'UserAccount', 7, 'DISABLE', NULL)");
        }
        assertTrue(Migrations.migrate(ds) > 0);
        try (Connection c = ds.getConnection()) {
            ir.pishkhan.portal.domain.audit.AuditChain.Check check = AuditChainCheck.check(c);
            assertTrue(check.isIntact(), check.toString());
            assertEquals(3, check.entries());
            try (ResultSet rs = c.createStatement().executeQuery("SELECT action FROM audit_entry ORDER BY chain_seq")) {
                java.util.List<String> actions = new java.util.ArrayList<>();
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
                assertEquals(java.util.List.of("CREATE", "UPDATE", "DISABLE"), actions, "oldest first");
            }
            c.createStatement().executeUpdate("UPDATE audit_entry SET actor = 'someone' WHERE id = 50");
            assertEquals(new ir.pishkhan.portal.domain.audit.AuditChain.Break(2, 50L,
                    ir.pishkhan.portal.domain.audit.AuditChain.Fault.CONTENT_CHANGED), AuditChainCheck.check(c).firstBreak().orElseThrow());
        }
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
