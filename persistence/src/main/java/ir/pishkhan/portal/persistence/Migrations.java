package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.persistence.migration.V11__OfficialKeys;
import ir.pishkhan.portal.persistence.migration.V15_2__AuditChain;
import ir.pishkhan.portal.persistence.migration.V17_1__ComplaintFigures;
import ir.pishkhan.portal.persistence.migration.V18_1__ComplaintTallies;
import ir.pishkhan.portal.persistence.migration.V5__LegacyStepText;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Brings a database's schema to the current version with the versioned migrations in {@code db/migration}. */
public final class Migrations {

    private Migrations() {
    }

    /**
     * Applies {@code db/migration} (the same SQL on H2 and PostgreSQL) and, on PostgreSQL, {@code
     * db/vendor/postgresql} (indexes only PostgreSQL has, such as trigram search).
     *
     * @return how many migrations were applied now
     */
    public static int migrate(DataSource dataSource) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (isPostgreSql(dataSource)) {
            locations.add("classpath:db/vendor/postgresql");
        }
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                // named, not scanned for: a WAR's class loader does not list classes to scan reliably
                .javaMigrations(new V5__LegacyStepText(), new V11__OfficialKeys(), new V15_2__AuditChain(),
                        new V17_1__ComplaintFigures(), new V18_1__ComplaintTallies())
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    static boolean isPostgreSql(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
