package ir.pishkhan.portal.web.application;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.user.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Hashes new passwords with the parameters the identity store verifies with (see SecurityConfig), after the
 * password policy ({@link PasswordPolicy}). A login whose account does not exist (or is disabled) is verified
 * against a dummy hash of the same cost, so that it takes the same work and time as one whose account exists.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash hash;

    private String dummyHash;

    @SuppressFBWarnings(value = "DMI_RANDOM_USED_ONLY_ONCE", justification = "a SecureRandom seeds itself from the system; this runs once per application, for the dummy hash's random password")
    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        dummyHash = hash.generate(HexFormat.of().formatHex(random).toCharArray());
    }

    /** Checks the password policy for this user (their username and name are not to be built on), then hashes. */
    public String hash(String rawPassword, String username, String displayName) {
        UserAccount.checkPassword(rawPassword, username, displayName);
        return hash.generate(rawPassword.toCharArray());
    }

    public boolean verify(String rawPassword, String storedHash) {
        return hash.verify(rawPassword.toCharArray(), storedHash);
    }

    /**
     * Verifies a login's password against the account's hash, or, with no account, against the dummy hash: the same
     * work either way; with no account the answer is false whatever was typed.
     */
    public boolean verifyLogin(String rawPassword, Optional<UserAccount> account) {
        boolean matches = verify(rawPassword == null ? "" : rawPassword, account.map(UserAccount::getPasswordHash).orElse(dummyHash));
        return matches && account.isPresent();
    }
}
