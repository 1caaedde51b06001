package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.escalation.Escalation;
import ir.pishkhan.portal.domain.escalation.LetterNumber;
import ir.pishkhan.portal.domain.escalation.Rung;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rungs taken: each once per workflow, record and rung, whoever inserts it; read back per record and per batch. */
abstract class EscalationRepositoryContract {

    private static final Instant T0 = Instant.parse("2024-03-19T05:30:00.000001Z");
    private static final LocalDate DEADLINE = LocalDate.of(2024, 3, 18);

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected EscalationRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM escalation");
    }

    private void take(String workflow, long record, Rung rung, Instant at) {
        db.run(em -> new JpaEscalationRepository(em).take(new Escalation(workflow, record, rung, DEADLINE, at)));
    }

    @Test
    void aRungIsTakenOncePerRecordTheSecondInsertFails() {
        take("complaint", 7, Rung.REMINDER, T0);
        // a second instance on the same record and rung: its insert fails, its transaction rolls back
        assertThrows(PersistenceException.class, () -> take("complaint", 7, Rung.REMINDER, T0.plusSeconds(1)));
        // the same rung of another record, or of the same id in another workflow, is another rung
        take("complaint", 8, Rung.REMINDER, T0);
        take("lineRequest", 7, Rung.REMINDER, T0);
        take("complaint", 7, Rung.LETTER, T0.plusSeconds(86_400));

        List<Escalation> seven = db.read(em -> new JpaEscalationRepository(em).of("complaint", 7));
        assertEquals(List.of(Rung.REMINDER, Rung.LETTER), seven.stream().map(Escalation::getRung).toList());
        assertEquals(T0, seven.get(0).getTakenAt(), "the first insert won; microseconds kept");
        assertEquals(DEADLINE, seven.get(0).getDeadline());
    }

    @Test
    void theRungsTakenForABatchOfRecordsInOneQuery() {
        take("complaint", 1, Rung.REMINDER, T0);
        take("complaint", 1, Rung.LETTER, T0);
        take("complaint", 2, Rung.REMINDER, T0);
        take("lineRequest", 3, Rung.REMINDER, T0);
        Map<Long, Set<Rung>> taken = db.read(em -> new JpaEscalationRepository(em).taken("complaint", List.of(1L, 2L, 3L)));
        assertEquals(Map.of(1L, EnumSet.of(Rung.REMINDER, Rung.LETTER), 2L, EnumSet.of(Rung.REMINDER)), taken);
        assertEquals(Map.of(), db.read(em -> new JpaEscalationRepository(em).taken("complaint", List.of())));
    }

    @Test
    void lettersAreNumberedInSequencePerYearEachNumberOnce() {
        assertEquals(0, lastLetter(1405), "none yet");
        letter(1, new LetterNumber(1405, 1));
        letter(2, new LetterNumber(1405, 2));
        letter(3, new LetterNumber(1404, 9));
        assertEquals(2, lastLetter(1405));
        assertEquals(9, lastLetter(1404));
        // two instances giving the year's next number at once: the second's insert fails
        assertThrows(PersistenceException.class, () -> letter(4, new LetterNumber(1405, 2)));

        Escalation one = db.read(em -> new JpaEscalationRepository(em).of("complaint", 1)).get(0);
        assertEquals(Optional.of(new LetterNumber(1405, 1)), one.letterNumber());
        assertEquals(Optional.of(one.getId()), db.read(em -> new JpaEscalationRepository(em).byId(one.getId()))
                .map(Escalation::getId));
        take("complaint", 5, Rung.REMINDER, T0);
        assertEquals(Optional.empty(), db.read(em -> new JpaEscalationRepository(em).of("complaint", 5)).get(0)
                .letterNumber(), "a reminder is no letter");
    }

    private int lastLetter(int year) {
        Integer last = db.read(em -> new JpaEscalationRepository(em).lastLetterNumber(year));
        return last;
    }

    private void letter(long record, LetterNumber number) {
        db.run(em -> new JpaEscalationRepository(em).take(Escalation.letter("complaint", record, DEADLINE, T0, number)));
    }
}
