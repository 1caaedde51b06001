package ir.pishkhan.portal.web.config;

import ir.pishkhan.portal.persistence.Migrations;
import ir.pishkhan.portal.web.application.SeedService;
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

    private static final int SEED_ATTEMPTS = 6;

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
        // Several instances may start at once over one database: Flyway serializes the migrations; the loads are
        // idempotent and the unique keys let one instance seed, so a load that collided is tried again and finds
        // the data there.
        boolean reference = false;
        boolean demo = false;
        for (int attempt = 1; ; attempt++) {
            try {
                reference |= seed.loadReferenceData();
                demo |= seed.loadDemoDataIfEnabled();
                break;
            } catch (RuntimeException e) {
                if (attempt == SEED_ATTEMPTS) {
                    throw e;
                }
                LOG.info("Seeding collided with another instance (attempt " + attempt + "); trying again");
                try {
                    Thread.sleep(2000L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        boolean referenceLoaded = reference;
        boolean demoLoaded = demo;
        LOG.info(() -> String.format("Pishkhan Portal ready: %d migration(s) applied, reference data %s, demo data %s (%d ms)",
                applied, referenceLoaded ? "loaded" : "present", demoLoaded ? "loaded" : "unchanged", (System.nanoTime() - t0) / 1_000_000));
    }
}
