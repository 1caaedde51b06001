package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.application.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.faces.context.FacesContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The menu: only what the signed-in user's role may use. The same rules guard the pages themselves (web.xml's
 * security constraints) and the services (@RolesAllowed), so a hidden entry is never the only protection.
 */
@Named
@RequestScoped
public class MenuBacking {

    /** One entry: its id (for tests and styling), the bundle key of its label, the page, the roles that see it. */
    public record Entry(String id, String labelKey, String outcome, String icon, Set<Role> roles) {
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    static final List<Entry> ENTRIES = List.of(
            new Entry("office-home", "menu.office.home", "/office/home.xhtml", "pi pi-home", EnumSet.of(Role.OFFICE_OPERATOR)),
            new Entry("secretariat-home", "menu.secretariat.home", "/secretariat/home.xhtml", "pi pi-home", EnumSet.of(Role.SECRETARIAT)),
            new Entry("guild-home", "menu.guild.home", "/guild/home.xhtml", "pi pi-home", EnumSet.of(Role.GUILD)),
            new Entry("agency-home", "menu.agency.home", "/agency/home.xhtml", "pi pi-home", EnumSet.of(Role.AGENCY_LIAISON)),
            new Entry("admin-home", "menu.admin.home", "/admin/home.xhtml", "pi pi-home", EnumSet.of(Role.ADMIN)),
            new Entry("complaints", "menu.complaints", "/complaints/list.xhtml", "pi pi-inbox",
                    EnumSet.of(Role.OFFICE_OPERATOR, Role.SECRETARIAT, Role.GUILD, Role.AGENCY_LIAISON)),
            new Entry("complaints-new", "menu.complaints.new", "/office/complaints/new.xhtml", "pi pi-plus", EnumSet.of(Role.OFFICE_OPERATOR)),
            new Entry("complaints-cutoff", "menu.complaints.cutoff", "/office/complaints/new.xhtml?kind=SYSTEMS_CUT_OFF",
                    "pi pi-power-off", EnumSet.of(Role.OFFICE_OPERATOR)),
            new Entry("lines", "menu.lines", "/lines/list.xhtml", "pi pi-phone",
                    EnumSet.of(Role.OFFICE_OPERATOR, Role.SECRETARIAT, Role.GUILD, Role.AGENCY_LIAISON)),
            new Entry("lines-new", "menu.lines.new", "/office/lines/new.xhtml", "pi pi-plus-circle", EnumSet.of(Role.OFFICE_OPERATOR)),
            new Entry("obligations", "menu.obligations", "/obligations/list.xhtml", "pi pi-list-check",
                    EnumSet.of(Role.SECRETARIAT, Role.GUILD, Role.AGENCY_LIAISON)),
            new Entry("disputes", "menu.disputes", "/disputes/list.xhtml", "pi pi-arrows-h",
                    EnumSet.of(Role.OFFICE_OPERATOR, Role.SECRETARIAT, Role.GUILD, Role.AGENCY_LIAISON)),
            new Entry("office-services", "menu.office.services", "/office/services.xhtml", "pi pi-th-large",
                    EnumSet.of(Role.OFFICE_OPERATOR)),
            new Entry("services", "menu.services", "/services/list.xhtml", "pi pi-th-large",
                    EnumSet.of(Role.SECRETARIAT, Role.GUILD, Role.AGENCY_LIAISON)),
            new Entry("services-coverage", "menu.services.coverage", "/services/coverage.xhtml", "pi pi-sitemap",
                    EnumSet.of(Role.SECRETARIAT, Role.GUILD, Role.AGENCY_LIAISON)),
            new Entry("contracts", "menu.contracts", "/contracts/list.xhtml", "pi pi-file",
                    EnumSet.of(Role.SECRETARIAT, Role.GUILD, Role.AGENCY_LIAISON)),
            new Entry("reports-compliance", "menu.reports.compliance", "/reports/compliance.xhtml", "pi pi-chart-line",
                    EnumSet.of(Role.SECRETARIAT, Role.GUILD)),
            new Entry("reports-lines", "menu.reports.lines", "/reports/lines.xhtml", "pi pi-chart-bar",
                    EnumSet.of(Role.SECRETARIAT, Role.GUILD)),
            new Entry("reports-resolution1", "menu.reports.resolution1", "/secretariat/reports/resolution1.xhtml",
                    "pi pi-check-square", EnumSet.of(Role.SECRETARIAT)),
            new Entry("meetings", "menu.meetings", "/meetings/list.xhtml", "pi pi-book", EVERYONE),
            new Entry("agencies", "menu.agencies", "/agencies/list.xhtml", "pi pi-building", EVERYONE),
            new Entry("offices", "menu.offices", "/offices/list.xhtml", "pi pi-map-marker", EVERYONE),
            new Entry("tariffs", "menu.tariffs", "/tariffs/list.xhtml", "pi pi-money-bill", EVERYONE),
            new Entry("admin-users", "menu.admin.users", "/admin/users/list.xhtml", "pi pi-users", EnumSet.of(Role.ADMIN)),
            new Entry("admin-outbox", "menu.admin.outbox", "/admin/outbox/list.xhtml", "pi pi-send", EnumSet.of(Role.ADMIN)),
            new Entry("admin-calendar", "menu.admin.calendar", "/admin/calendar.xhtml", "pi pi-calendar", EnumSet.of(Role.ADMIN)),
            new Entry("admin-audit", "menu.admin.audit", "/admin/audit/list.xhtml", "pi pi-shield", EnumSet.of(Role.ADMIN)),
            new Entry("notifications", "menu.notifications", "/notifications/list.xhtml", "pi pi-bell", EVERYONE),
            new Entry("preferences", "menu.preferences", "/preferences/mail.xhtml", "pi pi-envelope", EVERYONE),
            new Entry("password", "menu.password", "/preferences/password.xhtml", "pi pi-key", EVERYONE));

    @Inject
    private CurrentUser currentUser;

    private List<Entry> entries;

    /** The signed-in role's entries, in order (layout.xhtml lists them as links). */
    public List<Entry> entries() {
        if (entries == null) {
            Role role = currentUser.getRole();
            entries = role == null ? List.of() : ENTRIES.stream().filter(e -> e.roles().contains(role)).toList();
        }
        return entries;
    }

    /**
     * Whether the entry is the page shown (aria-current="page"): its page, and its query too when it has one (the
     * cut-off entry is the filing form with ?kind=…; the plain filing entry is current only without it).
     */
    public boolean current(Entry e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String outcome = e.outcome();
        int q = outcome.indexOf('?');
        String page = q < 0 ? outcome : outcome.substring(0, q);
        if (!page.equals(faces.getViewRoot().getViewId())) {
            return false;
        }
        String kind = faces.getExternalContext().getRequestParameterMap().get("kind");
        String entryKind = q < 0 ? null : outcome.substring(outcome.indexOf('=', q) + 1);
        return Objects.equals(kind, entryKind);
    }
}
