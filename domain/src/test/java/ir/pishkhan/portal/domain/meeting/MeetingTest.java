package ir.pishkhan.portal.domain.meeting;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingTest {

    private static Meeting meeting14() {
        return Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری");
    }

    @Test
    void aMeetingWithMinutes() {
        Meeting m = meeting14();
        assertEquals(14, m.getNumber());
        assertEquals(LocalDate.of(2012, 9, 17), m.getHeldOn());
        assertEquals("10:00", m.getHeldAt());
        assertEquals("استانداری", m.getPlaceFa());
        assertTrue(m.isMinutesKnown());
        assertTrue(m.getResolutions().isEmpty());
        assertNull(m.getId());
    }

    @Test
    void aMeetingKnownOnlyBecauseItIsCited() {
        Meeting m = Meeting.citedOnly(13);
        assertEquals(13, m.getNumber());
        assertFalse(m.isMinutesKnown());
        assertNull(m.getHeldOn());
    }

    @Test
    void meetingNumbersArePositive() {
        assertThrows(IllegalArgumentException.class, () -> Meeting.citedOnly(0));
        assertThrows(IllegalArgumentException.class, () -> Meeting.withMinutes(-1, null, null, null));
    }

    @Test
    void resolutionsAreKeptAndFoundByNumber() {
        Meeting m = meeting14();
        Resolution r1 = m.addResolution(1, "متن", "text", Deadline.none());
        Resolution r2 = m.addResolution(2, "متن دوم", "second", null);
        assertEquals(2, m.getResolutions().size());
        assertSame(r1, m.findResolution(1).orElseThrow());
        assertSame(r2, m.findResolution(2).orElseThrow());
        assertTrue(m.findResolution(3).isEmpty());
        assertSame(m, r1.getMeeting());
        // a null deadline is no deadline
        assertEquals(Deadline.Type.NONE, r2.getDeadline().getType());
    }

    @Test
    void refusesADuplicateResolutionNumber() {
        Meeting m = meeting14();
        m.addResolution(5, "الف", null, Deadline.within("P1M"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.addResolution(5, "ب", null, Deadline.none()));
        assertTrue(e.getMessage().contains("5"), e.getMessage());
        assertEquals(1, m.getResolutions().size());
        assertEquals("الف", m.findResolution(5).orElseThrow().getTextFa());
    }

    @Test
    void refusesResolutionNumbersBelowOne() {
        Meeting m = meeting14();
        assertThrows(IllegalArgumentException.class, () -> m.addResolution(0, "x", null, null));
        assertTrue(m.getResolutions().isEmpty());
    }

    @Test
    void theResolutionListCannotBeChangedFromOutside() {
        Meeting m = meeting14();
        m.addResolution(1, "x", null, null);
        assertThrows(UnsupportedOperationException.class, () -> m.getResolutions().clear());
    }
}
