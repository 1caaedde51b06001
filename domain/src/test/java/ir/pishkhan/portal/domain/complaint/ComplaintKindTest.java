package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.meeting.Meeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of complaint proposes the resolutions of the 14th meeting that forbid it. */
class ComplaintKindTest {

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', value = {
            "GUARANTEE_DEMANDED|11 12",
            "SYSTEMS_CUT_OFF|3 8",
            "SERVICES_RESTRICTED|7 19",
            "NO_CONTRACT|5 16 20",
            "ACTION_OUTSIDE_WORKING_GROUP|8",
            "INFRASTRUCTURE_NOT_PROVIDED|1 2 9 13",
            "COMPETING_BRANCH|6",
            "OTHER|"})
    void suggestedResolutions(ComplaintKind kind, String numbers) {
        List<Integer> expected = numbers == null ? List.of()
                : Arrays.stream(numbers.split(" ")).map(Integer::valueOf).toList();
        assertEquals(expected, kind.suggestedResolutions());
    }

    @Test
    void everyKindIsCovered() {
        assertEquals(8, ComplaintKind.values().length);
        assertEquals(14, Meeting.FOURTEENTH);
    }

    @Test
    void theSuggestionsAreResolutionsOfTheMeetingAndCannotBeChanged() {
        for (ComplaintKind kind : ComplaintKind.values()) {
            assertTrue(kind.suggestedResolutions().stream().allMatch(n -> n >= 1 && n <= 20), kind.name());
            assertThrows(UnsupportedOperationException.class, () -> kind.suggestedResolutions().add(4));
        }
    }
}
