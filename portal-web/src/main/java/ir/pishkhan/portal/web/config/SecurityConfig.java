package ir.pishkhan.portal.web.config;

import ir.pishkhan.portal.web.application.Roles;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The identity store: the accounts in the database. The login form does not ask it: the login mechanism ({@link
 * ir.pishkhan.portal.web.security.PortalAuthenticationMechanism}) goes through {@link
 * ir.pishkhan.portal.web.application.LoginGate}, which throttles, audits and verifies an unknown name against a dummy
 * hash (this store computes no hash for a name it does not find, which told names apart by time). Passwords are PBKDF2 with
 * HMAC-SHA256 and 600,000 iterations (the API's default of 2,048 is too weak); see {@link
 * ir.pishkhan.portal.web.application.PasswordHasher}, which hashes with the same parameters. A disabled account
 * cannot log in.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/portal",
        callerQuery = "SELECT password_hash FROM user_account WHERE username = ? AND enabled = TRUE",
        groupsQuery = "SELECT role FROM user_account WHERE username = ? AND enabled = TRUE",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Iterations=600000",
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes=32",
                "Pbkdf2PasswordHash.KeySizeBytes=32"})
@DeclareRoles({Roles.OFFICE, Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfig {
}
