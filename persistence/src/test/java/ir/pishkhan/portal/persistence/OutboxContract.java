package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.notification.MailState;
import ir.pishkhan.portal.domain.notification.Outbox;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import ir.pishkhan.portal.domain.notification.Retries;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox: the due mails, a claim that only one of several workers wins (each with its own connection and
 * transaction, as two instances would), retries at their time, the administrator's list.
 */
abstract class OutboxContract {

    private static final Instant T0 = Instant.parse("2012-09-17T05:30:00Z");
    private static final Retries RETRIES = new Retries(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected OutboxContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        // a digest's notifications point at its mail (NotificationRepositoryContract's digest test)
        db.sql("DELETE FROM notification WHERE digest_mail_id IS NOT NULL");
        db.sql("DELETE FROM outbox_mail");
    }

    private long mail(String subject, Instant at) {
        return db.inTransaction(em -> {
            OutboxMail m = new OutboxMail("liaison.postbank", "liaison@postbank.example", "fa", "C1391-7", subject,
                    "متن", "<p dir=\"rtl\">متن</p>", at);
            new JpaOutbox(em).store(m);
            em.flush();
            return m.getId();
        });
    }

    @Test
    void ofTwoWorkersClaimingTheSameMailOneWins() throws Exception {
        long id = mail("ارجاع شکایت", T0);
        List<Outbox.Due> due = db.read(em -> new JpaOutbox(em).due(T0, 10));
        assertEquals(1, due.size());
        Outbox.Due seen = due.get(0);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> worker = () -> {
            start.await();
            return db.inTransaction(em -> new JpaOutbox(em).claim(seen, T0.plusSeconds(1)));
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = pool.submit(worker);
            Future<Boolean> b = pool.submit(worker);
            start.countDown();
            assertTrue(a.get() ^ b.get(), "exactly one worker claims it");
        } finally {
            pool.shutdown();
        }
        assertFalse((boolean) db.inTransaction(em -> new JpaOutbox(em).claim(seen, T0.plusSeconds(2))), "claimed: no more");
        assertEquals(List.of(), db.read(em -> new JpaOutbox(em).due(T0.plusSeconds(3), 10)), "a claimed mail is not due");
        db.run(em -> new JpaOutbox(em).byId(id).orElseThrow().sent(T0.plusSeconds(4)));
        OutboxMail sent = db.read(em -> new JpaOutbox(em).byId(id).orElseThrow());
        assertEquals(MailState.SENT, sent.getState());
        assertEquals(T0.plusSeconds(4), sent.getSentAt());
    }

    @Test
    void aFailedMailIsDueAgainAfterItsWaitAndFailsForGoodAfterTheLastAttempt() {
        long id = mail("ارجاع شکایت", T0);
        Instant now = T0;
        for (int attempt = 1; attempt <= 3; attempt++) {
            Outbox.Due due = db.read(em -> new JpaOutbox(em).due(T0.plus(Duration.ofDays(1)), 10)).get(0);
            Instant at = now;
            assertTrue((boolean) db.inTransaction(em -> new JpaOutbox(em).claim(due, at)));
            db.run(em -> new JpaOutbox(em).byId(id).orElseThrow().failed("421 try later", at, RETRIES));
            OutboxMail m = db.read(em -> new JpaOutbox(em).byId(id).orElseThrow());
            assertEquals(attempt, m.getAttempts());
            if (attempt < 3) {
                assertEquals(MailState.PENDING, m.getState());
                assertEquals(at.plus(RETRIES.after(attempt)), m.getNextAttemptAt());
                Instant justBefore = m.getNextAttemptAt().minusSeconds(1);
                assertEquals(List.of(), db.read(em -> new JpaOutbox(em).due(justBefore, 10)), "not before its time");
                now = m.getNextAttemptAt();
            } else {
                assertEquals(MailState.FAILED, m.getState());
                assertEquals("421 try later", m.getLastError());
            }
        }
        assertEquals(List.of(), db.read(em -> new JpaOutbox(em).due(T0.plus(Duration.ofDays(30)), 10)));
    }

    @Test
    void aMailClaimedByAWorkerThatStoppedIsReleasedAndTheListShowsEachState() {
        long abandoned = mail("الف", T0);
        long waiting = mail("ب", T0.plusSeconds(10));
        Outbox.Due due = db.read(em -> new JpaOutbox(em).due(T0, 10)).get(0);
        assertEquals(abandoned, due.id());
        assertTrue((boolean) db.inTransaction(em -> new JpaOutbox(em).claim(due, T0)));
        assertEquals(0, (int) db.inTransaction(em -> new JpaOutbox(em).releaseAbandoned(T0)), "claimed just now: kept");
        assertEquals(1, (int) db.inTransaction(em -> new JpaOutbox(em).releaseAbandoned(T0.plusSeconds(600))));
        assertEquals(MailState.PENDING, db.read(em -> new JpaOutbox(em).byId(abandoned).orElseThrow()).getState());

        assertEquals(List.of(waiting, abandoned), db.read(em -> new JpaOutbox(em)
                .page(null, Keyset.Request.first(ListOrder.FILED_NEWEST, 10))).items().stream().map(OutboxMail::getId).toList());
        assertEquals(2, (int) (long) db.read(em -> new JpaOutbox(em).count(MailState.PENDING, 100)));
        assertEquals(0, (int) (long) db.read(em -> new JpaOutbox(em).count(MailState.SENT, 100)));
        assertEquals(List.of(), db.read(em -> new JpaOutbox(em)
                .page(MailState.FAILED, Keyset.Request.first(ListOrder.FILED_NEWEST, 10))).items());
    }
}
