package ir.pishkhan.portal.domain.apikey;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key an agency's own system calls the portal's API with, in the name of that agency (its liaison's role). The key
 * itself is shown once, when issued: the portal keeps only its SHA-256 hash, and a short public prefix (in the key
 * too) that finds the row. An administrator issues and revokes keys; a revoked key is kept, never deleted.
 */
@Entity
@Table(name = "api_key")
public class ApiKey implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a key reads: {@code pk_<prefix>_<secret>}, the secret 32 random bytes in base64url. */
    public static final Pattern FORMAT = Pattern.compile("pk_([a-z0-9]{10})_([A-Za-z0-9_-]{43})");
    public static final int SECRET_BYTES = 32;
    public static final int NAME_MAX = 100;
    /** An actor on a timeline that is an API key: this, then the key's prefix (never an account's name: no colon there). */
    public static final String ACTOR_PREFIX = "api:";
    /** When it was last used is written at most this often (not on each request). */
    public static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    private static final char[] PREFIX_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "prefix", nullable = false, unique = true, updatable = false, length = 10)
    private String prefix;

    @Column(name = "key_hash", nullable = false, updatable = false, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 40)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiKey() {
    }

    /** A key just issued, and the key itself — to be shown once, then forgotten. */
    public record Issued(ApiKey key, String secret) {
        @Override
        public String toString() {
            return "Issued[" + key.prefix + "]"; // never the secret, in a log
        }
    }

    /** Issues a key for the agency, named for the system that will use it. */
    public static Issued issue(Agency agency, String name, String by, Instant now, SecureRandom random) {
        Objects.requireNonNull(agency);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw new BusinessException.InvalidInput("apiKey.name.invalid", NAME_MAX);
        }
        char[] prefix = new char[10];
        for (int i = 0; i < prefix.length; i++) {
            prefix[i] = PREFIX_LETTERS[random.nextInt(PREFIX_LETTERS.length)];
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String full = "pk_" + new String(prefix) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey();
        key.agency = agency;
        key.name = n;
        key.prefix = new String(prefix);
        key.keyHash = hash(full);
        key.createdAt = Objects.requireNonNull(now);
        key.createdBy = Objects.requireNonNull(by);
        return new Issued(key, full);
    }

    /** The prefix a presented key names, when it is shaped as a key at all. */
    public static Optional<String> prefixOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The SHA-256 of the key's text, in hex: what is stored. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the presented key is this one, and still valid (compared in constant time). */
    public boolean accepts(String presented) {
        if (presented == null || isRevoked()) {
            return false;
        }
        return MessageDigest.isEqual(keyHash.getBytes(StandardCharsets.US_ASCII),
                hash(presented.strip()).getBytes(StandardCharsets.US_ASCII));
    }

    /** Revokes the key; a key revoked already cannot be revoked again. */
    public void revoke(String by, Instant now) {
        if (isRevoked()) {
            throw new BusinessException.InvalidInput("apiKey.revoked.already");
        }
        this.revokedBy = Objects.requireNonNull(by);
        this.revokedAt = Objects.requireNonNull(now);
    }

    /**
     * Whether a use at {@code now} is worth writing down: the last one written is older than {@link #LAST_USED_STEP},
     * so that a busy system does not write on each request. The repository writes it apart from the key
     * ({@link ApiKeyRepository#noteUse}), so that many requests of one key at once, or a revocation meanwhile, never
     * fail each other on the key's version.
     */
    public boolean useWorthNoting(Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(LAST_USED_STEP).isAfter(now);
    }

    /** The name the key's steps are taken under, on the timeline and in the audit log. */
    public String actorName() {
        return ACTOR_PREFIX + prefix;
    }

    /** The prefix an actor's name stands for, when it is an API key's. */
    public static Optional<String> prefixOfActor(String actor) {
        return actor != null && actor.startsWith(ACTOR_PREFIX) ? Optional.of(actor.substring(ACTOR_PREFIX.length()))
                : Optional.empty();
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public long getVersion() {
        return version;
    }
}
