package ir.pishkhan.portal.domain.linerequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static ir.pishkhan.portal.domain.linerequest.LineStanding.LATE;
import static ir.pishkhan.portal.domain.linerequest.LineStanding.NOT_PROVIDED;
import static ir.pishkhan.portal.domain.linerequest.LineStanding.NOT_REQUESTED;
import static ir.pishkhan.portal.domain.linerequest.LineStanding.ON_TIME;
import static ir.pishkhan.portal.domain.linerequest.LineStanding.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineStandingTest {

    /** Resolution 1's deadline, 1391/07/15. */
    private static final LocalDate DEADLINE = LocalDate.of(2012, 10, 6);

    @ParameterizedTest(name = "installed {0}, open {1}, {2} requests → {3}")
    @CsvSource({
            // installed on the deadline's day or before: the office had it on the deadline, whatever else is open
            "2012-10-06, false, 1, ON_TIME",
            "2012-09-01, true,  3, ON_TIME",
            // the day after is late
            "2012-10-07, false, 1, LATE",
            "2025-01-01, true,  2, LATE",
            // nothing installed: open wins over refused
            ",           true,  1, WAITING",
            ",           true,  4, WAITING",
            ",           false, 2, NOT_PROVIDED",
            ",           false, 0, NOT_REQUESTED",
    })
    void oneKindOfLine(LocalDate installed, boolean open, long requests, LineStanding expected) {
        assertEquals(expected, LineStanding.of(installed, open, requests, DEADLINE));
    }

    @Test
    void theDeadlineIsRequired() {
        assertThrows(NullPointerException.class, () -> LineStanding.of(null, false, 0, null));
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
            "NOT_REQUESTED, NOT_REQUESTED, NOT_REQUESTED",
            // asked only for a telephone line and had it: the office has its lines
            "ON_TIME,       NOT_REQUESTED, ON_TIME",
            "NOT_REQUESTED, ON_TIME,       ON_TIME",
            "ON_TIME,       ON_TIME,       ON_TIME",
            // the worst of what it asked for
            "ON_TIME,       LATE,          LATE",
            "LATE,          WAITING,       WAITING",
            "WAITING,       ON_TIME,       WAITING",
            "NOT_PROVIDED,  ON_TIME,       NOT_PROVIDED",
            "WAITING,       NOT_PROVIDED,  NOT_PROVIDED",
            "NOT_REQUESTED, NOT_PROVIDED,  NOT_PROVIDED",
    })
    void theOffice(LineStanding fixed, LineStanding data, LineStanding expected) {
        assertEquals(expected, LineStanding.overall(fixed, data));
        assertEquals(expected, LineStanding.overall(data, fixed), "either order");
    }

    @Test
    void onlyOnTimeMeansTheOfficeHadItsLines() {
        assertTrue(ON_TIME.hasLinesByDeadline());
        for (LineStanding s : new LineStanding[] {NOT_REQUESTED, LATE, WAITING, NOT_PROVIDED}) {
            assertFalse(s.hasLinesByDeadline(), s.name());
        }
        assertEquals(NOT_REQUESTED, LineStanding.overall());
    }

    @Test
    void theOrderIsTheDatabaseCode() {
        // JpaLineRequestRepository computes the standing as these ordinals: the order is part of the contract
        assertEquals(0, NOT_REQUESTED.ordinal());
        assertEquals(1, ON_TIME.ordinal());
        assertEquals(2, LATE.ordinal());
        assertEquals(3, WAITING.ordinal());
        assertEquals(4, NOT_PROVIDED.ordinal());
    }
}
