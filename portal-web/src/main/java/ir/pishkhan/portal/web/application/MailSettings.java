package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.notification.Retries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * How the portal mails, by MicroProfile Config ({@code portal.mail.*}: system properties, environment variables such
 * as {@code PORTAL_MAIL_HOST}, or the defaults in the WAR's microprofile-config.properties). With no host the
 * worker sends nothing and the mails wait in the outbox.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    /** STARTTLS required (true), or plain SMTP (false, for a relay on the same network). */
    @Inject
    @ConfigProperty(name = "portal.mail.tls", defaultValue = "false")
    boolean tls;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "portal@pishkhan.invalid")
    String from;

    /** The portal's address as its users reach it: the links in mails start with it. */
    @Inject
    @ConfigProperty(name = "portal.mail.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.mail.interval-seconds", defaultValue = "30")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.attempts", defaultValue = "10")
    int attempts;

    @Inject
    @ConfigProperty(name = "portal.mail.retry-first-seconds", defaultValue = "60")
    long retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.retry-longest-seconds", defaultValue = "3600")
    long retryLongestSeconds;

    /** When, Tehran time, the daily digests are written: after the escalation pass (06:15). */
    @Inject
    @ConfigProperty(name = "portal.mail.digest-at", defaultValue = "06:30")
    String digestAt;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, intervalSeconds));
    }

    public Retries retries() {
        return new Retries(attempts, Duration.ofSeconds(retryFirstSeconds), Duration.ofSeconds(retryLongestSeconds));
    }

    /** A mail claimed this long ago and still not finished was abandoned by an instance that stopped. */
    public Duration abandonedAfter() {
        return Duration.ofMinutes(10);
    }

    /** The time of day (Tehran) of the digest pass; a time that is none is refused at start, with the key's name. */
    public LocalTime digestAt() {
        try {
            return LocalTime.parse(digestAt.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("portal.mail.digest-at is not a time of day (HH:mm): " + digestAt, e);
        }
    }

    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String from() {
        return from;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    /** Jakarta Mail's session properties; timeouts short, so that a server that hangs delays one pass only. */
    public Properties sessionProperties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host.orElse(""));
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(user().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(tls));
        p.put("mail.smtp.starttls.required", String.valueOf(tls));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        return p;
    }
}
