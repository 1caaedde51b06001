package ir.pishkhan.portal.domain.apikey;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private final Agency postBank = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);

    private ApiKey.Issued issue() {
        return ApiKey.issue(postBank, "  سامانه پست بانک ", "admin", T0, new SecureRandom());
    }

    @Test
    void aKeyIsThirtyTwoRandomBytesBehindAPublicPrefixAndOnlyItsHashIsKept() {
        ApiKey.Issued issued = issue();
        String secret = issued.secret();
        assertTrue(ApiKey.FORMAT.matcher(secret).matches(), secret);
        String prefix = ApiKey.prefixOf(secret).orElseThrow();
        assertEquals(issued.key().getPrefix(), prefix);
        assertTrue(secret.startsWith("pk_" + prefix + "_"));
        assertEquals(32, Base64.getUrlDecoder().decode(secret.substring(("pk_" + prefix + "_").length())).length);
        assertEquals(64, issued.key().getKeyHash().length());
        assertFalse(issued.key().getKeyHash().contains(secret.substring(14)), "the key is not stored");
        assertEquals(ApiKey.hash(secret), issued.key().getKeyHash());
        assertEquals("سامانه پست بانک", issued.key().getName());
        assertFalse(issued.toString().contains(secret), "never the secret in a log");
        assertNotEquals(secret, issue().secret());
        assertEquals("api:" + prefix, issued.key().actorName());
        assertEquals(Optional.of(prefix), ApiKey.prefixOfActor(issued.key().actorName()));
        assertEquals(Optional.empty(), ApiKey.prefixOfActor("liaison.postbank"));
    }

    @Test
    void itAcceptsItselfOnlyAndNothingOnceRevoked() {
        ApiKey.Issued issued = issue();
        ApiKey key = issued.key();
        assertTrue(key.accepts(issued.secret()));
        String secret = issued.secret();
        // another last character: the last of 43 base64url characters is 'A' one time in 16, so never "A" blindly
        char other = secret.charAt(secret.length() - 1) == 'A' ? 'E' : 'A';
        assertFalse(key.accepts(secret.substring(0, secret.length() - 1) + other));
        assertFalse(key.accepts(null));
        key.revoke("admin", T0.plusSeconds(60));
        assertFalse(key.accepts(issued.secret()));
        assertEquals("admin", key.getRevokedBy());
        assertThrows(BusinessException.InvalidInput.class, () -> key.revoke("admin", T0.plusSeconds(61)));
    }

    @Test
    void whatIsNotShapedAsAKeyNamesNoPrefix() {
        assertEquals(Optional.empty(), ApiKey.prefixOf(null));
        assertEquals(Optional.empty(), ApiKey.prefixOf("Bearer x"));
        assertEquals(Optional.empty(), ApiKey.prefixOf("pk_ABCDEFGHIJ_" + "a".repeat(43)));
        assertEquals(Optional.of("abcdefghij"), ApiKey.prefixOf("pk_abcdefghij_" + "a".repeat(43)));
    }

    @Test
    void aKeyNeedsANameOfAtMostAHundredCharacters() {
        assertThrows(BusinessException.InvalidInput.class, () -> ApiKey.issue(postBank, " ", "admin", T0, new SecureRandom()));
        assertThrows(BusinessException.InvalidInput.class,
                () -> ApiKey.issue(postBank, "x".repeat(101), "admin", T0, new SecureRandom()));
    }

    @Test
    void aKeyNeverUsedHasItsUseNoted() {
        ApiKey key = issue().key();
        assertNull(key.getLastUsedAt());
        assertTrue(key.useWorthNoting(T0));
    }

    @Test
    void aKeyActsAsItsAgencysLiaisonUnderItsOwnName() {
        ApiKey key = issue().key();
        UserAccount system = UserAccount.agencySystem(key.actorName(), key.getName(), key.getAgency(), key.getCreatedAt());
        assertEquals(Role.AGENCY_LIAISON, system.getRole());
        assertSame(postBank, system.getAgency());
        assertNull(system.getOffice());
        assertEquals(key.actorName(), system.getUsername());
        assertTrue(key.actorName().length() <= 40, "fits a timeline's actor");
        assertThrows(BusinessException.InvalidInput.class, () -> UserAccount.checkUsername(key.actorName()),
                "no account can be named as a key acts");
    }
}
