package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolutionTest {

    private final Meeting meeting14 = Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری");

    @Test
    void dueDatesOfTheFourteenthMeeting() {
        Resolution r1 = meeting14.addResolution(1, "…تا تاریخ ۹۱/۷/۱۵…", null,
                Deadline.on(JalaliDates.parse("1391/07/15").orElseThrow()));
        Resolution r5 = meeting14.addResolution(5, "…ظرف مدت یک ماه…", null, Deadline.within("P1M"));
        Resolution r9 = meeting14.addResolution(9, "…ظرف مدت ۲ هفته…", null, Deadline.within("P2W"));
        Resolution r2 = meeting14.addResolution(2, "…", null, Deadline.none());
        assertEquals(Optional.of(LocalDate.of(2012, 10, 6)), r1.dueDate());
        assertEquals(Optional.of(LocalDate.of(2012, 10, 18)), r5.dueDate());
        assertEquals("1391/07/27", JalaliDates.toJalali(r5.dueDate().orElseThrow()));
        assertEquals(Optional.of(LocalDate.of(2012, 10, 1)), r9.dueDate());
        assertEquals("1391/07/10", JalaliDates.toJalali(r9.dueDate().orElseThrow()));
        assertEquals(Optional.empty(), r2.dueDate());
    }

    @Test
    void aPeriodDeadlineOfAMeetingOfUnknownDateHasNoDueDate() {
        Resolution r = Meeting.citedOnly(13).addResolution(10, null, null, Deadline.within("P1M"));
        assertEquals(Optional.empty(), r.dueDate());
        assertFalse(r.isTextKnown());
    }

    @Test
    void sanctionMeansReferralToTheViolationsBoard() {
        Resolution r4 = meeting14.addResolution(4, "…در اختیار هیأت تخلفات قرار گیرد.", null, null);
        assertFalse(r4.isReferralToViolationsBoard());
        r4.addKind(ResolutionKind.SANCTION);
        assertTrue(r4.isReferralToViolationsBoard());
        assertEquals(EnumSet.of(ResolutionKind.SANCTION), r4.getKinds());
    }

    @Test
    void otherKindsDoNotReferToTheBoard() {
        Resolution r1 = meeting14.addResolution(1, "…", null, null);
        for (ResolutionKind k : ResolutionKind.values()) {
            if (k != ResolutionKind.SANCTION) {
                r1.addKind(k);
            }
        }
        assertFalse(r1.isReferralToViolationsBoard());
        assertEquals(ResolutionKind.values().length - 1, r1.getKinds().size());
    }

    @Test
    void kindsAreACopy() {
        Resolution r = meeting14.addResolution(1, "…", null, null);
        assertTrue(r.getKinds().isEmpty());
        r.addKind(ResolutionKind.OBLIGATION);
        Set<ResolutionKind> kinds = r.getKinds();
        kinds.add(ResolutionKind.TARIFF);
        assertEquals(EnumSet.of(ResolutionKind.OBLIGATION), r.getKinds());
    }

    @Test
    void kindCodesOfTheSeed() {
        assertEquals(ResolutionKind.FOLLOW_UP, ResolutionKind.fromCode("follow-up"));
        assertEquals(ResolutionKind.OBLIGATION, ResolutionKind.fromCode(" obligation "));
        assertThrows(IllegalArgumentException.class, () -> ResolutionKind.fromCode("punishment"));
    }

    @Test
    void citesEarlierMeetings() {
        Resolution r10of13 = Meeting.citedOnly(13).addResolution(10, null, null, null);
        Resolution r14 = meeting14.addResolution(14, "نظر به بند شماره ۱۰ مصوبات سیزدهمین جلسه…", null, null);
        r14.cite(r10of13);
        r14.cite(r10of13);
        assertEquals(List.of(r10of13), r14.getCites());
    }

    @Test
    void refusesToCiteTheSameOrALaterMeeting() {
        Resolution r14 = meeting14.addResolution(14, "…", null, null);
        Resolution r3 = meeting14.addResolution(3, "…", null, null);
        Resolution later = Meeting.citedOnly(15).addResolution(1, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> r14.cite(r3));
        assertThrows(IllegalArgumentException.class, () -> r14.cite(r14));
        assertThrows(IllegalArgumentException.class, () -> r14.cite(later));
        assertTrue(r14.getCites().isEmpty());
    }

    @Test
    void partiesAreSetsKeyedByCode() {
        Resolution r11 = meeting14.addResolution(11, "…", null, null);
        Party all = new Party("all-agencies", "کلیه دستگاههای اجرایی", "All executive agencies", PartyType.AGENCY_GROUP);
        Party postBank = new Party("post-bank", "پست بانک", "Post Bank", PartyType.AGENCY);
        r11.addObligated(all);
        r11.addObligated(postBank);
        r11.addObligated(new Party("post-bank", "پست بانک", "Post Bank", PartyType.AGENCY));
        assertEquals(Set.of(all, postBank), r11.getObligated());
        assertThrows(UnsupportedOperationException.class, () -> r11.getObligated().clear());
        assertTrue(r11.getReportsTo().isEmpty());
    }

    @Test
    void unsavedResolutionsAreEqualOnlyToThemselves() {
        Resolution a = meeting14.addResolution(1, "x", null, null);
        Resolution b = Meeting.withMinutes(14, null, null, null).addResolution(1, "x", null, null);
        assertEquals(a, a);
        assertNotEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void aShortTitleIsTheFirstWordsOfTheTextCutWhereItIsLonger() {
        assertEquals("شرکت مخابرات مکلف است …", Resolution.shortTitle("  شرکت مخابرات   مکلف است به کلیه دفاتر", 4));
        assertEquals("شرکت مخابرات", Resolution.shortTitle("شرکت مخابرات", 4));
        assertEquals("", Resolution.shortTitle(null, 4));
    }

    @Test
    void resolutionsSortByMeetingThenNumber() {
        Resolution r2 = meeting14.addResolution(2, "…", null, null);
        Resolution r10 = meeting14.addResolution(10, "…", null, null);
        Resolution r7of13 = Meeting.citedOnly(13).addResolution(7, null, null, null);
        List<Resolution> sorted = new ArrayList<>(List.of(r10, r2, r7of13));
        sorted.sort(Resolution.ORDER);
        assertEquals(List.of(r7of13, r2, r10), sorted);
    }
}
