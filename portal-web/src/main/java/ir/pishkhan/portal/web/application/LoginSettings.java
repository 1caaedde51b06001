package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.user.LoginThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How logins are throttled, by MicroProfile Config ({@code portal.login.*}; environment {@code PORTAL_LOGIN_…}):
 * per account name, a delay after {@code account.delayAfter} failures and a lock after {@code account.lockAfter};
 * per source address, the same with {@code address.*} (higher: an office's counter shares one address); a lock lasts
 * {@code lockMinutes} (failures older than that are forgotten), a delay at most {@code maxDelaySeconds}.
 */
@ApplicationScoped
public class LoginSettings {

    @Inject
    @ConfigProperty(name = "portal.login.account.delayAfter", defaultValue = "5")
    int accountDelayAfter;

    @Inject
    @ConfigProperty(name = "portal.login.account.lockAfter", defaultValue = "10")
    int accountLockAfter;

    @Inject
    @ConfigProperty(name = "portal.login.address.delayAfter", defaultValue = "30")
    int addressDelayAfter;

    @Inject
    @ConfigProperty(name = "portal.login.address.lockAfter", defaultValue = "100")
    int addressLockAfter;

    @Inject
    @ConfigProperty(name = "portal.login.lockMinutes", defaultValue = "15")
    long lockMinutes;

    @Inject
    @ConfigProperty(name = "portal.login.maxDelaySeconds", defaultValue = "60")
    long maxDelaySeconds;

    private LoginThrottle.Rule account;
    private LoginThrottle.Rule address;

    /** A setting out of range stops the deployment with its name, rather than leave logins unthrottled. */
    @PostConstruct
    void init() {
        account = new LoginThrottle.Rule(accountDelayAfter, accountLockAfter, Duration.ofMinutes(lockMinutes),
                Duration.ofSeconds(maxDelaySeconds));
        address = new LoginThrottle.Rule(addressDelayAfter, addressLockAfter, Duration.ofMinutes(lockMinutes),
                Duration.ofSeconds(maxDelaySeconds));
    }

    public LoginThrottle.Rule account() {
        return account;
    }

    public LoginThrottle.Rule address() {
        return address;
    }
}
