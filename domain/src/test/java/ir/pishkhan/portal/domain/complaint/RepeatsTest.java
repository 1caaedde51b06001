package ir.pishkhan.portal.domain.complaint;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.NOW;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.OPERATOR;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.SECRETARY;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatsTest {

    private final ComplaintFixtures f = new ComplaintFixtures();

    private Complaint filed(long id, ComplaintKind kind, String description) {
        return ComplaintFixtures.withId(Complaint.file(f.office, f.postBank, kind, TODAY.minusDays(1), null, description,
                List.of(), OPERATOR, NOW, "form-" + id), id);
    }

    @Test
    void similarityFoldsLetterFormsZwnjAndDigitsAsTheSearchDoes() {
        assertEquals(1.0, Repeats.similarity("پست بانک ضمانت نامه خواست", "پست بانك ضمانت‌نامه خواست"), 1e-9);
        assertEquals(1.0, Repeats.similarity("نامه ۱۲۳", "نامه 123"), 1e-9);
        assertEquals(0.0, Repeats.similarity("", "پست بانک"), 1e-9);
        double some = Repeats.similarity("پست بانک ضمانت نامه خواست", "پست بانک بیمه معلم را نپذیرفت");
        assertTrue(some > 0 && some < Repeats.SIMILAR, "a shared agency name is not a duplicate: " + some);
    }

    @Test
    void likelyDuplicatesAreOfTheSameKindSimilarAndNotDuplicatesThemselves() {
        Complaint c = filed(1, ComplaintKind.GUARANTEE_DEMANDED, "پست بانک برای ادامه همکاری ضمانت نامه بانکی خواست.");
        Complaint same = filed(2, ComplaintKind.GUARANTEE_DEMANDED, "پست‌بانک برای ادامهٔ همکاری ضمانت‌نامهٔ بانکی خواست");
        Complaint alike = filed(3, ComplaintKind.GUARANTEE_DEMANDED, "پست بانک ضمانت نامه بانکی خواست و همکاری را قطع کرد");
        Complaint otherKind = filed(4, ComplaintKind.OTHER, "پست بانک برای ادامه همکاری ضمانت نامه بانکی خواست.");
        Complaint unlike = filed(5, ComplaintKind.GUARANTEE_DEMANDED, "سامانه از صبح قطع است و هیچ خدمتی ارائه نمی‌شود.");
        Complaint closed = filed(6, ComplaintKind.GUARANTEE_DEMANDED, "پست بانک برای ادامه همکاری ضمانت نامه بانکی خواست.");
        closed.markDuplicate(SECRETARY, same, null, NOW.plusSeconds(60));
        List<Repeats.Likely> likely = Repeats.likelyDuplicates(c, List.of(c, same, alike, otherKind, unlike, closed));
        assertEquals(List.of(2L, 3L), likely.stream().map(l -> l.complaint().getId()).toList(), "most alike first");
        assertTrue(likely.get(0).similarity() > likely.get(1).similarity());
    }

    @Test
    void theSpansAreTwelveMonthsBackAndThreeDaysAround() {
        Instant now = Instant.parse("2026-04-20T06:30:00Z");
        assertEquals(Instant.parse("2025-04-20T06:30:00Z"), Repeats.since(now));
        assertEquals(List.of(Instant.parse("2026-04-17T06:30:00Z"), Instant.parse("2026-04-23T06:30:00Z")),
                List.of(Repeats.around(now)));
    }
}
