package ir.pishkhan.portal.domain.user;

import ir.pishkhan.portal.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;

/** ASVS 2.1: long enough, long passphrases welcome, no composition rule, nothing common or guessable. */
class PasswordPolicyTest {

    private static String keyOf(String raw, String... inputs) {
        return assertThrows(BusinessException.InvalidInput.class, () -> PasswordPolicy.check(raw, inputs)).getMessageKey();
    }

    @Test
    void atLeastTwelveCharactersCountedAsTyped() {
        BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                () -> PasswordPolicy.check("x7#kQ9!vR2m"));
        assertEquals("password.tooShort", e.getMessageKey());
        assertArrayEquals(new Object[] {12}, e.getArguments());
        assertEquals("password.tooShort", keyOf(null));
        assertEquals("password.tooShort", keyOf(""));
        // 11 Persian letters are 11 characters, whatever their bytes
        assertEquals("password.tooShort", keyOf("گلستانسعدی"));
    }

    @Test
    void longPassphrasesAreAllowedUpTo128AndNeverCut() {
        String passphrase = "the rain in rasht falls mostly on the bazaar tiles while we wait for the number nine bus".repeat(2);
        assertDoesNotThrow(() -> PasswordPolicy.check(passphrase.substring(0, 128)));
        BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                () -> PasswordPolicy.check(passphrase.substring(0, 129)));
        assertEquals("password.tooLong", e.getMessageKey());
        assertArrayEquals(new Object[] {128}, e.getArguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "password1234", "Password1234!", "qwertyuiop123", "1qaz2wsx3edc",
            "iloveyou123456", "123456789012", "abcdefghijklmnop"})
    void commonOrGuessablePasswordsAreRefused(String weak) {
        assertEquals("password.weak", keyOf(weak));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "tehran-rasht-mashhad", "pishkhan-demo-1391",
            "گذرواژه‌ی بلند من در رشت", "dabir ghazal hafez 1403"})
    void unguessablePassphrasesPassWithNoCompositionRule(String strong) {
        assertDoesNotThrow(() -> PasswordPolicy.check(strong));
    }

    @Test
    void aPasswordBuiltOnTheUsersOwnNameIsRefused() {
        assertDoesNotThrow(() -> PasswordPolicy.check("kourosh.aria.2024"));
        assertEquals("password.weak", keyOf("kourosh.aria.2024", "kourosh.aria", "Kourosh Aria"));
    }

    /**
     * zxcvbn's matching grows fast with the length: the longest passwords allowed must still be judged in seconds, not
     * minutes (measured ~0.4–6 s each on a 2-core machine under a load of 30; the bound leaves room for such a machine).
     */
    @Test
    void theLongestPasswordsAreJudgedInSeconds() {
        for (String longest : new String[] {"a1!".repeat(42) + "zq", "1234567890".repeat(12) + "12345678", "password".repeat(16)}) {
            assertTimeout(java.time.Duration.ofSeconds(20), () -> PasswordPolicy.score(longest));
        }
    }

    @Test
    void aChangedPasswordMovesTheSessionEpochToTheMillisecond() {
        UserAccount u = new UserAccount("ali", "علی", Role.ADMIN, null, null, "h", Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertEquals(Instant.parse("2026-01-01T00:00:00.123Z").toEpochMilli(), u.getSessionEpoch());
        u.changePassword("h2", Instant.parse("2026-01-02T00:00:00.999999Z"));
        assertEquals(Instant.parse("2026-01-02T00:00:00.999Z"), u.getPasswordChangedAt());
        assertEquals(Instant.parse("2026-01-02T00:00:00.999Z").toEpochMilli(), u.getSessionEpoch());
    }
}
