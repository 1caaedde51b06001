package ir.pishkhan.portal.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit log's hash chain. Entry n carries {@code hash(n) = SHA-256(n, its content, hash(n-1))}, the first
 * entry's previous hash being {@link #GENESIS}; the chain's head (its last place and hash) is kept apart. Reading
 * the entries in chain order, the first one that no longer fits is named: its content was changed (its own hash no
 * longer matches), the one before it was removed (a gap in the places, or a previous hash that is not the one before
 * it), or entries were removed from the end (the head is further than the last entry).
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Why an entry does not fit. */
    public enum Fault {
        /** Its content is not what was hashed when it was written. */
        CONTENT_CHANGED,
        /** It does not follow the entry before it: an entry between was removed, or one inserted. */
        LINK_BROKEN,
        /** The chain ends before its recorded head: the last entries were removed. */
        TAIL_REMOVED
    }

    /** The first entry that no longer fits: its place in the chain (for TAIL_REMOVED the first place missing), its id. */
    public record Break(long chainSeq, Long entryId, Fault fault) {
    }

    /** The result of a check: how many entries were read, and the first break if any. */
    public record Check(long entries, Optional<Break> firstBreak) {
        public boolean isIntact() {
            return firstBreak.isEmpty();
        }
    }

    /** An entry as stored, read by JPA or by plain JDBC (the command line's check). */
    public record Link(long chainSeq, Long entryId, Instant at, String actor, String entityType, long entityId,
                       String action, String detail, String sourceAddress, String prevHash, String entryHash) {

        public static Link of(AuditEntry e) {
            return new Link(e.getChainSeq(), e.getId(), e.getAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                    e.getAction(), e.getDetail(), e.getSourceAddress(), e.getPrevHash(), e.getEntryHash());
        }

        String computedHash() {
            return hashOf(chainSeq, at, actor, entityType, entityId, action, detail, sourceAddress, prevHash);
        }
    }

    public static String hashOf(AuditEntry e) {
        return hashOf(e.getChainSeq(), e.getAt(), e.getActor(), e.getEntityType(), e.getEntityId(), e.getAction(),
                e.getDetail(), e.getSourceAddress(), e.getPrevHash());
    }

    /** Each field with its length before it, so that no two contents hash as one. */
    public static String hashOf(long seq, Instant at, String actor, String entityType, long entityId, String action,
                                String detail, String sourceAddress, String prevHash) {
        StringBuilder content = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), at.toString(), actor, entityType, Long.toString(entityId),
                action, detail, sourceAddress, prevHash}) {
            if (field == null) {
                content.append("-1:");
            } else {
                content.append(field.length()).append(':').append(field);
            }
            content.append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Walks the entries in chain order; tells the first that does not fit. */
    public static final class Verifier {
        private long lastSeq;
        private String lastHash = GENESIS;
        private long read;
        private Break firstBreak;

        /** The next entry in chain order; false once a break is found (the rest need not be read). */
        public boolean accept(AuditEntry e) {
            return accept(Link.of(e));
        }

        public boolean accept(Link e) {
            if (firstBreak != null) {
                return false;
            }
            read++;
            if (e.chainSeq() != lastSeq + 1 || !Objects.equals(e.prevHash(), lastHash)) {
                firstBreak = new Break(e.chainSeq(), e.entryId(), Fault.LINK_BROKEN);
            } else if (!e.computedHash().equals(e.entryHash())) {
                firstBreak = new Break(e.chainSeq(), e.entryId(), Fault.CONTENT_CHANGED);
            }
            lastSeq = e.chainSeq();
            lastHash = e.entryHash();
            return firstBreak == null;
        }

        /** After the last entry: the head the chain should end at. */
        public Check end(long headSeq, String headHash) {
            if (firstBreak == null && (headSeq != lastSeq || !Objects.equals(headHash, lastHash))) {
                firstBreak = new Break(lastSeq + 1, null, Fault.TAIL_REMOVED);
            }
            return new Check(read, Optional.ofNullable(firstBreak));
        }
    }
}
