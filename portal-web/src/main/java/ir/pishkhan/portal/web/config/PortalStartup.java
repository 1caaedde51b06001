package ir.pishkhan.portal.web.config;

import ir.pishkhan.portal.persistence.Migrations;
import ir.pishkhan.portal.web.service.SeedService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.util.logging.Logger;

/** At deployment: migrate the schema, then load the reference data and (where enabled) the demo data. */
@Singleton
@Startup
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private SeedService seed;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        long t0 = System.nanoTime();
        int applied = Migrations.migrate(dataSource);
        boolean reference = seed.loadReferenceData();
        boolean demo = seed.loadDemoDataIfEnabled();
        LOG.info(() -> String.format("Pishkhan Portal ready: %d migration(s) applied, reference data %s, demo data %s (%d ms)",
                applied, reference ? "loaded" : "present", demo ? "loaded" : "unchanged", (System.nanoTime() - t0) / 1_000_000));
    }
}
