package ir.pishkhan.portal.web.view.services;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.delegation.Authorisation;
import ir.pishkhan.portal.domain.delegation.OfficeSelection;
import ir.pishkhan.portal.domain.delegation.RegisterChange;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

/**
 * services/view.xhtml: one service, the offices authorised for it (paged, searched), the form that grants or withdraws
 * it for one office or a county's offices of a kind, and its timeline. Another agency's service answers 404.
 */
@Named
@ViewScoped
public class ServiceViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "DelegationService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private DelegationService service;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ReferenceService is @ApplicationScoped: the field holds its serializable client proxy, a passivation-capable dependency (CDI)")
    private ReferenceService reference;

    private Long id;
    private ServiceItem item;
    private boolean mayKeep;
    private List<RegisterChange> timeline;
    // the offices the timeline names, read once when the page opens (not once an entry on every rendering)
    private HashMap<Long, String> officeNames = new HashMap<>();
    private List<String> counties;
    private String text;
    private boolean inForceOnly = true;
    private PagedModel<Authorisation> model;

    private Office office;
    private String county;
    private OfficeKind kind;
    private LocalDate since;
    private String basis;

    public void load() {
        if (id == null) {
            throw new ir.pishkhan.portal.domain.shared.BusinessException.NotFound();
        }
        item = service.service(id);
        mayKeep = service.mayKeep(item.getAgency());
        timeline = service.timeline(id);
        officeNames = new HashMap<>(reference.officeNames(timeline.stream().map(RegisterChange::getOfficeId).toList(),
                Messages.locale()));
        counties = mayKeep ? reference.counties() : List.of();
        DelegationService s = service;
        long serviceId = id;
        model = new PagedModel<>(request -> s.authorisations(serviceId, text, inForceOnly, request), Authorisation::getId, 20);
    }

    private OfficeSelection selection() {
        return office != null ? OfficeSelection.office(office.getId()) : OfficeSelection.of(county, kind);
    }

    public String grant() {
        int n = service.grant(id, selection(), since, basis);
        Messages.info("delegation.granted", n);
        return "/services/view.xhtml?faces-redirect=true&id=" + id;
    }

    public String withdraw() {
        int n = service.withdraw(id, selection(), since, basis);
        Messages.info("delegation.withdrawn", n);
        return "/services/view.xhtml?faces-redirect=true&id=" + id;
    }

    public List<Office> completeOffice(String query) {
        return reference.suggestOffices(query);
    }

    public OfficeKind[] getKinds() {
        return OfficeKind.values();
    }

    /** The office a timeline entry names, if it names one. */
    public String officeName(Long officeId) {
        return officeId == null ? "" : officeNames.getOrDefault(officeId, "");
    }

    public ServiceItem getItem() {
        return item;
    }

    public boolean isMayKeep() {
        return mayKeep;
    }

    public List<RegisterChange> getTimeline() {
        return timeline;
    }

    public List<String> getCounties() {
        return counties;
    }

    public PagedModel<Authorisation> getModel() {
        return model;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isInForceOnly() {
        return inForceOnly;
    }

    public void setInForceOnly(boolean inForceOnly) {
        this.inForceOnly = inForceOnly;
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public OfficeKind getKind() {
        return kind;
    }

    public void setKind(OfficeKind kind) {
        this.kind = kind;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
