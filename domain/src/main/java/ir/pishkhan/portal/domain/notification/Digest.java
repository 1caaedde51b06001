package ir.pishkhan.portal.domain.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One user's daily digest: the notifications that waited for it, newest first. A mail has room for
 * {@link #LISTED} of them; the others are counted (the reader finds them all on the notifications page), and all go
 * into this digest, so that none waits for the next.
 */
public final class Digest {

    /** As many as one mail lists: its bodies are bounded by the outbox's columns. */
    public static final int LISTED = 30;

    private final List<Notification> all;

    private Digest(List<Notification> all) {
        this.all = all;
    }

    /** The digest of these notifications, all of one recipient; none when there are none. */
    public static Digest of(List<Notification> waiting) {
        List<Notification> sorted = new ArrayList<>(Objects.requireNonNull(waiting));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a digest of nothing");
        }
        String recipient = sorted.get(0).getRecipient();
        if (sorted.stream().anyMatch(n -> !n.isFor(recipient))) {
            throw new IllegalArgumentException("a digest is one recipient's");
        }
        sorted.sort(Comparator.comparing(Notification::getAt).thenComparing(Notification::getId,
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        return new Digest(List.copyOf(sorted));
    }

    /** Every notification the digest covers, newest first. */
    public List<Notification> covered() {
        return all;
    }

    /** Those the mail lists, newest first. */
    public List<Notification> listed() {
        return all.subList(0, Math.min(LISTED, all.size()));
    }

    /** How many more the digest covers than the mail lists. */
    public int notListed() {
        return all.size() - listed().size();
    }

    public String recipient() {
        return all.get(0).getRecipient();
    }
}
