package ir.pishkhan.portal.domain.workflow;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysetPageTest {

    @Test
    void aPageMadeIntoRowsKeepsItsOrderItsCursorsAndWhatLiesOnEitherSide() {
        Keyset.Cursor first = new Keyset.Cursor("1405-01-10", 7);
        Keyset.Cursor last = new Keyset.Cursor("1405-01-02", 3);
        Keyset.Page<Integer> page = new Keyset.Page<>(List.of(7, 5, 3), first, last, true, false);

        Keyset.Page<String> rows = page.map(n -> "row " + n);

        assertEquals(List.of("row 7", "row 5", "row 3"), rows.items());
        assertEquals(first, rows.first());
        assertEquals(last, rows.last());
        assertTrue(rows.hasPrevious());
        assertFalse(rows.hasNext());
    }
}
