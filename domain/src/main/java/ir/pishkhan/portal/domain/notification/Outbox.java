package ir.pishkhan.portal.domain.notification;

import ir.pishkhan.portal.domain.workflow.Keyset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The mails waiting to be sent, and those sent. Several instances' workers share it: a mail is sent only by the one
 * that {@link #claim claims} it.
 */
public interface Outbox {

    void store(OutboxMail mail);

    Optional<OutboxMail> byId(long id);

    /** The pending mails due by {@code now}, oldest first, at most {@code limit}: each with its version, to claim. */
    List<Due> due(Instant now, int limit);

    /** A pending mail due to be sent, by its id and the version it was seen at. */
    record Due(long id, long version) {
    }

    /**
     * Claims a pending mail for this worker: true for exactly one of the workers that try with the version they saw
     * (a conditional update on state and version, on every database), false for the others.
     */
    boolean claim(Due mail, Instant now);

    /**
     * Mails claimed before {@code before} and never finished (their instance stopped while sending) become pending
     * again; how many. Such a mail may be sent twice: the price of never losing one.
     */
    int releaseAbandoned(Instant before);

    /** A page of the outbox, newest first; {@code state} null for every state. */
    Keyset.Page<OutboxMail> page(MailState state, Keyset.Request request);

    long count(MailState state, long cap);
}
