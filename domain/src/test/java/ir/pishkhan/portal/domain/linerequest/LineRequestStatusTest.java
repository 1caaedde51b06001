package ir.pishkhan.portal.domain.linerequest;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.CANCELLED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.CONFIRMED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.DISPUTED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.ESCALATED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.INSTALLED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.REFUSED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.REQUESTED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.SCHEDULED;
import static ir.pishkhan.portal.domain.linerequest.LineRequestStatus.SENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * How the reports count each status, written out in full: a new status, or a status moved from one count to another,
 * changes the reports of resolutions 1 and 10 and must be noticed here.
 */
class LineRequestStatusTest {

    /** Each status, and the rules it satisfies, in the order of the columns below. */
    private record Row(boolean open, boolean withProvider, boolean installed, boolean refused,
                       boolean refusedAsNotNeeded, boolean awaitingProvider, boolean awaitingLine, boolean askedFor) {
    }

    private static final boolean Y = true;
    private static final boolean N = false;

    private static final Map<LineRequestStatus, Row> TABLE = Map.of(
            //               open with inst ref r13 awPr awLn asked
            REQUESTED, new Row(Y, N, N, N, N, N, Y, Y),
            SENT,      new Row(Y, Y, N, N, N, Y, Y, Y),
            SCHEDULED, new Row(Y, Y, N, N, N, Y, Y, Y),
            INSTALLED, new Row(Y, N, Y, N, N, N, N, Y),
            DISPUTED,  new Row(Y, Y, N, N, N, Y, Y, Y),
            ESCALATED, new Row(Y, Y, N, Y, Y, N, Y, Y),
            CONFIRMED, new Row(N, N, Y, N, N, N, N, Y),
            REFUSED,   new Row(N, N, N, Y, N, N, N, Y),
            CANCELLED, new Row(N, N, N, N, N, N, N, N));

    @Test
    void every_status_is_in_the_table() {
        assertEquals(EnumSet.allOf(LineRequestStatus.class), TABLE.keySet());
    }

    @Test
    void each_status_counts_as_the_table_says() {
        for (LineRequestStatus s : LineRequestStatus.values()) {
            Row row = new Row(s.isOpen(), s.isWithProvider(), s.isInstalled(), s.isRefused(), s.isRefusedAsNotNeeded(),
                    s.isAwaitingProvider(), s.isAwaitingLine(), s.isAskedFor());
            assertEquals(TABLE.get(s), row, s.name());
        }
    }

    @Test
    void the_sets_the_reports_are_counted_by() {
        assertEquals(EnumSet.of(INSTALLED, CONFIRMED), LineRequestStatus.where(LineRequestStatus::isInstalled));
        assertEquals(EnumSet.of(REFUSED, ESCALATED), LineRequestStatus.where(LineRequestStatus::isRefused));
        assertEquals(EnumSet.of(ESCALATED), LineRequestStatus.where(LineRequestStatus::isRefusedAsNotNeeded));
        assertEquals(EnumSet.of(SENT, SCHEDULED, DISPUTED, ESCALATED),
                LineRequestStatus.where(LineRequestStatus::isWithProvider));
        assertEquals(EnumSet.of(SENT, SCHEDULED, DISPUTED), LineRequestStatus.where(LineRequestStatus::isAwaitingProvider));
        assertEquals(EnumSet.of(REQUESTED, SENT, SCHEDULED, DISPUTED, ESCALATED),
                LineRequestStatus.where(LineRequestStatus::isAwaitingLine));
        assertEquals(EnumSet.complementOf(EnumSet.of(CANCELLED)), LineRequestStatus.where(LineRequestStatus::isAskedFor));
    }

    /** A request sent to a provider is in exactly one of the follow-up report's columns (resolution 10). */
    @Test
    void a_sent_request_is_installed_open_or_refused_and_only_one() {
        List<Predicate<LineRequestStatus>> columns = List.of(LineRequestStatus::isInstalled,
                LineRequestStatus::isAwaitingProvider, LineRequestStatus::isRefused);
        // what a request can be once sent: all but not yet sent, and cancelled (only before sending)
        for (LineRequestStatus s : EnumSet.complementOf(EnumSet.of(REQUESTED, CANCELLED))) {
            assertEquals(1, columns.stream().filter(c -> c.test(s)).count(), s.name());
        }
    }

    @Test
    void the_sets_cannot_be_changed() {
        Set<LineRequestStatus> installed = LineRequestStatus.where(LineRequestStatus::isInstalled);
        assertThrows(UnsupportedOperationException.class, () -> installed.add(REFUSED));
        assertEquals(9, Arrays.stream(LineRequestStatus.values()).count(), "a new status: add it to the table");
    }
}
