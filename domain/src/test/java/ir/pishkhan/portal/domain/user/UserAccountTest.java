package ir.pishkhan.portal.domain.user;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2012-09-17T05:30:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";

    private final Office office = new Office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN,
            "مرکز استان", "Centre", null, LicenceStatus.ACTIVE);
    private final Agency postBank = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);

    private static String keyOf(Executable e) {
        return assertThrows(BusinessException.InvalidInput.class, e).getMessageKey();
    }

    @Test
    void anOfficeOperatorOfAnOffice() {
        UserAccount u = new UserAccount("Operator1", "  اکرم بسطامی ", Role.OFFICE_OPERATOR, office, null, HASH, NOW);
        assertEquals("operator1", u.getUsername());
        assertEquals("اکرم بسطامی", u.getDisplayName());
        assertEquals(Role.OFFICE_OPERATOR, u.getRole());
        assertSame(office, u.getOffice());
        assertNull(u.getAgency());
        assertTrue(u.isEnabled());
        assertEquals(NOW, u.getCreatedAt());
        assertEquals(NOW, u.getPasswordChangedAt());
        assertEquals(HASH, u.getPasswordHash());
    }

    @Test
    void anOfficeOperatorNeedsAnOffice() {
        assertEquals("user.office.required",
                keyOf(() -> new UserAccount("operator", "x", Role.OFFICE_OPERATOR, null, postBank, HASH, NOW)));
    }

    @Test
    void anAgencyLiaisonNeedsAnAgency() {
        assertEquals("user.agency.required",
                keyOf(() -> new UserAccount("liaison", "x", Role.AGENCY_LIAISON, office, null, HASH, NOW)));
    }

    @Test
    void aRoleKeepsOnlyTheBindingItNeeds() {
        UserAccount operator = new UserAccount("operator", "x", Role.OFFICE_OPERATOR, office, postBank, HASH, NOW);
        assertSame(office, operator.getOffice());
        assertNull(operator.getAgency());

        UserAccount liaison = new UserAccount("liaison", "x", Role.AGENCY_LIAISON, office, postBank, HASH, NOW);
        assertNull(liaison.getOffice());
        assertSame(postBank, liaison.getAgency());
    }

    @Test
    void theSecretariatIsBoundToNothing() {
        UserAccount u = new UserAccount("someone", "x", Role.OFFICE_OPERATOR, office, null, HASH, NOW);
        u.assign(Role.SECRETARIAT, office, postBank);
        assertEquals(Role.SECRETARIAT, u.getRole());
        assertNull(u.getOffice());
        assertNull(u.getAgency());

        u.assign(Role.AGENCY_LIAISON, null, postBank);
        u.assign(Role.ADMIN, null, null);
        assertNull(u.getAgency());
        u.assign(Role.GUILD, null, null);
        assertEquals(Role.GUILD, u.getRole());
    }

    @Test
    void aRefusedAssignmentChangesNothing() {
        UserAccount u = new UserAccount("someone", "x", Role.OFFICE_OPERATOR, office, null, HASH, NOW);
        assertEquals("user.agency.required", keyOf(() -> u.assign(Role.AGENCY_LIAISON, office, null)));
        assertEquals(Role.OFFICE_OPERATOR, u.getRole());
        assertSame(office, u.getOffice());
        assertThrows(NullPointerException.class, () -> u.assign(null, office, null));
        assertEquals(Role.OFFICE_OPERATOR, u.getRole());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ali", "ALI", " Ali.Rezaei ", "a_b-c.d9", "abcdefghijabcdefghijabcdefghijabcdefghij"})
    void acceptsUsernames(String username) {
        String checked = UserAccount.checkUsername(username);
        assertEquals(username.trim().toLowerCase(), checked);
        assertTrue(UserAccount.USERNAME.matcher(checked).matches());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "1ali", ".ali", "ali rezaei", "ali@x", "علی", "ali;drop", "ali\u200C",
            "abcdefghijabcdefghijabcdefghijabcdefghijk", "Ali\nx"})
    void refusesUsernames(String username) {
        assertEquals("user.username.invalid", keyOf(() -> UserAccount.checkUsername(username)));
        assertEquals("user.username.invalid",
                keyOf(() -> new UserAccount(username, "x", Role.ADMIN, null, null, HASH, NOW)));
    }

    @Test
    void displayNameIsRequiredAndBounded() {
        assertEquals("user.displayName.invalid",
                keyOf(() -> new UserAccount("ali", "   ", Role.ADMIN, null, null, HASH, NOW)));
        UserAccount u = new UserAccount("ali", "x".repeat(100), Role.ADMIN, null, null, HASH, NOW);
        assertEquals("user.displayName.invalid", keyOf(() -> u.rename("x".repeat(101))));
        assertEquals("x".repeat(100), u.getDisplayName());
        u.rename(" علی رضایی ");
        assertEquals("علی رضایی", u.getDisplayName());
    }

    @Test
    void disableAndEnable() {
        UserAccount u = new UserAccount("ali", "x", Role.GUILD, null, null, HASH, NOW);
        u.disable();
        assertFalse(u.isEnabled());
        u.disable();
        assertFalse(u.isEnabled());
        u.enable();
        assertTrue(u.isEnabled());
    }

    @Test
    void changingThePasswordRecordsWhen() {
        UserAccount u = new UserAccount("ali", "x", Role.GUILD, null, null, HASH, NOW);
        Instant later = NOW.plusSeconds(3600);
        u.changePassword("new-hash", later);
        assertEquals("new-hash", u.getPasswordHash());
        assertEquals(later, u.getPasswordChangedAt());
        assertEquals(NOW, u.getCreatedAt());
        assertThrows(NullPointerException.class, () -> u.changePassword(null, later));
    }
}
