package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people edit the same record: the second to save loses, never silently overwriting the first. Runs on every
 * {@link TestDatabase}.
 */
abstract class OptimisticLockingContract {

    private final TestDatabase database;
    private TestDatabase.Shared db;
    private final List<EntityManager> open = new ArrayList<>();
    private long officeId;
    private long userId;

    protected OptimisticLockingContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM user_account", "DELETE FROM office");
        db.run(em -> {
            Office office = new Office("14-71-1019", "دفتر پیشخوان آریا", "Aria", OfficeKind.URBAN, "شیروان", null, null,
                    LicenceStatus.ACTIVE);
            new JpaOfficeRepository(em).store(office);
            new JpaUserAccountRepository(em).store(new UserAccount("jamshid", "جمشید حیدری", Role.OFFICE_OPERATOR,
                    office, null, "hash", Instant.parse("2012-09-17T05:30:00Z")));
        });
        officeId = db.read(em -> new JpaOfficeRepository(em).byLicence("14-71-1019").orElseThrow().getId());
        userId = db.read(em -> new JpaUserAccountRepository(em).byUsername("jamshid").orElseThrow().getId());
    }

    @AfterEach
    void closeEntityManagers() {
        for (EntityManager em : open) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private EntityManager begin() {
        EntityManager em = db.emf().createEntityManager();
        open.add(em);
        em.getTransaction().begin();
        return em;
    }

    /** EclipseLink's commit wraps the standard exception, which wraps its own. */
    private static boolean causedByOptimisticLock(RollbackException e) {
        return e.getCause() instanceof OptimisticLockException;
    }

    @Test
    void theSecondCommitOfAnAccountFails() {
        EntityManager first = begin();
        EntityManager second = begin();
        UserAccount a = new JpaUserAccountRepository(first).byId(userId).orElseThrow();
        UserAccount b = new JpaUserAccountRepository(second).byId(userId).orElseThrow();
        assertEquals(a.getVersion(), b.getVersion());

        a.rename("جمشید حیدری (۱)");
        first.getTransaction().commit();
        b.rename("جمشید حیدری (۲)");
        RollbackException e = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
        assertTrue(causedByOptimisticLock(e), () -> "caused by an optimistic lock failure: " + e);
        assertFalse(second.getTransaction().isActive());

        UserAccount stored = db.read(em -> new JpaUserAccountRepository(em).byId(userId)).orElseThrow();
        assertEquals("جمشید حیدری (۱)", stored.getDisplayName(), "the first change stands");
        assertEquals(b.getVersion(), stored.getVersion(), "one change, one new version");
    }

    @Test
    void aFlushRaisesTheStandardOptimisticLockException() {
        EntityManager first = begin();
        EntityManager second = begin();
        UserAccount a = new JpaUserAccountRepository(first).byId(userId).orElseThrow();
        UserAccount b = new JpaUserAccountRepository(second).byId(userId).orElseThrow();
        a.disable();
        first.getTransaction().commit();
        b.rename("someone else");
        assertThrows(OptimisticLockException.class, second::flush);
        assertTrue(second.getTransaction().getRollbackOnly());
        assertFalse(db.read(em -> new JpaUserAccountRepository(em).byId(userId)).orElseThrow().isEnabled(),
                "the first change stands");
    }

    @Test
    void theSecondCommitOfAnOfficeFails() {
        EntityManager first = begin();
        EntityManager second = begin();
        Office a = new JpaOfficeRepository(first).byId(officeId).orElseThrow();
        Office b = new JpaOfficeRepository(second).byId(officeId).orElseThrow();
        long version = a.getVersion();
        // Office has no setters yet: a forced version increment is the change
        first.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        first.getTransaction().commit();
        second.lock(b, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        RollbackException e = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
        assertTrue(causedByOptimisticLock(e), () -> "caused by an optimistic lock failure: " + e);
        assertEquals(version + 1, db.read(em -> new JpaOfficeRepository(em).byId(officeId)).orElseThrow().getVersion());
    }

    @Test
    void changesOneAfterTheOtherBothSucceed() {
        long version = db.read(em -> new JpaUserAccountRepository(em).byId(userId)).orElseThrow().getVersion();
        for (int i = 1; i <= 3; i++) {
            EntityManager em = begin();
            new JpaUserAccountRepository(em).byId(userId).orElseThrow().rename("name " + i);
            em.getTransaction().commit();
        }
        UserAccount stored = db.read(em -> new JpaUserAccountRepository(em).byId(userId)).orElseThrow();
        assertEquals("name 3", stored.getDisplayName());
        assertEquals(version + 3, stored.getVersion());
    }
}
