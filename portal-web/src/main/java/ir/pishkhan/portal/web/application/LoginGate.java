package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.user.LoginThrottle;
import ir.pishkhan.portal.domain.user.LoginThrottle.Refusal;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every login goes through here: refused at once while the account name or the source address is locked or must
 * wait; otherwise the password is verified — against a dummy hash of the same cost when there is no such enabled
 * account, so that an unknown name takes the same work and time as a known one — and the outcome is counted and
 * audited, with the source address.
 */
@ApplicationScoped
public class LoginGate {

    private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());
    private static final int TYPED_MAX = 100;

    /** What became of an attempt; {@code until} for a refusal, the account for a success. */
    public record Outcome(Kind kind, Instant until, String username, String role, long sessionEpoch) implements Serializable {
        public enum Kind { SIGNED_IN, FAILED, WAIT, LOCKED }

        public boolean signedIn() {
            return kind == Kind.SIGNED_IN;
        }
    }

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginRecords records;

    @Inject
    private Clock clock;

    public Outcome attempt(String typedUsername, String password, String address) {
        Instant now = clock.instant();
        String name = typedUsername == null ? "" : typedUsername.trim().toLowerCase(Locale.ROOT);
        Optional<String> accountKey = LoginThrottle.accountKey(name);
        String addressKey = LoginThrottle.addressKey(address);
        String actor = accountKey.isPresent() ? name : "?";
        String typed = name.length() > TYPED_MAX ? name.substring(0, TYPED_MAX) + "…" : name;
        Optional<UserAccount> account = accountKey.isPresent()
                ? accounts.byUsername(name).filter(UserAccount::isEnabled) : Optional.empty();
        long accountId = account.map(UserAccount::getId).orElse(0L);

        Optional<Refusal> refusal = records.refusal(accountKey, addressKey, actor, accountId, address, now);
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            return new Outcome(r.kind() == Refusal.Kind.LOCKED ? Outcome.Kind.LOCKED : Outcome.Kind.WAIT, r.until(), null, null, 0);
        }
        boolean right = hasher.verifyLogin(password, account);
        // a delay counts from the answer, not from the question: the hash's own time is not part of it
        now = clock.instant();
        try {
            if (right) {
                records.succeeded(accountKey, account.get(), address, now);
                UserAccount a = account.get();
                return new Outcome(Outcome.Kind.SIGNED_IN, null, a.getUsername(), a.getRole().name(), a.getSessionEpoch());
            }
            records.failed(accountKey, addressKey, actor, accountId, typed, address, now);
        } catch (RuntimeException e) {
            // two first failures of one key at once: the second's new row collides; it is still a failure
            LOG.log(Level.WARNING, "a login attempt's outcome was not recorded", e);
            if (right) {
                throw e;
            }
        }
        return new Outcome(Outcome.Kind.FAILED, null, null, null, 0);
    }
}
