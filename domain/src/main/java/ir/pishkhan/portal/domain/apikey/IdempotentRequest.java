package ir.pishkhan.portal.domain.apikey;

import ir.pishkhan.portal.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A POST of the API, once: its key's and the client's idempotency key, a hash of what was asked (method, path and
 * body), and the answer given. The same idempotency key again with the same request gets the same answer and acts
 * no more; with another request it is refused. Stored in the transaction of the step it answers, under a unique
 * (API key, idempotency key): of two instances racing, one stores and the other's step is rolled back.
 */
@Entity
@Table(name = "api_idempotent_request")
public class IdempotentRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int KEY_MAX = 100;
    /** An answer kept is short (what was done, the record's new version), never a whole record. */
    public static final int BODY_MAX = 4000;

    @Id
    @SequenceGenerator(name = "api_idempotent_request_seq", sequenceName = "api_idempotent_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_idempotent_request_seq")
    private Long id;

    @Column(name = "api_key_id", nullable = false, updatable = false)
    private long apiKeyId;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = KEY_MAX)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
    private String requestHash;

    @Column(name = "status", nullable = false, updatable = false)
    private int status;

    @Column(name = "body", nullable = false, updatable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    public IdempotentRequest(long apiKeyId, String idempotencyKey, String requestHash, int status, String body, Instant now) {
        this.apiKeyId = apiKeyId;
        this.idempotencyKey = checkKey(idempotencyKey);
        this.requestHash = Objects.requireNonNull(requestHash);
        this.status = status;
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A client's idempotency key: present, 1–100 visible ASCII characters. */
    public static String checkKey(String key) {
        String k = key == null ? "" : key.strip();
        if (k.isEmpty()) {
            throw new BusinessException.InvalidInput("api.idempotency.missing");
        }
        if (k.length() > KEY_MAX || !k.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BusinessException.InvalidInput("api.idempotency.invalid", KEY_MAX);
        }
        return k;
    }

    /** The hash a request is remembered by: its method, its path and its body. */
    public static String requestHash(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * This answer again, for a request sent again under the same idempotency key; refused when the request is not the
     * one first sent under it (the key was reused for something else).
     */
    public IdempotentRequest replayFor(String otherRequestHash) {
        if (!requestHash.equals(otherRequestHash)) {
            throw new Reused();
        }
        return this;
    }

    /** An idempotency key sent again with another request. */
    public static class Reused extends BusinessException {
        private static final long serialVersionUID = 1L;

        public Reused() {
            super("api.idempotency.reused");
        }
    }

    public Long getId() {
        return id;
    }

    public long getApiKeyId() {
        return apiKeyId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public int getStatus() {
        return status;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
