package ir.pishkhan.portal.web.view.secretariat;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page asked for in the address of secretariat/referrals.xhtml, however it is typed. */
class ReferralsBackingTest {

    @Test
    void aPageIsReadInAnyDigitsAndAnythingElseIsTheFirst() {
        assertEquals(1, ReferralsBacking.requested(null));
        assertEquals(1, ReferralsBacking.requested(""));
        assertEquals(3, ReferralsBacking.requested("3"));
        assertEquals(3, ReferralsBacking.requested("۳"), "Persian digits");
        assertEquals(12, ReferralsBacking.requested("١٢"), "Arabic-Indic digits");
        assertEquals(2, ReferralsBacking.requested(" 2 "));
        assertEquals(1, ReferralsBacking.requested("0"));
        assertEquals(1, ReferralsBacking.requested("-4"));
        assertEquals(1, ReferralsBacking.requested("abc"));
        assertEquals(1, ReferralsBacking.requested("99999999999999"), "beyond an int");
    }
}
