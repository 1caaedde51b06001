package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resolution's obligated parties expanded to agencies. */
class ObligeesTest {

    private static final Party TELECOM = new Party("telecom", "شرکت مخابرات", "Telecom", PartyType.AGENCY);
    private static final Party POST_BANK = new Party("post-bank", "پست بانک", "Post Bank", PartyType.AGENCY);
    private static final Party ALL = new Party(Party.ALL_AGENCIES, "کلیه دستگاههای اجرایی", "All", PartyType.AGENCY_GROUP);
    private static final Party BANKS = new Party(Party.ALL_BANKS, "کلیه بانکهای استان", "Banks", PartyType.AGENCY_GROUP);
    private static final Party ICT = new Party(Party.ICT_AGENCIES, "دستگاههای وزارت ارتباطات", "ICT", PartyType.AGENCY_GROUP);
    private static final Party GUILD = new Party("guild", "انجمن صنفی", "Guild", PartyType.BODY);
    private static final Party OFFICES = new Party("offices", "دفاتر", "Offices", PartyType.OFFICES);

    private static final Agency TELECOM_CO = new Agency("telecom", "مخابرات", "Telecom", AgencyKind.TELECOM, TELECOM);
    private static final Agency MOBILE = new Agency("mobile", "سیار", "Mobile", AgencyKind.TELECOM, null);
    private static final Agency POST_BANK_A = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, POST_BANK);
    private static final Agency MELLI = new Agency("bank-melli", "ملی", "Melli", AgencyKind.BANK, null);
    private static final Agency POST = new Agency("post", "پست", "Post", AgencyKind.POST, null);
    private static final Agency ICT_DIR = new Agency("ict", "فاوا", "ICT", AgencyKind.ICT, null);
    private static final Agency REGULATOR = new Agency("regulator", "رگولاتوری", "Regulator", AgencyKind.REGULATOR, null);
    private static final Agency INSURANCE = new Agency("insurance", "بیمه", "Insurance", AgencyKind.INSURANCE, null);
    private static final List<Agency> AGENCIES = List.of(TELECOM_CO, MOBILE, POST_BANK_A, MELLI, POST, ICT_DIR,
            REGULATOR, INSURANCE);

    @Test
    void aSingleAgencysPartyIsThatAgency() {
        assertEquals(List.of(TELECOM_CO), Obligees.of(Set.of(TELECOM), AGENCIES));
    }

    @Test
    void allBanksIsEveryBank() {
        assertEquals(List.of(POST_BANK_A, MELLI), Obligees.of(Set.of(BANKS), AGENCIES));
    }

    @Test
    void theIctMinistrysAgenciesAreTelecomIctPostAndTheRegulator() {
        assertEquals(List.of(TELECOM_CO, MOBILE, POST, ICT_DIR, REGULATOR), Obligees.of(Set.of(ICT), AGENCIES));
    }

    @Test
    void allAgenciesIsEveryAgency() {
        assertEquals(AGENCIES, Obligees.of(Set.of(ALL), AGENCIES));
    }

    @Test
    void bodiesAndOfficesAreNoAgency() {
        assertTrue(Obligees.of(Set.of(GUILD, OFFICES), AGENCIES).isEmpty());
    }

    @Test
    void anAgencyNamedAndInAGroupIsOneObligee() {
        assertEquals(List.of(POST_BANK_A, MELLI), Obligees.of(Set.of(POST_BANK, BANKS, GUILD), AGENCIES));
    }
}
