package ir.pishkhan.portal.domain.escalation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rungs taken, per record. */
public interface EscalationRepository {

    /**
     * Writes the rung taken, at once (flushed), so that a rung another instance took first fails here — inside the
     * caller's transaction, which must then roll back: it did nothing.
     *
     * @throws jakarta.persistence.PersistenceException when the rung was already taken for the record
     */
    void take(Escalation escalation);

    /** The rungs taken for each of the records (a record with none is absent), one query for a page of records. */
    Map<Long, Set<Rung>> taken(String workflow, Collection<Long> recordIds);

    /** A record's rungs, in the order taken. */
    List<Escalation> of(String workflow, long recordId);

    /** The highest letter number given in the Jalali year; 0 when none yet. */
    int lastLetterNumber(int year);

    /** A rung taken, by its id. */
    Optional<Escalation> byId(long id);
}
