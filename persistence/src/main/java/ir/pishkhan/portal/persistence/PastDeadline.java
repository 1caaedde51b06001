package ir.pishkhan.portal.persistence;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/** The walk over records past their deadline ({@code pastDeadline} of the workflows' repositories). */
final class PastDeadline {

    /** A key before every deadline, for the first batch: one query shape for every batch. */
    static final LocalDate BEFORE_ANY = LocalDate.of(1900, 1, 1);

    private PastDeadline() {
    }

    /**
     * A batch of the entity's records of a status whose deadline passed before {@code today}, after the key ({@code
     * afterDeadline}, {@code afterId}; null for the first batch), on the index over (status, due_sort, id).
     */
    static <T> List<T> batch(EntityManager em, Class<T> entity, Enum<?> status, LocalDate today, LocalDate afterDeadline,
                             long afterId, int max) {
        // due_sort, not deadline: the same day for a record with a deadline, and the one the index is on
        LocalDate after = afterDeadline == null ? BEFORE_ANY : afterDeadline;
        return em.createQuery("SELECT r FROM " + entity.getSimpleName() + " r WHERE r.status = :s AND r.dueSort < :today "
                        + "AND (r.dueSort > :d OR (r.dueSort = :d AND r.id > :id)) ORDER BY r.dueSort, r.id", entity)
                .setParameter("s", status).setParameter("today", today).setParameter("d", after)
                .setParameter("id", afterDeadline == null ? Long.MIN_VALUE : afterId).setMaxResults(max).getResultList();
    }
}
