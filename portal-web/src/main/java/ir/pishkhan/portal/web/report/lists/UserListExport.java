package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.web.application.UserAdminService;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static ir.pishkhan.portal.web.report.lists.ListTexts.cell;
import static ir.pishkhan.portal.web.report.lists.ListTexts.label;
import static ir.pishkhan.portal.web.report.lists.ListTexts.text;

/** admin/users/list.xhtml's export: the accounts under the page's search and role, in its order, by offset pages. */
@ApplicationScoped
public class UserListExport implements ListExport {

    public static final String PATH = "/admin/users/export";

    @Inject
    private UserAdminService service;

    public static ExportQuery query(String text, Role role, String sortField, boolean ascending) {
        return new ExportQuery().with("text", text).with("role", role)
                .with("sort", sortField).with("desc", sortField != null && !ascending);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String name() {
        return "users";
    }

    @Override
    public Set<String> formats() {
        return ListTexts.SHEETS;
    }

    @Override
    public Report report(Locale locale, ExportQuery q) {
        String text = q.text("text");
        Role role = q.choice(Role.class, "role");
        String sort = q.text("sort");
        boolean ascending = !q.flag("desc");
        return ListTexts.single(locale, text(locale, "users.title"), List.of(
                        Column.text(text(locale, "user.username"), 2),
                        Column.text(text(locale, "user.displayName"), 3),
                        Column.text(text(locale, "user.role"), 2),
                        Column.text(text(locale, "user.binding"), 3),
                        Column.text(text(locale, "user.state"), 1)),
                sink -> Paging.byOffset(page -> service.search(text, role, page), sort, ascending, (UserAccount u) -> List.<Report.Cell>of(
                        cell(u.getUsername()), cell(u.getDisplayName()), cell(label(locale, u.getRole())),
                        cell(u.getOffice() != null ? u.getOffice().name(locale) : u.getAgency() != null ? u.getAgency().name(locale) : ""),
                        cell(text(locale, u.isEnabled() ? "user.state.enabled" : "user.state.disabled"))), sink));
    }
}
