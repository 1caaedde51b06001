package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Storing and finding accounts, and the rules the schema keeps about them. Runs on every {@link TestDatabase}. */
abstract class UserAccountRepositoryContract {

    /** With microseconds: both databases keep them. */
    private static final Instant CREATED = Instant.parse("2012-09-17T05:30:00.123456Z");
    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";

    private final TestDatabase database;
    private TestDatabase.Shared db;
    private long officeId;
    private long agencyId;

    protected UserAccountRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM user_account", "DELETE FROM office");
        db.run(em -> {
            Office hera = new Office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN, "بجنورد", null, null,
                    LicenceStatus.ACTIVE);
            new JpaOfficeRepository(em).store(hera);
            Agency postBank = new JpaAgencyRepository(em).byCode("post-bank").orElseThrow();
            JpaUserAccountRepository users = new JpaUserAccountRepository(em);
            users.store(new UserAccount("Operator.Hera", "اکرم بسطامی", Role.OFFICE_OPERATOR, hera, null, HASH, CREATED));
            users.store(new UserAccount("liaison.postbank", "جمشید حیدری", Role.AGENCY_LIAISON, null, postBank, HASH, CREATED));
            users.store(new UserAccount("secretary", "Hossein Azizian", Role.SECRETARIAT, null, null, HASH, CREATED));
            users.store(new UserAccount("guild.head", "مهرانگیز صوفی‌نیا", Role.GUILD, null, null, HASH, CREATED));
            users.store(new UserAccount("admin", "Administrator", Role.ADMIN, null, null, HASH, CREATED));
        });
        officeId = db.read(em -> new JpaOfficeRepository(em).byLicence("14-71-1024").orElseThrow().getId());
        agencyId = db.read(em -> new JpaAgencyRepository(em).byCode("post-bank").orElseThrow().getId());
    }

    private Page<UserAccount> search(String text, Role role, PageRequest page) {
        return db.read(em -> new JpaUserAccountRepository(em).search(text, role, page));
    }

    private List<String> usernames(String text, Role role) {
        Page<UserAccount> page = search(text, role, PageRequest.first(50));
        assertEquals(page.total(), page.items().size());
        return page.items().stream().map(UserAccount::getUsername).collect(Collectors.toList());
    }

    @Test
    void storesAnAccountWithItsBindings() {
        UserAccount operator = db.read(em -> new JpaUserAccountRepository(em).byUsername("operator.hera")).orElseThrow();
        assertEquals("اکرم بسطامی", operator.getDisplayName());
        assertEquals(Role.OFFICE_OPERATOR, operator.getRole());
        assertEquals("14-71-1024", operator.getOffice().getLicenceNumber());
        assertNull(operator.getAgency());
        assertEquals(HASH, operator.getPasswordHash());
        assertEquals(CREATED, operator.getCreatedAt());
        assertEquals(CREATED.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), operator.getPasswordChangedAt(),
                "the session epoch is kept to the millisecond");
        assertTrue(operator.isEnabled());
        assertEquals(operator.getUsername(),
                db.read(em -> new JpaUserAccountRepository(em).byId(operator.getId())).orElseThrow().getUsername());

        UserAccount liaison = db.read(em -> new JpaUserAccountRepository(em).byUsername("liaison.postbank")).orElseThrow();
        assertEquals("post-bank", liaison.getAgency().getCode());
        assertNull(liaison.getOffice());
    }

    @Test
    void findsTheUsernameWhateverItsCase() {
        db.read(em -> {
            JpaUserAccountRepository repo = new JpaUserAccountRepository(em);
            assertEquals("operator.hera", repo.byUsername("  OPERATOR.Hera ").orElseThrow().getUsername());
            assertTrue(repo.byUsername("operator").isEmpty());
            assertTrue(repo.byUsername("operator.her%").isEmpty());
            assertTrue(repo.byUsername(null).isEmpty());
            assertTrue(repo.byId(-1).isEmpty());
            assertEquals(5, repo.count());
            return null;
        });
    }

    @Test
    void theUsernameIsUnique() {
        assertThrows(PersistenceException.class, () -> db.run(em -> new JpaUserAccountRepository(em).store(
                new UserAccount("ADMIN", "Another", Role.ADMIN, null, null, HASH, CREATED))));
        assertEquals(5L, (long) db.read(em -> new JpaUserAccountRepository(em).count()));
    }

    @Test
    void searchesUsernameAndDisplayNameAndFiltersByRole() {
        assertEquals(List.of("operator.hera"), usernames("HERA", null));
        assertEquals(List.of("secretary"), usernames("azizian", null), "display name, any case");
        assertEquals(List.of("operator.hera"), usernames("اکرم", null));
        assertEquals(List.of("liaison.postbank"), usernames("حیدری", Role.AGENCY_LIAISON));
        assertEquals(List.of(), usernames("حیدری", Role.OFFICE_OPERATOR));
        assertEquals(List.of("guild.head"), usernames(null, Role.GUILD));
        assertEquals(List.of("admin", "guild.head", "liaison.postbank", "operator.hera", "secretary"),
                usernames("", null), "by username, the default order");
        assertEquals(List.of(), usernames("%", null));
    }

    @Test
    void displayNamesAreFoundWhateverLetterFormsTheyWereTypedWith() {
        // stored as typed on an Arabic keyboard: Arabic yeh and kaf
        db.run(em -> new JpaUserAccountRepository(em).store(
                new UserAccount("karimi", "علي كريمي", Role.GUILD, null, null, HASH, CREATED)));
        for (String text : new String[] {"علي", "علی", "كريمي", "کریمی", "علی کریمی"}) {
            assertEquals(List.of("karimi"), usernames(text, null), text);
        }
        // stored with a ZWNJ
        for (String text : new String[] {"صوفی\u200Cنیا", "صوفینیا", "صوفي", "مهرانگيز"}) {
            assertEquals(List.of("guild.head"), usernames(text, null), text);
        }
    }

    @Test
    void pagesAndSorts() {
        Page<UserAccount> page = search(null, null, new PageRequest(1, 2, "role", true));
        assertEquals(5, page.total());
        // ADMIN, AGENCY_LIAISON, GUILD, OFFICE_OPERATOR, SECRETARIAT
        assertEquals(List.of("liaison.postbank", "guild.head"),
                page.items().stream().map(UserAccount::getUsername).collect(Collectors.toList()));
        Page<UserAccount> injected = search(null, null, new PageRequest(0, 5, "passwordHash", false));
        assertEquals(List.of("admin", "guild.head", "liaison.postbank", "operator.hera", "secretary"),
                injected.items().stream().map(UserAccount::getUsername).collect(Collectors.toList()));
    }

    @Test
    void changesAreStored() {
        Instant changed = CREATED.plusSeconds(86_400);
        long version = db.read(em -> new JpaUserAccountRepository(em).byUsername("secretary")).orElseThrow().getVersion();
        db.run(em -> {
            UserAccount u = new JpaUserAccountRepository(em).byUsername("secretary").orElseThrow();
            u.disable();
            u.rename("حسین عزیزیان");
            u.changePassword("new-hash", changed);
            u.assign(Role.OFFICE_OPERATOR, new JpaOfficeRepository(em).byId(officeId).orElseThrow(), null);
        });
        UserAccount u = db.read(em -> new JpaUserAccountRepository(em).byUsername("secretary")).orElseThrow();
        assertFalse(u.isEnabled());
        assertEquals("حسین عزیزیان", u.getDisplayName());
        assertEquals("new-hash", u.getPasswordHash());
        assertEquals(changed.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), u.getPasswordChangedAt());
        assertEquals(CREATED, u.getCreatedAt());
        assertEquals(Role.OFFICE_OPERATOR, u.getRole());
        assertEquals(officeId, u.getOffice().getId());
        assertEquals(version + 1, u.getVersion(), "one transaction, one new version");
    }

    @Test
    void theSchemaRefusesAnOfficeOperatorWithoutOffice() throws SQLException {
        SQLException e = assertThrows(SQLException.class,
                () -> insert(900_001, "no.office", "OFFICE_OPERATOR", null, null));
        assertConstraint(e, "user_account_office_ck");
        insert(900_002, "with.office", "OFFICE_OPERATOR", officeId, null);
        insert(900_003, "secretary2", "SECRETARIAT", null, null);
        assertEquals(7L, (long) db.read(em -> new JpaUserAccountRepository(em).count()));
    }

    @Test
    void theSchemaRefusesAnAgencyLiaisonWithoutAgency() throws SQLException {
        SQLException e = assertThrows(SQLException.class,
                () -> insert(900_004, "no.agency", "AGENCY_LIAISON", officeId, null));
        assertConstraint(e, "user_account_agency_ck");
        insert(900_005, "with.agency", "AGENCY_LIAISON", null, agencyId);
    }

    private static void assertConstraint(SQLException e, String name) {
        assertTrue(e.getSQLState() != null && e.getSQLState().startsWith("23"),
                () -> "an integrity constraint violation, SQLState " + e.getSQLState() + ": " + e.getMessage());
        assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains(name), e::getMessage);
    }

    /** Plain SQL, past the entity's own rules. */
    private void insert(long id, String username, String role, Long office, Long agency) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO user_account (id, username, display_name, password_hash,"
                     + " role, office_id, agency_id, enabled, created_at, password_changed_at, search_key, version)"
                     + " VALUES (?, ?, 'x', 'x', ?, ?, ?, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'x', 1)")) {
            s.setLong(1, id);
            s.setString(2, username);
            s.setString(3, role);
            s.setObject(4, office, java.sql.Types.BIGINT);
            s.setObject(5, agency, java.sql.Types.BIGINT);
            s.executeUpdate();
        }
    }
}
