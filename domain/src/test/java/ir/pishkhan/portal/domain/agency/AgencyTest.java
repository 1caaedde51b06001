package ir.pishkhan.portal.domain.agency;

import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.PartyType;
import ir.pishkhan.portal.domain.meeting.Resolution;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyTest {

    private final Party telecomParty = new Party("telecom", "شرکت مخابرات", "Telecom company", PartyType.AGENCY);
    private final Party postBankParty = new Party("post-bank", "پست بانک", "Post Bank", PartyType.AGENCY);
    private final Party allAgencies = new Party(Party.ALL_AGENCIES, "کلیه دستگاههای اجرایی", "All executive agencies", PartyType.AGENCY_GROUP);
    private final Party allBanks = new Party(Party.ALL_BANKS, "کلیه بانکهای استان", "All banks", PartyType.AGENCY_GROUP);
    private final Party ictAgencies = new Party(Party.ICT_AGENCIES, "دستگاههای وزارت ارتباطات", "ICT agencies", PartyType.AGENCY_GROUP);
    private final Party guild = new Party("guild", "انجمن صنفی دفاتر", "Guild", PartyType.BODY);

    private final Agency telecom = new Agency("telecom", "شرکت مخابرات استان", "Telecom", AgencyKind.TELECOM, telecomParty);
    private final Agency postBank = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, postBankParty);
    private final Agency bankMelli = new Agency("bank-melli", "بانک ملی ایران", "Bank Melli", AgencyKind.BANK, null);
    private final Agency tax = new Agency("tax", "اداره کل امور مالیاتی", "Tax", AgencyKind.GOVERNMENT, null);

    private int next = 1;
    private final Meeting meeting = Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری");

    private Resolution obliging(Party... parties) {
        Resolution r = meeting.addResolution(next++, "متن", "text", Deadline.none());
        for (Party p : parties) {
            r.addObligated(p);
        }
        return r;
    }

    @Test
    void an_agency_named_by_a_resolution_is_bound_by_it_and_another_is_not() {
        Resolution r1 = obliging(telecomParty);
        assertTrue(telecom.isBoundBy(r1));
        assertFalse(postBank.isBoundBy(r1));
        assertFalse(tax.isBoundBy(r1));
    }

    @Test
    void every_agency_is_bound_by_a_resolution_on_all_agencies() {
        Resolution r3 = obliging(allAgencies);
        assertTrue(telecom.isBoundBy(r3));
        assertTrue(bankMelli.isBoundBy(r3));
        assertTrue(tax.isBoundBy(r3));
    }

    @Test
    void only_banks_are_bound_by_a_resolution_on_all_banks() {
        Resolution r20 = obliging(allBanks);
        assertTrue(postBank.isBoundBy(r20));
        assertTrue(bankMelli.isBoundBy(r20));
        assertFalse(telecom.isBoundBy(r20));
        assertFalse(tax.isBoundBy(r20));
    }

    @Test
    void only_ict_ministry_agencies_are_bound_by_a_resolution_on_them() {
        Resolution r2 = obliging(ictAgencies);
        assertTrue(telecom.isBoundBy(r2));
        assertTrue(new Agency("post", "اداره کل پست", "Post", AgencyKind.POST, null).isBoundBy(r2));
        assertTrue(new Agency("regulator", "سازمان تنظیم مقررات", "CRA", AgencyKind.REGULATOR, null).isBoundBy(r2));
        assertFalse(bankMelli.isBoundBy(r2));
        assertFalse(tax.isBoundBy(r2));
    }

    @Test
    void a_resolution_on_bodies_binds_no_agency() {
        Resolution r10 = obliging(guild);
        assertFalse(telecom.isBoundBy(r10));
        assertFalse(postBank.isBoundBy(r10));
    }
}
