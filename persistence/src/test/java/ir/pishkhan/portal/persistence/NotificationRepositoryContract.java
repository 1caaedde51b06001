package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.NotificationKind;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One person's notifications: newest first, paged by key both ways, the unread count, mark read. */
abstract class NotificationRepositoryContract {

    private static final Instant T0 = Instant.parse("2012-09-17T05:30:00.000001Z");

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected NotificationRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM notification");
    }

    private static Notification told(String who, long record, Instant at) {
        return new Notification(who, "complaint", record, "C1391-" + record, ComplaintAction.FORWARD,
                ComplaintStatus.TRIAGED, ComplaintStatus.FORWARDED, NotificationKind.WORK, at);
    }

    private List<Long> records(Keyset.Page<Notification> page) {
        return page.items().stream().map(Notification::getRecordId).toList();
    }

    @Test
    void onePersonsNotificationsNewestFirstPagedByKeyBothWays() {
        db.run(em -> {
            JpaNotificationRepository repo = new JpaNotificationRepository(em);
            for (int i = 1; i <= 7; i++) {
                repo.store(told("liaison.postbank", i, T0.plusSeconds(i)));
            }
            // two at the same instant: the id orders them
            repo.store(told("liaison.postbank", 8, T0.plusSeconds(7)));
            repo.store(told("office.hera", 100, T0.plusSeconds(100)));
        });
        db.read(em -> {
            JpaNotificationRepository repo = new JpaNotificationRepository(em);
            Keyset.Page<Notification> first = repo.page("liaison.postbank", Keyset.Request.first(ListOrder.FILED_NEWEST, 3));
            assertEquals(List.of(8L, 7L, 6L), records(first));
            assertFalse(first.hasPrevious());
            assertTrue(first.hasNext());
            Keyset.Page<Notification> second = repo.page("liaison.postbank",
                    new Keyset.Request(ListOrder.FILED_NEWEST, Keyset.Direction.AFTER, first.last(), 3));
            assertEquals(List.of(5L, 4L, 3L), records(second));
            Keyset.Page<Notification> third = repo.page("liaison.postbank",
                    new Keyset.Request(ListOrder.FILED_NEWEST, Keyset.Direction.AFTER, second.last(), 3));
            assertEquals(List.of(2L, 1L), records(third));
            assertFalse(third.hasNext());
            Keyset.Page<Notification> back = repo.page("liaison.postbank",
                    new Keyset.Request(ListOrder.FILED_NEWEST, Keyset.Direction.BEFORE, second.first(), 3));
            assertEquals(List.of(8L, 7L, 6L), records(back));
            Keyset.Page<Notification> last = repo.page("liaison.postbank",
                    new Keyset.Request(ListOrder.FILED_NEWEST, Keyset.Direction.LAST, null, 3));
            assertEquals(List.of(3L, 2L, 1L), records(last));
            assertEquals(8, repo.count("liaison.postbank", 1000));
            assertEquals(5, repo.count("liaison.postbank", 5), "the count stops at its cap");
            assertEquals(List.of(100L), records(repo.page("office.hera", Keyset.Request.first(ListOrder.FILED_NEWEST, 10))));
            return null;
        });
    }

    @Test
    void readOneThenAllAndTheUnreadCountFollows() {
        List<Long> ids = new ArrayList<>();
        db.run(em -> {
            JpaNotificationRepository repo = new JpaNotificationRepository(em);
            for (int i = 1; i <= 3; i++) {
                Notification n = told("dabir", i, T0.plusSeconds(i));
                repo.store(n);
                em.flush();
                ids.add(n.getId());
            }
            repo.store(told("anjoman", 9, T0));
        });
        assertEquals(3, (int) (long) db.read(em -> new JpaNotificationRepository(em).unread("dabir")));
        db.run(em -> new JpaNotificationRepository(em).byId(ids.get(0)).orElseThrow().markRead(T0.plusSeconds(60)));
        Notification read = db.read(em -> new JpaNotificationRepository(em).byId(ids.get(0)).orElseThrow());
        assertTrue(read.isRead());
        assertEquals(T0.plusSeconds(60), read.getReadAt());
        assertEquals(2, (int) (long) db.read(em -> new JpaNotificationRepository(em).unread("dabir")));
        assertEquals(2, (int) db.inTransaction(em -> new JpaNotificationRepository(em).markAllRead("dabir", T0.plusSeconds(120))));
        assertEquals(0, (int) (long) db.read(em -> new JpaNotificationRepository(em).unread("dabir")));
        assertEquals(1, (int) (long) db.read(em -> new JpaNotificationRepository(em).unread("anjoman")), "another's stay unread");
        Notification first = db.read(em -> new JpaNotificationRepository(em).byId(ids.get(0)).orElseThrow());
        assertEquals(T0.plusSeconds(60), first.getReadAt(), "the first reading is kept");
        Notification stored = db.read(em -> new JpaNotificationRepository(em).byId(ids.get(1)).orElseThrow());
        assertNotNull(stored.getReadAt());
        assertEquals("FORWARD", stored.getAction());
        assertEquals("TRIAGED", stored.getFromStatus());
        assertEquals("FORWARDED", stored.getToStatus());
        assertEquals("C1391-2", stored.getTrackingNumber());
    }

    @Test
    void theNotificationsAwaitingADigestAreCarriedByOneDigestMailOnce() {
        List<Long> ids = new ArrayList<>();
        db.run(em -> {
            JpaNotificationRepository repo = new JpaNotificationRepository(em);
            for (int i = 1; i <= 3; i++) {
                Notification n = told("dabir", i, T0.plusSeconds(i));
                n.awaitDigest();
                repo.store(n);
                em.flush();
                ids.add(n.getId());
            }
            repo.store(told("dabir", 4, T0.plusSeconds(4)));
            Notification later = told("dabir", 5, T0.plusSeconds(3600));
            later.awaitDigest();
            repo.store(later);
            Notification other = told("anjoman", 6, T0);
            other.awaitDigest();
            repo.store(other);
        });
        Instant upTo = T0.plusSeconds(60);
        assertEquals(List.of("anjoman", "dabir"), db.read(em -> new JpaNotificationRepository(em).awaitingDigest(upTo, null, 10)));
        assertEquals(List.of("dabir"), db.read(em -> new JpaNotificationRepository(em).awaitingDigest(upTo, "anjoman", 10)));
        List<Notification> waiting = db.read(em -> new JpaNotificationRepository(em).awaitingDigest("dabir", upTo));
        assertEquals(List.of(3L, 2L, 1L), waiting.stream().map(Notification::getRecordId).toList(),
                "newest first; neither the one mailed on its own nor the later one");
        assertTrue(waiting.get(0).isAwaitingDigest());
        long[] mails = new long[2];
        db.run(em -> {
            for (int i = 0; i < 2; i++) {
                OutboxMail digest = OutboxMail.digest("dabir", "dabir@pishkhan.example", "fa", "s", "t", "h", upTo);
                em.persist(digest);
                em.flush();
                mails[i] = digest.getId();
            }
        });
        assertEquals(3, (int) db.inTransaction(em -> new JpaNotificationRepository(em).markDigested(ids, mails[0])));
        assertEquals(0, (int) db.inTransaction(em -> new JpaNotificationRepository(em).markDigested(ids, mails[1])),
                "a second pass finds them carried");
        assertTrue(db.read(em -> new JpaNotificationRepository(em).awaitingDigest("dabir", upTo)).isEmpty());
        Notification carried = db.read(em -> new JpaNotificationRepository(em).byId(ids.get(0)).orElseThrow());
        assertFalse(carried.isAwaitingDigest());
        assertEquals(mails[0], carried.getDigestMailId());
        db.sql("DELETE FROM notification");
    }
}
