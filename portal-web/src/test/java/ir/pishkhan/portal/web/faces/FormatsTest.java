package ir.pishkhan.portal.web.faces;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    @Test
    void aCountIsWrittenAsIcusIntegerInstanceWritesItInPersianAndEnglish() {
        assertEquals("۲۰٬۰۰۰", Formats.count(20_000, Locale.forLanguageTag("fa")));
        assertEquals("20,000", Formats.count(20_000, Locale.ENGLISH));
        for (Locale locale : List.of(Locale.forLanguageTag("fa"), Locale.ENGLISH)) {
            for (Number n : List.of(0, 7, 999, 1_000, 2_186_846L, -42, 12.5, 13.5)) {
                assertEquals(NumberFormat.getIntegerInstance(ULocale.forLocale(locale)).format(n), Formats.count(n, locale),
                        n + " in " + locale);
            }
        }
    }
}
