package ir.pishkhan.portal.web.view.admin.users;

import ir.pishkhan.portal.web.report.lists.UserListExport;
import ir.pishkhan.portal.web.faces.ExportLinks;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.user.LoginThrottle;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.PagedModel;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.application.UserAdminService;
import ir.pishkhan.portal.web.application.UserAdminService.AccountForm;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/**
 * admin/users/list.xhtml: the accounts, and the create/edit, reset-password and enable/disable actions (the
 * CRUD dialog pattern). The form keeps the version it was loaded with; the service refuses a stale one.
 */
@Named
@ViewScoped
public class UserListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "UserAdminService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private UserAdminService service;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ReferenceService is @ApplicationScoped: the field holds its serializable client proxy, a passivation-capable dependency (CDI)")
    private ReferenceService reference;

    // list filters
    private String text;
    private Role roleFilter;
    private PagedModel<UserAccount> model;

    // the dialog's form
    private Long editingId;
    private long editingVersion;
    private String username;
    private String displayName;
    private Role role;
    private Office office;
    private Long agencyId;
    private String password;
    private List<AuditEntry> history;
    private List<LoginThrottle> locks;

    @PostConstruct
    void init() {
        UserAdminService admin = service;
        model = new PagedModel<>(request -> admin.search(text, roleFilter, request), UserAccount::getId, 20);
        locks = service.locks();
    }

    /** Lifts a login lock before its time. */
    public void unlock(String key) {
        service.unlock(key);
        locks = service.locks();
        Messages.info("login.unlocked", key.substring(key.indexOf(':') + 1));
    }

    /** The account names and addresses locked now, read once per view (and after an unlock). */
    public List<LoginThrottle> getLocks() {
        return locks;
    }

    public void startCreate() {
        editingId = null;
        editingVersion = 0;
        username = null;
        displayName = null;
        role = Role.OFFICE_OPERATOR;
        office = null;
        agencyId = null;
        password = null;
        history = List.of();
    }

    public void startEdit(long id) {
        UserAccount account = service.account(id);
        editingId = account.getId();
        editingVersion = account.getVersion();
        username = account.getUsername();
        displayName = account.getDisplayName();
        role = account.getRole();
        office = account.getOffice();
        agencyId = account.getAgency() == null ? null : account.getAgency().getId();
        password = null;
        history = service.history(id);
    }

    public void save() {
        AccountForm form = new AccountForm(username, displayName, role, office == null ? null : office.getId(),
                agencyId, password);
        if (editingId == null) {
            UserAccount created = service.create(form);
            Messages.info("user.created", created.getUsername());
        } else {
            service.update(editingId, editingVersion, form);
            Messages.info("user.saved", username);
        }
        PrimeFaces.current().executeScript("PF('userDialog').hide()");
    }

    public void resetPassword() {
        service.resetPassword(editingId, editingVersion, password);
        password = null;
        Messages.info("user.passwordReset", username);
        PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
    }

    public void toggleEnabled(long id, long version, boolean enable) {
        UserAccount account = enable ? service.enable(id, version) : service.disable(id, version);
        Messages.info(enable ? "user.enabled" : "user.disabled", account.getUsername());
    }

    public List<Office> completeOffice(String query) {
        return reference.suggestOffices(query);
    }

    public List<Agency> getAgencies() {
        return reference.agencyChoices();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public PagedModel<UserAccount> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    /** The list's file in a format (xlsx, csv), with the filters and the order the table is shown with. */
    public String exportUrl(String format) {
        return ExportLinks.url(UserListExport.PATH, format, UserListExport.query(text, roleFilter,
                model.getSortField(), model.isSortAscending()));
    }
}
