package ir.pishkhan.portal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The databases every persistence test runs on: an in-memory H2 (the version Payara ships) and a real
 * PostgreSQL. The tests are written once, as abstract contracts ({@code *Contract}) taking a TestDatabase, and
 * run on both databases as the nested classes of {@link OnH2Test} and {@link OnPostgreSqlTest}.
 * <p>
 * PostgreSQL is reached through the system properties {@code test.pg.host}, {@code test.pg.port},
 * {@code test.pg.user} and {@code test.pg.password} (surefire passes the build's properties). A test that
 * cannot reach it fails; it is never skipped. The databases are {@code pishkhan_persistence_test} (shared by the
 * repository tests, migrated and with the reference data loaded), {@code pishkhan_migrations_test} and
 * {@code pishkhan_reference_test} (empty ones); each is dropped and created again by the next run.
 */
public enum TestDatabase {

    H2 {
        @Override
        DataSource createEmpty(String name) {
            JdbcDataSource ds = new JdbcDataSource();
            // a new name each time: a fresh, empty in-memory database that lives until the JVM ends
            ds.setURL("jdbc:h2:mem:" + name + "-" + H2_COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            ds.setPassword("");
            return ds;
        }
    },

    POSTGRESQL {
        @Override
        DataSource createEmpty(String requested) {
            // -Dtest.pg.dbprefix keeps two test runs on one PostgreSQL apart
            String name = requested.replaceFirst("^pishkhan_", System.getProperty("test.pg.dbprefix", "pishkhan") + "_");
            PGSimpleDataSource admin = pg("postgres");
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL is needed by the persistence tests and could not be used at "
                        + admin.getServerNames()[0] + ":" + admin.getPortNumbers()[0] + " as user " + admin.getUser()
                        + " (set -Dtest.pg.host, -Dtest.pg.port, -Dtest.pg.user, -Dtest.pg.password; "
                        + "on Debian start it with pg_ctlcluster): " + e.getMessage(), e);
            }
            return pg(name);
        }
    };

    /** Flyway tells every step at INFO; kept here so that the setting is not garbage-collected. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private static final AtomicInteger H2_COUNTER = new AtomicInteger();

    /** The database shared by the repository tests: migrated, with the reference data loaded. */
    private volatile Shared shared;

    /** A new, empty database (on PostgreSQL: dropped first if it exists). */
    abstract DataSource createEmpty(String name);

    private static PGSimpleDataSource pg(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {System.getProperty("test.pg.host", "127.0.0.1")});
        ds.setPortNumbers(new int[] {Integer.getInteger("test.pg.port", 5432)});
        ds.setUser(System.getProperty("test.pg.user", "postgres"));
        ds.setPassword(System.getProperty("test.pg.password", "postgres"));
        ds.setDatabaseName(database);
        ds.setConnectTimeout(5);
        ds.setApplicationName("pishkhan-persistence-tests");
        return ds;
    }

    /**
     * The persistence unit "portal" of main's persistence.xml, outside a container: resource-local transactions
     * on the given data source instead of JTA on {@code java:app/jdbc/portal}. EclipseLink 4.0.7 needs the
     * transaction type and the non-JTA data source: with the transaction type left JTA it fails to deploy
     * (EclipseLink-28019). Clearing the JTA data source only spares a warning that it is ignored; no target server
     * need be set.
     */
    static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.nonJtaDataSource", dataSource);
        return Persistence.createEntityManagerFactory("portal", p);
    }

    /** Why the shared database could not be set up: the tests after the first fail at once, with the same reason. */
    private volatile RuntimeException sharedFailure;

    synchronized Shared shared() {
        if (sharedFailure != null) {
            throw new IllegalStateException(sharedFailure.getMessage(), sharedFailure);
        }
        if (shared == null) {
            try {
                DataSource empty = createEmpty("pishkhan_persistence_test");
                Migrations.migrate(empty);
                // on PostgreSQL through a pool of connections, as a server has it: without one, EclipseLink opens a
                // new PostgreSQL session for each read (connection, start-up, authentication), which costs more than
                // the query (~780 sessions and 18 s for one contract's paging test). H2's in-memory one is cheap.
                DataSource ds = this == POSTGRESQL ? new PooledDataSource(empty) : empty;
                EntityManagerFactory emf = entityManagerFactory(ds);
                Shared s = new Shared(this, ds, emf);
                s.inTransaction(em -> new ReferenceData(new JpaMeetingRepository(em), new JpaAgencyRepository(em)).load());
                shared = s;
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
        }
        return shared;
    }

    /** A migrated database with an entity manager factory on it. */
    record Shared(TestDatabase kind, DataSource dataSource, EntityManagerFactory emf) {

        <T> T inTransaction(Function<EntityManager, T> work) {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }

        void run(Consumer<EntityManager> work) {
            inTransaction(em -> {
                work.accept(em);
                return null;
            });
        }

        /** Reads in a fresh entity manager, without a transaction. */
        <T> T read(Function<EntityManager, T> work) {
            EntityManager em = emf.createEntityManager();
            try {
                return work.apply(em);
            } finally {
                em.close();
            }
        }

        void sql(String... statements) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
