package ir.pishkhan.portal.domain.complaint;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.complaint.ComplaintFixtures.Path;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.LIAISON;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.NOW;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees which complaint. Access compares offices and agencies by their database ids. */
class ComplaintAccessTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";

    private final ComplaintFixtures f = new ComplaintFixtures();

    private final Office otherOffice = new Office("14-71-1019", "دفتر پیشخوان آریا", "Aria", OfficeKind.RURAL,
            "شهرستان نمونه", null, null, LicenceStatus.ACTIVE);
    private final Agency telecom = new Agency("telecom", "شرکت مخابرات", "Telecom company", AgencyKind.TELECOM, null);

    ComplaintAccessTest() {
        withId(f.office, 1L);
        withId(otherOffice, 2L);
        withId(f.postBank, 10L);
        withId(telecom, 11L);
    }

    /**
     * Ids are given by the database; an entity built in a test has none. Only this test needs them, so it sets them
     * by reflection, here and nowhere else.
     */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserAccount user(String username, Role role, Office office, Agency agency) {
        return new UserAccount(username, username, role, office, agency, HASH, NOW);
    }

    private UserAccount operatorOf(Office office) {
        return user("operator", Role.OFFICE_OPERATOR, office, null);
    }

    private UserAccount liaisonOf(Agency agency) {
        return user("liaison", Role.AGENCY_LIAISON, null, agency);
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void anOfficeSeesItsOwnComplaintsInEveryState(Path path) {
        Complaint c = f.in(path);
        assertTrue(ComplaintAccess.canSee(operatorOf(f.office), c));
        assertFalse(ComplaintAccess.canSee(operatorOf(otherOffice), c));
    }

    @Test
    void theSameOfficeIsTheSameId() {
        Complaint c = f.in(Path.SUBMITTED);
        // another instance of the same row (as loaded in another persistence context)
        Office sameRow = withId(new Office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN,
                "مرکز استان", "Centre", null, LicenceStatus.ACTIVE), 1L);
        assertTrue(ComplaintAccess.canSee(operatorOf(sameRow), c));
        // another row, even if its licence number were the same
        Office otherRow = withId(new Office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN,
                "مرکز استان", "Centre", null, LicenceStatus.ACTIVE), 3L);
        assertFalse(ComplaintAccess.canSee(operatorOf(otherRow), c));
    }

    @Test
    void theAgencySeesAComplaintOnlyOnceItIsForwarded() {
        UserAccount liaison = liaisonOf(f.postBank);
        for (Path path : List.of(Path.SUBMITTED, Path.INFO_REQUESTED_UNTRIAGED, Path.INFO_REQUESTED_TRIAGED,
                Path.TRIAGED, Path.REJECTED_UNTRIAGED, Path.REJECTED_TRIAGED)) {
            assertFalse(ComplaintAccess.canSee(liaison, f.in(path)), path.route);
        }
        for (Path path : List.of(Path.FORWARDED, Path.ANSWERED, Path.REFERRED, Path.RESOLVED, Path.WITHDRAWN)) {
            assertTrue(ComplaintAccess.canSee(liaison, f.in(path)), path.route);
        }
    }

    @Test
    void onceForwardedStaysVisibleToTheAgency() {
        Complaint c = f.in(Path.ANSWERED);
        c.requestInfo(SECRETARY, ComplaintFixtures.QUESTION, f.tick());
        assertTrue(ComplaintAccess.canSee(liaisonOf(f.postBank), c));
        c.reject(SECRETARY, ComplaintFixtures.REASON, f.tick());
        c.reopen(SECRETARY, ComplaintFixtures.REOPEN_REASON, f.tick());
        assertTrue(ComplaintAccess.canSee(liaisonOf(f.postBank), c));
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void anotherAgencyNeverSeesIt(Path path) {
        assertFalse(ComplaintAccess.canSee(liaisonOf(telecom), f.in(path)));
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void theSecretariatAndTheGuildSeeAll(Path path) {
        Complaint c = f.in(path);
        assertTrue(ComplaintAccess.canSee(user("secretary", Role.SECRETARIAT, null, null), c));
        assertTrue(ComplaintAccess.canSee(user("guild", Role.GUILD, null, null), c));
        Complaint other = Complaint.file(otherOffice, telecom, ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED,
                ComplaintFixtures.TODAY, null, ComplaintFixtures.DESCRIPTION, null, ComplaintFixtures.OPERATOR, NOW, "form-2");
        assertTrue(ComplaintAccess.canSee(user("secretary", Role.SECRETARIAT, null, null), other));
        assertTrue(ComplaintAccess.canSee(user("guild", Role.GUILD, null, null), other));
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void theAdministratorSeesNone(Path path) {
        assertFalse(ComplaintAccess.canSee(user("admin", Role.ADMIN, null, null), f.in(path)));
    }

    @Test
    void aDisabledAccountSeesNothing() {
        Complaint c = f.in(Path.FORWARDED);
        List<UserAccount> users = List.of(operatorOf(f.office), liaisonOf(f.postBank),
                user("secretary", Role.SECRETARIAT, null, null), user("guild", Role.GUILD, null, null),
                user("admin", Role.ADMIN, null, null));
        for (UserAccount u : users) {
            boolean before = ComplaintAccess.canSee(u, c);
            u.disable();
            assertFalse(ComplaintAccess.canSee(u, c), u.getRole().name());
            u.enable();
            // enabled again, it sees again what its role lets it see
            assertTrue(before == ComplaintAccess.canSee(u, c), u.getRole().name());
        }
        assertFalse(ComplaintAccess.canSee(null, c));
    }

    @Test
    void aReassignedAccountFollowsItsNewOffice() {
        Complaint c = f.in(Path.SUBMITTED);
        UserAccount u = operatorOf(f.office);
        assertTrue(ComplaintAccess.canSee(u, c));
        u.assign(Role.OFFICE_OPERATOR, otherOffice, null);
        assertFalse(ComplaintAccess.canSee(u, c));
        u.assign(Role.AGENCY_LIAISON, null, f.postBank);
        assertFalse(ComplaintAccess.canSee(u, c), "not yet forwarded");
        c.triage(SECRETARY, List.of(f.r11), ir.pishkhan.portal.domain.complaint.Priority.HIGH, null, EVERY_DAY, f.tick());
        c.forward(SECRETARY, null, f.tick());
        assertTrue(ComplaintAccess.canSee(u, c));
        c.answer(LIAISON, ComplaintFixtures.ANSWER, null, Instant.from(f.tick()));
        assertTrue(ComplaintAccess.canSee(u, c));
    }
}
