package ir.pishkhan.portal.domain.office;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OfficeTest {

    private static Office office(String licence) {
        return new Office(licence, "دفتر پیشخوان آریا", null, OfficeKind.RURAL, "شهرستان نمونه", null, null,
                LicenceStatus.CONVERSION_ORDERED);
    }

    @Test
    void licenceNumbersAreStoredWithAsciiDigits() {
        assertEquals("14-71-1024", office("۱۴-۷۱-۱۰۲۴").getLicenceNumber());
        assertEquals("1059-14-72", office(" 1059-14-72 ").getLicenceNumber());
        assertEquals(office("14-71-1024"), office("١٤-٧١-١٠٢٤"));
        assertNotEquals(office("14-71-1024"), office("14-71-1019"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1024", "14_71_1024", "14-71-", "123456-1", "14-71-1024-1-2", "a-b"})
    void refusesWhatIsNotALicenceNumber(String licence) {
        assertThrows(IllegalArgumentException.class, () -> office(licence));
    }

    @Test
    void namesFallBackToPersian() {
        Office o = office("14-71-1001");
        assertEquals("دفتر پیشخوان آریا", o.name(Locale.ENGLISH));
        assertEquals("شهرستان نمونه", o.county(Locale.ENGLISH));
    }
}
