package ir.pishkhan.portal.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source. Embedded H2 on disk by default (META-INF/microprofile-config.properties);
 * PORTAL_DB_CLASS, PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD switch the same build to PostgreSQL.
 * Connections are validated before use, so that after the database's return the portal serves again by itself.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "${MPCONFIG=portal.db.class}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                // a round trip (Connection.isValid) before a connection is handed out: a connection the database
                // closed (stopped, restarted) is never given to a request; "auto-commit" asked only the driver
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                // one connection found dead: the database went away, so the pool drops them all at once
                "fish.payara.fail-all-connections=true",
                // PostgreSQL: never a server-prepared statement, so never a generic plan that ignores the values
                // bound (a search for a word in no complaint walked the whole table: 5 s instead of 1 ms; see
                // docs/benchmark.md, "A trap"). Each statement is planned with its values, well under a millisecond.
                // The PostgreSQL data source's property; H2's data source has none of that name and ignores it.
                "prepareThreshold=0"})
@ApplicationScoped
public class DataSourceConfig {
}
