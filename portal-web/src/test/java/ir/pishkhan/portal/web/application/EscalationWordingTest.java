package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.linerequest.EscalationComplaint;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Persian words of the complaint the portal opens under resolution 13, from the bundles. */
class EscalationWordingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 20); // 1405/01/31
    private static final String ADDRESS = "خیابان امام، کوچهٔ ۱۲، پلاک ۳، طبقهٔ همکف";
    private static final String NOTE = "دو خط تلفن برای باجهٔ پرداخت قبوض لازم است.";
    private static final String NOT_NEEDED = "دفتر پیشخوان به خط دوم نیازی ندارد.";

    private final EscalationWording wording = new EscalationWording();

    @Test
    void theDescriptionIsTheRequestTheOfficeNeedNotTypeIt() {
        String d = EscalationComplaint.description(wording, new EscalationComplaint.Facts("شرکت مخابرات استان",
                LineKind.FIXED_LINE, 2, "L1405-42", DAY, "دفتر پیشخوان حرا", "14-71-1024", ADDRESS, DAY, NOTE,
                NOT_NEEDED, 14, 13, 2));
        assertAll(
                () -> assertTrue(d.startsWith("شرکت مخابرات استان درخواست خط تلفن ثابت (۲ عدد) به شمارهٔ پیگیری L1405-42"
                        + " را در تاریخ ۱۴۰۵/۰۱/۳۱ با این استدلال که دفتر به آن نیاز ندارد رد کرد.\n"), d),
                () -> assertTrue(d.contains("\nدفتر: دفتر پیشخوان حرا (پروانهٔ ۱۴-۷۱-۱۰۲۴)\n"), d),
                () -> assertTrue(d.contains("تاریخ ارسال درخواست: ۱۴۰۵/۰۱/۳۱"), d),
                () -> assertTrue(d.contains("نشانی دفتر: " + ADDRESS), d),
                () -> assertTrue(d.contains("توضیح دفتر: " + NOTE), d),
                () -> assertTrue(d.contains("متن رد: " + NOT_NEEDED), d),
                () -> assertTrue(d.contains("مصوبهٔ ۱۳ جلسهٔ ۱۴"), d),
                () -> assertTrue(d.contains("مصوبهٔ ۲،"), d),
                () -> assertTrue(d.length() <= Complaint.TEXT_MAX));
    }

    @Test
    void theLongestRequestStillFitsAComplaint() {
        String name = "ن".repeat(200);
        String address = "آ".repeat(500);
        String note = "ب".repeat(2000);
        String refusal = "پ".repeat(1000);
        String d = EscalationComplaint.description(wording, new EscalationComplaint.Facts(name, LineKind.MOBILE_MODULE,
                20, "L1405-999999999999", DAY, name, "14-71-1019", address, DAY, note, refusal, 14, 13, 2));
        assertTrue(d.length() <= Complaint.TEXT_MAX, "length " + d.length());
        assertTrue(d.contains(address), "the address in full");
        assertTrue(d.contains(refusal), "the refusal in full");
        assertTrue(d.contains("توضیح دفتر: ببب"), "the note, shortened");
        assertFalse(d.contains(note));
        assertTrue(d.contains("ب…"));
    }
}
