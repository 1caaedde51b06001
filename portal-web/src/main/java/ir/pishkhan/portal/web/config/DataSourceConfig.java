package ir.pishkhan.portal.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source. Embedded H2 on disk by default (META-INF/microprofile-config.properties);
 * PORTAL_DB_CLASS, PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD switch the same build to PostgreSQL.
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
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class DataSourceConfig {
}
