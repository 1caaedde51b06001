package ir.pishkhan.portal.web.view.admin.audit;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.audit.AuditChain;
import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditFilter;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.application.AuditService;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * admin/audit/list.xhtml: the audit log, newest first, paged in the database and filtered by action, user and a
 * Jalali period (days in Tehran, both included); and the hash chain's check, which names the first entry that no
 * longer fits.
 */
@Named
@ViewScoped
public class AuditListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "AuditService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private AuditService service;

    private String action;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private List<String> actions;
    private PagedModel<AuditEntry> model;

    @PostConstruct
    void init() {
        AuditService audit = service;
        model = new PagedModel<>(request -> audit.search(filter(), request), AuditEntry::getId, 25);
        actions = service.actions();
    }

    private AuditFilter filter() {
        return new AuditFilter(action, actor, from == null ? null : from.atStartOfDay(JalaliDates.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(JalaliDates.ZONE).toInstant());
    }

    public void search() {
        // the model reads the filter on its next load
    }

    /** Checks the whole chain now, and says whether it is intact or which entry first no longer fits. */
    public void check() {
        AuditChain.Check check = service.check();
        if (check.isIntact()) {
            Messages.info("audit.chain.intact", check.entries());
        } else {
            AuditChain.Break b = check.firstBreak().orElseThrow();
            String text = Messages.text("audit.chain.broken", b.chainSeq(), b.fault());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** An action's label in the reader's language; an action with none shows as recorded. */
    public String actionLabel(String recorded) {
        String key = "audit.action." + recorded;
        return ResourceBundle.getBundle(Messages.BUNDLE, Messages.locale()).containsKey(key) ? Messages.text(key) : recorded;
    }

    public PagedModel<AuditEntry> getModel() {
        return model;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
