package ir.pishkhan.portal.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersianTextTest {

    private static final char ZWNJ = '\u200C';

    @Test
    void foldsArabicLetterFormsToPersian() {
        assertEquals("ی", PersianText.normalize("ي"));
        assertEquals("ک", PersianText.normalize("ك"));
        assertEquals("ه", PersianText.normalize("ہ"));
        assertEquals("بانک ملی", PersianText.normalize("بانك ملي"));
    }

    @Test
    void sameWordTypedThreeWaysIsOneSearchKey() {
        String withZwnjAndPersianYeh = "دستگاه" + ZWNJ + "های";
        String joinedWithArabicYeh = "دستگاههاي";
        String spaced = "دستگاه های";
        assertEquals(PersianText.normalize(withZwnjAndPersianYeh), PersianText.normalize(joinedWithArabicYeh));
        assertEquals("دستگاههای", PersianText.normalize(joinedWithArabicYeh));
        // a space is a word break, not folded away
        assertNotEquals(PersianText.normalize(joinedWithArabicYeh), PersianText.normalize(spaced));
    }

    @Test
    void removesZeroWidthNonJoinerAndOtherInvisibles() {
        assertEquals("میشود", PersianText.normalize("می" + ZWNJ + "شود"));
        assertEquals("میشود", PersianText.normalize("می\u200Dشود\u200F"));
        assertEquals("بسمالله", PersianText.normalize("\uFEFFبسـم\u00ADالله"));
    }

    @Test
    void dropsHarakat() {
        // the seed's "خصوصاً" carries a fathatan
        assertEquals("خصوصا", PersianText.normalize("خصوصاً"));
    }

    @Test
    void digitsBecomeAscii() {
        assertEquals("14-71-1024", PersianText.normalize("۱۴-۷۱-۱۰۲۴"));
        assertEquals("0123456789", PersianText.normalize("٠١٢٣٤٥٦٧٨٩"));
        assertEquals("0123456789", PersianText.normalize("۰۱۲۳۴۵۶۷۸۹"));
    }

    @Test
    void collapsesAndTrimsWhitespaceAndLowerCases() {
        assertEquals("پست بانک post bank", PersianText.normalize("  پست\u00A0\u00A0بانک \t\nPost   BANK  "));
        assertEquals("", PersianText.normalize(" \u200C "));
        assertEquals("", PersianText.normalize(null));
    }

    @ParameterizedTest
    @CsvSource({"0123456789, ۰۱۲۳۴۵۶۷۸۹", "'14-71-1024', '۱۴-۷۱-۱۰۲۴'", "1391/06/27, ۱۳۹۱/۰۶/۲۷", "abc, abc"})
    void digitsRoundTrip(String ascii, String persian) {
        assertEquals(persian, PersianText.toPersianDigits(ascii));
        assertEquals(ascii, PersianText.toAsciiDigits(persian));
        assertEquals(ascii, PersianText.toAsciiDigits(PersianText.toPersianDigits(ascii)));
    }

    @Test
    void arabicIndicDigitsBecomeAsciiToo() {
        assertEquals("1391", PersianText.toAsciiDigits("١٣٩١"));
        assertEquals("۱۳۹۱", PersianText.toPersianDigits(PersianText.toAsciiDigits("١٣٩١")));
    }

    @Test
    void digitConversionsLeaveLettersAlone() {
        String text = "مصوبه ۵ (res. 5)";
        assertEquals("مصوبه 5 (res. 5)", PersianText.toAsciiDigits(text));
        assertEquals("مصوبه ۵ (res. ۵)", PersianText.toPersianDigits(text));
        assertNull(PersianText.toAsciiDigits(null));
        assertNull(PersianText.toPersianDigits(null));
    }

    @Test
    void digitsFollowTheUsersLanguage() {
        assertEquals("۲۰۰۰۰", PersianText.digits("20000", new Locale("fa")));
        assertEquals("20000", PersianText.digits("۲۰۰۰۰", Locale.ENGLISH));
    }

    @Test
    void aCompoundIsAlsoFoundWrittenWithSpacesBetweenItsParts() {
        assertTrue(PersianText.foundApart("پستبانک"));
        assertFalse(PersianText.foundApart("بانک"), "too short: «با نک» would find every «با نکته»");
        assertFalse(PersianText.foundApart("20000"), "digits are not split");
        assertFalse(PersianText.foundApart("bank"), "nor Latin words");
        assertEquals("پستبانکمرکزی", PersianText.compact("پست بانک مرکزی"));
        String record = PersianText.normalize("شعبه پست بانک مرکزی");
        assertTrue(PersianText.containsEveryWord(record, PersianText.normalize("پست‌بانک")));
        assertTrue(PersianText.containsEveryWord(record, PersianText.normalize("پستبانک مرکزی")));
        assertTrue(PersianText.containsEveryWord(PersianText.normalize("پست‌بانک"), PersianText.normalize("پست بانک")));
        assertFalse(PersianText.containsEveryWord(record, PersianText.normalize("پستبانک ملی")));
        assertTrue(PersianText.contains(PersianText.normalize("اینتر ا نت قطع است"), "اینترانت"), "apart in two places");
        assertFalse(PersianText.contains(PersianText.normalize("با نکته"), "بانک"), "a short word only as typed");
        assertTrue(PersianText.contains(PersianText.normalize("بانکها"), "بانک"));
    }
}
