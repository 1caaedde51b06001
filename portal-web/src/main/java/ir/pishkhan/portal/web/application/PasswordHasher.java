package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.user.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** Hashes new passwords with the parameters the identity store verifies with (see SecurityConfig). */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** Checks the password rule, then hashes. */
    public String hash(String rawPassword) {
        UserAccount.checkPassword(rawPassword);
        return hash.generate(rawPassword.toCharArray());
    }

    public boolean verify(String rawPassword, String storedHash) {
        return hash.verify(rawPassword.toCharArray(), storedHash);
    }
}
