package ir.pishkhan.portal.domain.audit;

import ir.pishkhan.portal.domain.audit.AuditChain.Break;
import ir.pishkhan.portal.domain.audit.AuditChain.Check;
import ir.pishkhan.portal.domain.audit.AuditChain.Fault;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each entry hashes the one before and its own content; the check names the first entry that no longer fits. */
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123456789Z");

    /** A head as the database would hold it, and the entries linked after it. */
    private static final class Chain {
        long seq;
        String hash = AuditChain.GENESIS;
        final List<AuditEntry> entries = new ArrayList<>();

        AuditEntry add(String action, String detail) {
            AuditEntry e = new AuditEntry(T0.plusSeconds(entries.size()), "admin", "UserAccount", 7, action, detail, "10.0.0.7");
            e.chain(seq + 1, hash);
            seq = e.getChainSeq();
            hash = e.getEntryHash();
            entries.add(e);
            return e;
        }

        Check check() {
            AuditChain.Verifier v = new AuditChain.Verifier();
            for (AuditEntry e : entries) {
                if (!v.accept(e)) {
                    break;
                }
            }
            return v.end(seq, hash);
        }
    }

    private static Chain chainOf(int n) {
        Chain c = new Chain();
        for (int i = 1; i <= n; i++) {
            c.add("A" + i, "detail " + i);
        }
        return c;
    }

    private static void set(AuditEntry e, String field, Object value) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(e, value);
    }

    @Test
    void anUntouchedChainIsIntact() {
        Check check = chainOf(5).check();
        assertTrue(check.isIntact());
        assertEquals(5, check.entries());
        assertTrue(new Chain().check().isIntact(), "an empty chain too");
    }

    @Test
    void eachEntryHashesTheOneBeforeAndItsContent() {
        Chain c = chainOf(2);
        assertEquals(AuditChain.GENESIS, c.entries.get(0).getPrevHash());
        assertEquals(c.entries.get(0).getEntryHash(), c.entries.get(1).getPrevHash());
        assertEquals(64, c.entries.get(1).getEntryHash().length());
        assertNotEquals(c.entries.get(0).getEntryHash(), c.entries.get(1).getEntryHash());
        assertEquals(Instant.parse("2026-12-01T10:00:00.123456Z"), c.entries.get(0).getAt(), "kept to the microsecond");
        assertThrows(IllegalStateException.class, () -> c.entries.get(0).chain(9, AuditChain.GENESIS));
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        assertNotEquals(AuditChain.hashOf(1, T0, "ab", "c", 1, "x", null, null, AuditChain.GENESIS),
                AuditChain.hashOf(1, T0, "a", "bc", 1, "x", null, null, AuditChain.GENESIS));
        assertNotEquals(AuditChain.hashOf(1, T0, "a", "b", 1, "x", null, null, AuditChain.GENESIS),
                AuditChain.hashOf(1, T0, "a", "b", 1, "x", "", null, AuditChain.GENESIS));
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        Chain c = chainOf(5);
        set(c.entries.get(2), "detail", "detail 3, edited");
        assertEquals(Optional.of(new Break(3, null, Fault.CONTENT_CHANGED)), c.check().firstBreak());
    }

    @Test
    void anEditedTimeOrActorIsNamedToo() throws Exception {
        Chain c = chainOf(4);
        set(c.entries.get(1), "actor", "someone");
        assertEquals(Optional.of(new Break(2, null, Fault.CONTENT_CHANGED)), c.check().firstBreak());
        Chain d = chainOf(4);
        set(d.entries.get(3), "at", T0.minusSeconds(3600));
        assertEquals(Optional.of(new Break(4, null, Fault.CONTENT_CHANGED)), d.check().firstBreak());
    }

    @Test
    void anEditedEntryWithItsHashRecomputedBreaksTheNextLink() throws Exception {
        Chain c = chainOf(5);
        AuditEntry e = c.entries.get(1);
        set(e, "detail", "forged");
        set(e, "entryHash", AuditChain.hashOf(e));
        assertEquals(Optional.of(new Break(3, null, Fault.LINK_BROKEN)), c.check().firstBreak());
    }

    @Test
    void aRemovedEntryIsNamedByTheOneAfterIt() {
        Chain c = chainOf(5);
        c.entries.remove(2);
        assertEquals(Optional.of(new Break(4, null, Fault.LINK_BROKEN)), c.check().firstBreak());
    }

    @Test
    void removedLastEntriesAreFoundByTheHead() {
        Chain c = chainOf(5);
        c.entries.remove(4);
        c.entries.remove(3);
        assertEquals(Optional.of(new Break(4, null, Fault.TAIL_REMOVED)), c.check().firstBreak());
    }
}
