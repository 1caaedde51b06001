package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;

import java.time.Instant;
import java.util.List;

/**
 * Demo offices and one account of each role, so that a newcomer can use the portal at once. Offices: the four
 * named in resolution 15 (those of resolution 17's licences are reference data: {@code ReferenceRegisters}), and
 * enough others, urban and rural, to make lists real.
 */
final class DemoData {

    /** The demo accounts: username, role, display names, and the office licence or agency code it is bound to. */
    record DemoAccount(String username, Role role, String displayName, String office, String agency) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", Role.ADMIN, "مدیر سامانه", null, null),
            new DemoAccount("dabir", Role.SECRETARIAT, "کارشناس دبیرخانه کارگروه", null, null),
            new DemoAccount("anjoman", Role.GUILD, "کارشناس انجمن صنفی دفاتر", null, null),
            new DemoAccount("office.hera", Role.OFFICE_OPERATOR, "متصدی دفتر پیشخوان حرا", "14-71-1101", null),
            new DemoAccount("office.aria", Role.OFFICE_OPERATOR, "متصدی دفتر پیشخوان آریا", "14-71-1102", null),
            new DemoAccount("liaison.postbank", Role.AGENCY_LIAISON, "رابط پست بانک", null, "post-bank"),
            new DemoAccount("liaison.telecom", Role.AGENCY_LIAISON, "رابط شرکت مخابرات", null, "telecom"),
            new DemoAccount("liaison.regulator", Role.AGENCY_LIAISON, "رابط سازمان تنظیم مقررات", null, "regulator"));

    private static final String[][] NAMED = {
            // resolution 15: the four offices in dispute with Post Bank
            {"14-71-1101", "حرا", "Hera", "URBAN", "ACTIVE"},
            {"14-71-1102", "آریا", "Aria", "URBAN", "ACTIVE"},
            {"14-72-1103", "راه کربلا", "Rah-e Karbala", "RURAL", "ACTIVE"},
            {"14-72-1104", "شهدای فیض الهی", "Shohada-ye Feyz-Elahi", "RURAL", "ACTIVE"},
            // resolution 17's licences are reference data, loaded even without the demo (ReferenceRegisters)
    };

    static final String[][] COUNTIES = {
            {"مرکزی", "Markazi"}, {"شمالی", "Shomali"}, {"کوهستان", "Kuhestan"}, {"دشت", "Dasht"},
            {"رودبار", "Rudbar"}, {"چشمه‌سار", "Cheshmesar"}, {"کرانه", "Karaneh"}, {"سپیدان", "Sepidan"},
            {"گلستان", "Golestan"}, {"نیک‌آباد", "Nikabad"}, {"امیریه", "Amiriyeh"}, {"بیدستان", "Bidestan"}};

    static final String[][] NAMES = {
            {"نور", "Nur"}, {"امید", "Omid"}, {"بهار", "Bahar"}, {"سپیده", "Sepideh"}, {"آفتاب", "Aftab"},
            {"مهر", "Mehr"}, {"پارس", "Pars"}, {"البرز", "Alborz"}, {"دماوند", "Damavand"}, {"زاگرس", "Zagros"},
            {"کوثر", "Kowsar"}, {"یاس", "Yas"}, {"نگین", "Negin"}, {"ستاره", "Setareh"}, {"آسمان", "Aseman"},
            {"رضوان", "Rezvan"}, {"فجر", "Fajr"}, {"پیام", "Payam"}, {"کیان", "Kian"}, {"مهتاب", "Mahtab"}};

    private final OfficeRepository offices;
    private final AgencyRepository agencies;
    private final UserAccountRepository accounts;
    private final PasswordHasher hasher;

    DemoData(OfficeRepository offices, AgencyRepository agencies, UserAccountRepository accounts, PasswordHasher hasher) {
        this.offices = offices;
        this.agencies = agencies;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /** @return true when the demo data was loaded now; false when it was there already */
    boolean load(String password) {
        if (accounts.byUsername("admin").isPresent()) {
            return false;
        }
        int i = 0;
        for (String[] o : NAMED) {
            String[] county = COUNTIES[i++ % COUNTIES.length];
            offices.store(new Office(o[0], o[1], o[2], OfficeKind.valueOf(o[3]), county[0], county[1],
                    null, LicenceStatus.valueOf(o[4])));
        }
        // 12 counties × 20 names: 240 more offices, a rural one in every third, a few suspended
        int serial = 2000;
        for (int c = 0; c < COUNTIES.length; c++) {
            for (int n = 0; n < NAMES.length; n++) {
                serial++;
                boolean rural = (c + n) % 3 == 0;
                LicenceStatus status = serial % 41 == 0 ? LicenceStatus.SUSPENDED : LicenceStatus.ACTIVE;
                String licence = "14-" + (rural ? "72-" : "71-") + serial;
                offices.store(new Office(licence, NAMES[n][0] + " " + COUNTIES[c][0],
                        NAMES[n][1] + " " + COUNTIES[c][1], rural ? OfficeKind.RURAL : OfficeKind.URBAN,
                        COUNTIES[c][0], COUNTIES[c][1], null, status));
            }
        }
        Instant now = Instant.now();
        for (DemoAccount a : ACCOUNTS) {
            Office office = a.office() == null ? null : offices.byLicence(a.office()).orElseThrow();
            Agency agency = a.agency() == null ? null : agencies.byCode(a.agency()).orElseThrow();
            accounts.store(new UserAccount(a.username(), a.displayName(), a.role(), office, agency,
                    hasher.hash(password, a.username(), a.displayName()), now));
        }
        return true;
    }
}
