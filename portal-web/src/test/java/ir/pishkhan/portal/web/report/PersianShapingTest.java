package ir.pishkhan.portal.web.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersianShapingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // پ initial, ی medial, گ medial, ی medial, ر final (ICU), ی isolated after a right-joining ر
            "پیگیری, FB58 FBFF FB95 FBFF FEAE FBFC",
            // ک medial between ف and ی, ی medial, ک final
            "تفکیک, FE97 FED4 FB91 FBFF FB8F",
            // ژ after ا stands alone; چ initial before ژ? no: ژ joins only to the one before it
            "چژ, FB7C FB8B",
            // a ZWNJ keeps the letters apart: ی final in «می», پ isolated... the ZWNJ stays for the font to drop
            "می\u200Cپ, FEE3 FBFD 200C FB56",
            // ICU's lam-alef ligature shortens the text: the Persian letters after it still get their forms
            "لاک, FEFB FB8E",
            "گ, FB92",
    })
    void joinsPersianLettersAsICUJoinsArabicOnes(String text, String expected) {
        StringBuilder hex = new StringBuilder();
        for (char c : PersianShaping.shape(text).toCharArray()) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("%04X", (int) c));
        }
        assertEquals(expected, hex.toString());
        assertEquals(text, Normalizer.normalize(PersianShaping.shape(text), Normalizer.Form.NFKC),
                "a reader copying the text gets the letters back");
    }
}
