package ir.pishkhan.portal.web.view.services;

import ir.pishkhan.portal.web.report.lists.ServiceListExport;
import ir.pishkhan.portal.web.faces.ExportLinks;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.domain.delegation.ServiceScope;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * services/list.xhtml: an agency's catalogue of services, searched and paged in the database; the liaison sees the
 * agency's own, the secretariat and the guild choose an agency. The liaison and the secretariat add a service.
 */
@Named
@ViewScoped
public class ServiceListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "DelegationService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private DelegationService service;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ReferenceService is @ApplicationScoped: the field holds its serializable client proxy, a passivation-capable dependency (CDI)")
    private ReferenceService reference;

    private Long agencyId;
    private Agency agency;
    private boolean mayKeep;
    private List<Agency> agencies;
    private String text;
    private PagedModel<ServiceItem> model;

    private String code;
    private String nameFa;
    private String nameEn;
    private ServiceScope scope = ServiceScope.BOTH;

    /** The view action: the agency asked for (404 for a liaison asking for another's), its services. */
    public void load() {
        agency = service.agency(agencyId).orElse(null);
        if (agency != null) {
            agencyId = agency.getId();
            mayKeep = service.mayKeep(agency);
            DelegationService s = service;
            Long id = agencyId;
            model = new PagedModel<>(request -> s.services(id, text, request), ServiceItem::getId, 20);
        }
        agencies = reference.agencyChoices();
    }

    /** The agency chosen in the form, opened by its address (so the page can be linked to). */
    public String open() {
        return "/services/list.xhtml?faces-redirect=true" + (agencyId == null ? "" : "&agency=" + agencyId);
    }

    public String add() {
        ServiceItem made = service.catalogue(agencyId, code, nameFa, nameEn, scope);
        Messages.info("service.catalogued", made.getCode());
        return "/services/view.xhtml?faces-redirect=true&id=" + made.getId();
    }

    public ServiceScope[] getScopes() {
        return ServiceScope.values();
    }

    public Agency getAgency() {
        return agency;
    }

    public boolean isMayKeep() {
        return mayKeep;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public PagedModel<ServiceItem> getModel() {
        return model;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameFa() {
        return nameFa;
    }

    public void setNameFa(String nameFa) {
        this.nameFa = nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public ServiceScope getScope() {
        return scope;
    }

    public void setScope(ServiceScope scope) {
        this.scope = scope;
    }

    /** The list's file in a format (xlsx, pdf, csv), with the search and the order the table is shown with. */
    public String exportUrl(String format) {
        return ExportLinks.url(ServiceListExport.PATH, format, ServiceListExport.query(agencyId, text,
                model == null ? null : model.getSortField(), model == null || model.isSortAscending()));
    }
}
