package ir.pishkhan.portal.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/** Brings a database's schema to the current version with the versioned migrations in {@code db/migration}. */
public final class Migrations {

    private Migrations() {
    }

    /** @return how many migrations were applied now */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
