package ir.pishkhan.portal.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageTest {

    @Test
    void aPageMadeIntoRowsKeepsItsOrderAndTheListsCount() {
        Page<Integer> page = new Page<>(List.of(3, 1, 2), 41);

        Page<String> rows = page.map(n -> "row " + n);

        assertEquals(List.of("row 3", "row 1", "row 2"), rows.items());
        assertEquals(41, rows.total());
    }
}
