package ir.pishkhan.portal.domain.calendar;

import ir.pishkhan.portal.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ir.pishkhan.portal.domain.shared.JalaliDates.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A holiday list brought in as CSV: all or nothing, each bad line told by its number. */
class HolidayImportTest {

    @Test
    void aGoodList() {
        HolidayImport list = HolidayImport.read("""
                \uFEFF# تعطیلات اعلام‌شده
                ۱۴۰۴/۰۴/۱۴، تاسوعای حسینی، Tasua
                1404/05/01, "تعطیلی به علت گرما, تهران", Heat

                1405/01/20;روز ملی
                """);
        assertEquals(List.of(2, 3, 5), list.entries().stream().map(HolidayImport.Entry::line).toList());
        assertEquals("تعطیلی به علت گرما, تهران", list.entries().get(1).nameFa());
        assertEquals(List.of(1404, 1405), list.years());
        Map<Integer, HolidayYear> touched = new HashMap<>();
        HolidayImport.Outcome outcome = list.applyTo(HolidayYear::builtIn, touched);
        assertEquals(new HolidayImport.Outcome(2, 1, 0), outcome, "Tasua was proposed on 1404/04/14: confirmed");
        assertEquals(HolidayOrigin.CONFIRMED, touched.get(1404).on(of(1404, 4, 14)).orElseThrow().getOrigin());
        assertEquals(HolidayOrigin.ADDED, touched.get(1405).on(of(1405, 1, 20)).orElseThrow().getOrigin());
    }

    @Test
    void aFixedHolidayInTheListIsLeftAsItIs() {
        Map<Integer, HolidayYear> touched = new HashMap<>();
        assertEquals(new HolidayImport.Outcome(0, 0, 1),
                HolidayImport.read("1404/01/01,نوروز").applyTo(HolidayYear::builtIn, touched));
    }

    @Test
    void anImpossibleDateOrABadLineIsToldByItsNumberAndNothingIsRead() {
        HolidayImport.Rejected rejected = assertThrows(HolidayImport.Rejected.class, () -> HolidayImport.read("""
                1404/04/14,تاسوعا
                1404/12/30,روز بی‌وجود
                بدون تاریخ
                1404/05/01,
                1404-07-31,سی و یکم مهر
                """));
        assertEquals(List.of(
                new HolidayImport.LineError(2, "calendar.import.badDate", "1404/12/30"),
                new HolidayImport.LineError(3, "calendar.import.badLine", "بدون تاریخ"),
                new HolidayImport.LineError(4, "calendar.import.badLine", "1404/05/01,"),
                new HolidayImport.LineError(5, "calendar.import.badDate", "1404-07-31")), rejected.errors());
        assertEquals("calendar.import.rejected", rejected.getMessageKey());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("calendar.import.empty",
                assertThrows(BusinessException.class, () -> HolidayImport.read("\n# nothing\n")).getMessageKey());
    }
}
