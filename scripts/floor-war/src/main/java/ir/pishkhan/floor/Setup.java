package ir.pishkhan.floor;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The data source (declared as the portal declares its own, from the same settings: H2 on disk unless PORTAL_DB_*
 * say otherwise), Soteria's form sign-in and database identity store, and the start-up work: two accounts (the
 * portal's demo secretariat's and an office's names and password, so that one client signs in to both) and 100 rows written when
 * the table is empty.
 */
@DataSourceDefinition(name = "java:app/jdbc/floor", className = "${MPCONFIG=portal.db.class}",
        url = "${MPCONFIG=portal.db.url}", user = "${MPCONFIG=portal.db.user}", password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2, maxPoolSize = 32, properties = "prepareThreshold=0")
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login.xhtml",
        errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(dataSourceLookup = "java:app/jdbc/floor",
        callerQuery = "select password_hash from floor_account where username = ?",
        groupsQuery = "select group_name from floor_account where username = ?")
@Singleton
@Startup
public class Setup {
    public static final String USERNAME = "dabir";
    public static final String OFFICE = "office.hera";
    public static final String PASSWORD = "pishkhan-demo-1391";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void seed() {
        for (String name : new String[] {USERNAME, OFFICE}) {
            if (em.find(Account.class, name) == null) {
                em.persist(new Account(name, hash.generate(PASSWORD.toCharArray()), "user"));
            }
        }
        if (em.createQuery("select count(i) from Item i", Long.class).getSingleResult() > 0) {
            return;
        }
        String[] statuses = {"SUBMITTED", "FORWARDED", "ANSWERED", "RESOLVED"};
        String[] labels = {"ثبت‌شده", "ارجاع‌شده به دستگاه", "پاسخ داده‌شده", "رسیدگی‌شده"};
        for (int i = 0; i < 100; i++) {
            em.persist(new Item(String.format("14050900%04d", i), "دفتر پیشخوان شماره " + (1000 + i),
                    "شرکت مخابرات ایران", "کندی در ارائه خدمت", statuses[i % 4], labels[i % 4],
                    "۱۴۰۵/۰۹/" + (10 + i % 18), "۱۴۰۵/۱۰/" + (10 + i % 18), i % 3 == 0));
        }
    }
}
