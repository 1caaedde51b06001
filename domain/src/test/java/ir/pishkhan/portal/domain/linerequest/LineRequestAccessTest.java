package ir.pishkhan.portal.domain.linerequest;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Path;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.List;

import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.NOW;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.OPERATOR;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.SECRETARY;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees which line request. Access compares offices and agencies by their database ids. */
class LineRequestAccessTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";

    private final LineRequestFixtures f = new LineRequestFixtures();

    private final Office otherOffice = withId(new Office("14-71-1019", "دفتر پیشخوان آریا", "Aria", OfficeKind.RURAL,
            "شهرستان نمونه", null, null, LicenceStatus.ACTIVE), 2L);

    LineRequestAccessTest() {
        withId(f.office, 1L);
        withId(f.telecom, 11L);
        withId(f.infrastructureCo, 12L);
        withId(f.postBank, 13L);
    }

    private static UserAccount user(String username, Role role, Office office, Agency agency) {
        return new UserAccount(username, username, role, office, agency, HASH, NOW);
    }

    private static UserAccount operatorOf(Office office) {
        return user("operator", Role.OFFICE_OPERATOR, office, null);
    }

    private static UserAccount liaisonOf(Agency agency) {
        return user("liaison", Role.AGENCY_LIAISON, null, agency);
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void anOfficeSeesItsOwnRequestsInEveryState(Path path) {
        LineRequest r = f.in(path);
        assertTrue(LineRequestAccess.canSee(operatorOf(f.office), r));
        assertFalse(LineRequestAccess.canSee(operatorOf(otherOffice), r));
    }

    @Test
    void theSameOfficeIsTheSameId() {
        LineRequest r = f.in(Path.REQUESTED);
        Office sameRow = withId(new Office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN,
                "مرکز استان", "Centre", null, LicenceStatus.ACTIVE), 1L);
        assertTrue(LineRequestAccess.canSee(operatorOf(sameRow), r));
        Office otherRow = withId(new Office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN,
                "مرکز استان", "Centre", null, LicenceStatus.ACTIVE), 3L);
        assertFalse(LineRequestAccess.canSee(operatorOf(otherRow), r));
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void theProviderSeesARequestOnlyOnceItIsSent(Path path) {
        LineRequest r = f.in(path);
        boolean sent = path != Path.REQUESTED && path != Path.CANCELLED;
        assertEquals(sent, r.isSent(), path.route);
        assertEquals(sent, LineRequestAccess.canSee(liaisonOf(f.telecom), r), path.route);
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void anotherAgencyNeverSeesIt(Path path) {
        LineRequest r = f.in(path);
        assertFalse(LineRequestAccess.canSee(liaisonOf(f.infrastructureCo), r));
        assertFalse(LineRequestAccess.canSee(liaisonOf(f.postBank), r));
    }

    @Test
    void sentByTheSecretariatIsSentToo() {
        LineRequest r = f.filed();
        assertFalse(LineRequestAccess.canSee(liaisonOf(f.telecom), r));
        r.forward(SECRETARY, null, EVERY_DAY, f.tick());
        assertTrue(LineRequestAccess.canSee(liaisonOf(f.telecom), r));
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void theSecretariatAndTheGuildSeeAll(Path path) {
        LineRequest r = f.in(path);
        assertTrue(LineRequestAccess.canSee(user("secretary", Role.SECRETARIAT, null, null), r));
        assertTrue(LineRequestAccess.canSee(user("guild", Role.GUILD, null, null), r));
        LineRequest other = LineRequest.file(otherOffice, f.infrastructureCo, LineKind.INTRANET, 1, "نشانی دفتر آریا",
                null, f.deadlines, EVERY_DAY, OPERATOR, NOW, "form-2");
        assertTrue(LineRequestAccess.canSee(user("secretary", Role.SECRETARIAT, null, null), other));
        assertTrue(LineRequestAccess.canSee(user("guild", Role.GUILD, null, null), other));
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void theAdministratorSeesNone(Path path) {
        assertFalse(LineRequestAccess.canSee(user("admin", Role.ADMIN, null, null), f.in(path)));
    }

    @Test
    void aDisabledAccountSeesNothing() {
        LineRequest r = f.in(Path.SCHEDULED);
        List<UserAccount> users = List.of(operatorOf(f.office), liaisonOf(f.telecom),
                user("secretary", Role.SECRETARIAT, null, null), user("guild", Role.GUILD, null, null),
                user("admin", Role.ADMIN, null, null));
        for (UserAccount u : users) {
            boolean before = LineRequestAccess.canSee(u, r);
            u.disable();
            assertFalse(LineRequestAccess.canSee(u, r), u.getRole().name());
            u.enable();
            assertEquals(before, LineRequestAccess.canSee(u, r), u.getRole().name());
        }
        assertFalse(LineRequestAccess.canSee(null, r));
        assertFalse(LineRequestAccess.canSee(user("secretary", Role.SECRETARIAT, null, null), null));
    }

    @Test
    void aReassignedAccountFollowsItsNewOfficeOrAgency() {
        LineRequest r = f.in(Path.SENT_BY_OFFICE);
        UserAccount u = operatorOf(f.office);
        assertTrue(LineRequestAccess.canSee(u, r));
        u.assign(Role.OFFICE_OPERATOR, otherOffice, null);
        assertFalse(LineRequestAccess.canSee(u, r));
        u.assign(Role.AGENCY_LIAISON, null, f.telecom);
        assertTrue(LineRequestAccess.canSee(u, r));
        u.assign(Role.AGENCY_LIAISON, null, f.infrastructureCo);
        assertFalse(LineRequestAccess.canSee(u, r));
    }

    @Test
    void whoSeesWhichEntries() {
        assertEquals(EnumSet.of(Visibility.PUBLIC, Visibility.STAFF), LineRequestAccess.visibleTo(Role.SECRETARIAT));
        assertEquals(EnumSet.of(Visibility.PUBLIC, Visibility.STAFF), LineRequestAccess.visibleTo(Role.GUILD));
        assertEquals(EnumSet.of(Visibility.PUBLIC), LineRequestAccess.visibleTo(Role.OFFICE_OPERATOR));
        assertEquals(EnumSet.of(Visibility.PUBLIC), LineRequestAccess.visibleTo(Role.AGENCY_LIAISON));
        assertEquals(EnumSet.noneOf(Visibility.class), LineRequestAccess.visibleTo(Role.ADMIN));
    }
}
