package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.NotificationRepository;
import ir.pishkhan.portal.domain.workflow.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaNotificationRepository() {
    }

    public JpaNotificationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Notification notification) {
        if (notification.getId() == null) {
            em.persist(notification);
        }
    }

    @Override
    public Optional<Notification> byId(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public Keyset.Page<Notification> page(String recipient, Keyset.Request request) {
        return Newest.page(em, Notification.class, "n", "at", "n.recipient = :who", q -> q.setParameter("who", recipient),
                request, Notification::getAt, Notification::getId);
    }

    @Override
    public long count(String recipient, long cap) {
        List<?> ids = em.createQuery("SELECT n.id FROM Notification n WHERE n.recipient = :who")
                .setParameter("who", recipient).setMaxResults((int) Math.max(1, cap)).getResultList();
        return ids.size();
    }

    @Override
    public long unread(String recipient) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :who AND n.readAt IS NULL",
                Long.class).setParameter("who", recipient).getSingleResult();
    }

    @Override
    public int markAllRead(String recipient, Instant now) {
        int marked = em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :who AND n.readAt IS NULL")
                .setParameter("now", now).setParameter("who", recipient).executeUpdate();
        // a bulk update bypasses the persistence context (flushed before it): what it holds is stale now
        em.clear();
        return marked;
    }

    @Override
    public List<String> awaitingDigest(Instant upTo, String after, int limit) {
        return em.createQuery("SELECT DISTINCT n.recipient FROM Notification n WHERE n.digestPending = TRUE"
                        + " AND n.digestMailId IS NULL AND n.at <= :upTo AND n.recipient > :after ORDER BY n.recipient",
                        String.class)
                .setParameter("upTo", upTo).setParameter("after", after == null ? "" : after)
                .setMaxResults(Math.max(1, limit)).getResultList();
    }

    @Override
    public List<Notification> awaitingDigest(String recipient, Instant upTo) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :who AND n.digestPending = TRUE"
                        + " AND n.digestMailId IS NULL AND n.at <= :upTo ORDER BY n.at DESC, n.id DESC", Notification.class)
                .setParameter("who", recipient).setParameter("upTo", upTo).getResultList();
    }

    @Override
    public int markDigested(Collection<Long> ids, long mailId) {
        if (ids.isEmpty()) {
            return 0;
        }
        int marked = em.createQuery("UPDATE Notification n SET n.digestMailId = :mail WHERE n.id IN :ids"
                        + " AND n.digestPending = TRUE AND n.digestMailId IS NULL")
                .setParameter("mail", mailId).setParameter("ids", ids).executeUpdate();
        // a bulk update bypasses the persistence context (flushed before it): what it holds is stale now
        em.clear();
        return marked;
    }
}
