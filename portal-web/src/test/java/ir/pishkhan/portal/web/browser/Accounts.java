package ir.pishkhan.portal.web.browser;

import java.util.List;

/** The demo accounts (DemoData) and where each role lands. */
public final class Accounts {

    public static final String PASSWORD = "pishkhan-demo-1391";

    /** A demo account: username, display name, role, its home page, the bundle key of its home title, its own menu entry. */
    public record Account(String username, String displayName, String role, String home, String titleKey, String homeMenu) {
        @Override
        public String toString() {
            return username;
        }
    }

    public static final Account ADMIN = new Account("admin", "مدیر سامانه", "ADMIN", "/admin/home.xhtml", "home.admin.title", "admin-home");
    public static final Account DABIR = new Account("dabir", "کارشناس دبیرخانه کارگروه", "SECRETARIAT", "/secretariat/home.xhtml", "home.secretariat.title", "secretariat-home");
    public static final Account ANJOMAN = new Account("anjoman", "کارشناس انجمن صنفی دفاتر", "GUILD", "/guild/home.xhtml", "home.guild.title", "guild-home");
    public static final Account HERA = new Account("office.hera", "متصدی دفتر پیشخوان حرا", "OFFICE_OPERATOR", "/office/home.xhtml", "home.office.title", "office-home");
    public static final Account ARIA = new Account("office.aria", "متصدی دفتر پیشخوان آریا", "OFFICE_OPERATOR", "/office/home.xhtml", "home.office.title", "office-home");
    public static final Account POSTBANK = new Account("liaison.postbank", "رابط پست بانک", "AGENCY_LIAISON", "/agency/home.xhtml", "home.agency.title", "agency-home");
    public static final Account TELECOM = new Account("liaison.telecom", "رابط شرکت مخابرات", "AGENCY_LIAISON", "/agency/home.xhtml", "home.agency.title", "agency-home");
    public static final Account REGULATOR = new Account("liaison.regulator", "رابط سازمان تنظیم مقررات", "AGENCY_LIAISON", "/agency/home.xhtml", "home.agency.title", "agency-home");

    /** One account of each of the five roles. */
    public static final List<Account> ONE_PER_ROLE = List.of(ADMIN, DABIR, ANJOMAN, HERA, POSTBANK);

    /** Every menu entry id of MenuBacking.ENTRIES. */
    public static final List<String> ALL_MENU_ENTRIES = List.of("office-home", "secretariat-home", "guild-home",
            "agency-home", "admin-home", "complaints", "complaints-new", "complaints-cutoff", "lines", "lines-new", "obligations", "disputes", "office-services", "services", "services-coverage", "contracts", "reports-compliance", "reports-lines", "reports-resolution1", "meetings", "agencies", "offices", "tariffs", "admin-users",
            "admin-outbox", "admin-calendar", "admin-audit", "notifications", "preferences", "password");

    private Accounts() {
    }
}
