package ir.pishkhan.portal.domain.user;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ir.pishkhan.portal.domain.notification.MailSchedule;
import ir.pishkhan.portal.domain.notification.NotificationKind;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's account: a role, and the office or agency the role binds it to. Accounts are never deleted: an
 * administrator disables them.
 */
@Entity
@Table(name = "user_account")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    public static final int PASSWORD_MIN = PasswordPolicy.MIN;
    public static final int PASSWORD_MAX = PasswordPolicy.MAX;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    /** A mailbox as people type it: something, one @, a domain with a dot; no spaces. Not more: the server judges. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    /** The languages the portal speaks, the first the default. */
    public static final List<String> LANGUAGES = List.of("fa", "en");

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "office_id")
    private Office office;

    @ManyToOne
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Username and display name normalized (see {@link ir.pishkhan.portal.domain.shared.PersianText#normalize}), for search. */
    @Column(name = "search_key", nullable = false, length = 300)
    private String searchKey;

    /** Where the portal mails this user; null when they gave none (then nothing is mailed). */
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    /** Whether the user wants mail at all (the address kept while it is off). */
    @Column(name = "mail_enabled", nullable = false)
    private boolean mailEnabled = true;

    /** The kinds of notification mailed, as their names joined by commas (a small set: one column). */
    @Column(name = "mail_kinds", nullable = false, length = 100)
    private String mailKinds = kindsText(EnumSet.allOf(NotificationKind.class));

    /** The language mails are written in: {@code fa} or {@code en}. */
    @Column(name = "language", nullable = false, length = 5)
    private String language = LANGUAGES.get(0);

    /** Each notification in a mail of its own, or the day's in one digest. */
    @Enumerated(EnumType.STRING)
    @Column(name = "mail_schedule", nullable = false, length = 15)
    private MailSchedule mailSchedule = MailSchedule.EACH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Role role, Office office, Agency agency,
                       String passwordHash, Instant now) {
        this.username = checkUsername(username);
        this.displayName = checkDisplayName(displayName);
        this.searchKey = searchKey();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(now);
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.MILLIS);
        assign(role, office, agency);
    }

    /**
     * An agency's own system, calling through an API key: an account never stored, in the liaison's role of that
     * agency, named on timelines and in the audit log by the key's actor name (which no account's name can be: it
     * has a colon), so that the API's steps are the same commands, rules and records as the liaison's screens.
     */
    public static UserAccount agencySystem(String actorName, String keyName, Agency agency, Instant issuedAt) {
        UserAccount system = new UserAccount();
        system.username = Objects.requireNonNull(actorName);
        system.displayName = Objects.requireNonNull(keyName);
        system.searchKey = system.searchKey();
        system.passwordHash = "-";
        system.createdAt = Objects.requireNonNull(issuedAt);
        system.passwordChangedAt = issuedAt;
        system.mailEnabled = false;
        system.assign(Role.AGENCY_LIAISON, null, Objects.requireNonNull(agency));
        return system;
    }

    /** Lower-cased and checked: 3–40 of a–z, 0–9, ".", "_", "-", starting with a letter. */
    public static String checkUsername(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw new BusinessException.InvalidInput("user.username.invalid");
        }
        return u;
    }

    private static String checkDisplayName(String displayName) {
        String d = displayName == null ? "" : displayName.strip();
        if (d.isEmpty() || d.length() > DISPLAY_NAME_MAX) {
            throw new BusinessException.InvalidInput("user.displayName.invalid", DISPLAY_NAME_MAX);
        }
        return d;
    }

    /** The rule a new password must satisfy, before it is hashed ({@link PasswordPolicy}), for this user. */
    public static void checkPassword(String raw, String username, String displayName) {
        PasswordPolicy.check(raw, username, displayName);
    }

    /** Gives the account a role, bound to an office or an agency as the role requires, and to nothing else. */
    public void assign(Role newRole, Office newOffice, Agency newAgency) {
        Objects.requireNonNull(newRole);
        if (newRole.isBoundToOffice() && newOffice == null) {
            throw new BusinessException.InvalidInput("user.office.required");
        }
        if (newRole.isBoundToAgency() && newAgency == null) {
            throw new BusinessException.InvalidInput("user.agency.required");
        }
        this.role = newRole;
        this.office = newRole.isBoundToOffice() ? newOffice : null;
        this.agency = newRole.isBoundToAgency() ? newAgency : null;
    }

    public void rename(String newDisplayName) {
        this.displayName = checkDisplayName(newDisplayName);
        this.searchKey = searchKey();
    }

    private String searchKey() {
        return ir.pishkhan.portal.domain.shared.PersianText.normalize(username + " " + displayName);
    }

    /**
     * A new password. Its time is also the account's session epoch: a session signed in before it ends at its next
     * request (kept to the millisecond, so that it reads back from the database the same on every instance).
     */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** What a signed-in session remembers of the account's credentials: it is valid while this has not changed. */
    public long getSessionEpoch() {
        return passwordChangedAt.toEpochMilli();
    }

    /**
     * The user's mail preferences: an address (blank for none), mail on or off, and which kinds are mailed. An address
     * that does not look like one is refused.
     */
    public void setMailPreferences(String newEmail, boolean enabled, Set<NotificationKind> kinds) {
        String e = newEmail == null ? "" : newEmail.strip();
        if (!e.isEmpty() && (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches())) {
            throw new BusinessException.InvalidInput("user.email.invalid");
        }
        this.email = e.isEmpty() ? null : e;
        this.mailEnabled = enabled;
        this.mailKinds = kindsText(kinds == null ? Set.of() : kinds);
    }

    /** The language the user reads mail in; only one the portal speaks. */
    public void setLanguage(String newLanguage) {
        if (!LANGUAGES.contains(newLanguage)) {
            throw new BusinessException.InvalidInput("user.language.invalid");
        }
        this.language = newLanguage;
    }

    /** Whether a notification of this kind goes to the user by mail: an address given, mail on, the kind chosen. */
    public boolean wantsMail(NotificationKind kind) {
        return enabled && email != null && mailEnabled && getMailKinds().contains(kind);
    }

    /** Each notification in a mail of its own, or the day's in one daily digest. */
    public void setMailSchedule(MailSchedule schedule) {
        this.mailSchedule = Objects.requireNonNull(schedule);
    }

    /** Whether this notification's mail is written now, on its own: wanted, and the user takes mails one by one. */
    public boolean mailsAtOnce(NotificationKind kind) {
        return wantsMail(kind) && mailSchedule == MailSchedule.EACH;
    }

    /** Whether this notification waits for the daily digest: wanted, and the user takes a digest. */
    public boolean mailsInDigest(NotificationKind kind) {
        return wantsMail(kind) && mailSchedule == MailSchedule.DAILY_DIGEST;
    }

    /**
     * Whether a digest can go to the user now: an address given, mail on, the account enabled. The kinds were chosen
     * when each notification waited; a user who has since gone back to single mails still gets what waited for a
     * digest, once, rather than losing it.
     */
    public boolean canTakeDigest() {
        return enabled && email != null && mailEnabled;
    }

    private static String kindsText(Set<NotificationKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Office getOffice() {
        return office;
    }

    public Agency getAgency() {
        return agency;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public String getEmail() {
        return email;
    }

    public boolean isMailEnabled() {
        return mailEnabled;
    }

    public Set<NotificationKind> getMailKinds() {
        EnumSet<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (String name : mailKinds.split(",")) {
            if (!name.isBlank()) {
                kinds.add(NotificationKind.valueOf(name));
            }
        }
        return kinds;
    }

    public MailSchedule getMailSchedule() {
        return mailSchedule;
    }

    public String getLanguage() {
        return language;
    }

    public long getVersion() {
        return version;
    }
}
