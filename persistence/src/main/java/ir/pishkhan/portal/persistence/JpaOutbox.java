package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.notification.MailState;
import ir.pishkhan.portal.domain.notification.Outbox;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import ir.pishkhan.portal.domain.workflow.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaOutbox() {
    }

    public JpaOutbox(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(OutboxMail mail) {
        if (mail.getId() == null) {
            em.persist(mail);
        }
    }

    @Override
    public Optional<OutboxMail> byId(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<Due> due(Instant now, int limit) {
        return em.createQuery("SELECT m.id, m.version FROM OutboxMail m WHERE m.state = :pending"
                        + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", Object[].class)
                .setParameter("pending", MailState.PENDING).setParameter("now", now).setMaxResults(limit)
                .getResultStream().map(r -> new Due(((Number) r[0]).longValue(), ((Number) r[1]).longValue())).toList();
    }

    @Override
    public boolean claim(Due mail, Instant now) {
        // one UPDATE, conditional on the state and version the worker saw: of two workers that saw the same row, the
        // database lets one change it; the other changes nothing and leaves it (the same on H2 and PostgreSQL)
        int claimed = em.createQuery("UPDATE OutboxMail m SET m.state = :sending, m.claimedAt = :now,"
                        + " m.version = m.version + 1 WHERE m.id = :id AND m.state = :pending AND m.version = :version")
                .setParameter("sending", MailState.SENDING).setParameter("now", now).setParameter("id", mail.id())
                .setParameter("pending", MailState.PENDING).setParameter("version", mail.version()).executeUpdate();
        return claimed == 1;
    }

    @Override
    public int releaseAbandoned(Instant before) {
        return em.createQuery("UPDATE OutboxMail m SET m.state = :pending, m.claimedAt = NULL, m.version = m.version + 1"
                        + " WHERE m.state = :sending AND m.claimedAt < :before")
                .setParameter("pending", MailState.PENDING).setParameter("sending", MailState.SENDING)
                .setParameter("before", before).executeUpdate();
    }

    @Override
    public Keyset.Page<OutboxMail> page(MailState state, Keyset.Request request) {
        return Newest.page(em, OutboxMail.class, "m", "createdAt", state == null ? "1 = 1" : "m.state = :state",
                q -> {
                    if (state != null) {
                        q.setParameter("state", state);
                    }
                }, request, OutboxMail::getCreatedAt, OutboxMail::getId);
    }

    @Override
    public long count(MailState state, long cap) {
        var q = em.createQuery("SELECT m.id FROM OutboxMail m" + (state == null ? "" : " WHERE m.state = :state"));
        if (state != null) {
            q.setParameter("state", state);
        }
        List<?> ids = q.setMaxResults((int) Math.max(1, cap)).getResultList();
        return ids.size();
    }
}
