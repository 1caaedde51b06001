package ir.pishkhan.portal.web.view.contracts;

import ir.pishkhan.portal.web.report.lists.ContractListExport;
import ir.pishkhan.portal.web.faces.ExportLinks;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.contract.BankContract;
import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.delegation.RegisterChange;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.web.application.ComplaintService.Upload;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.PagedModel;
import ir.pishkhan.portal.web.faces.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * contracts/list.xhtml: a bank's (or the post directorate's) contracts with the offices — coverage per county by the
 * same rule as the services', the contracts paged and searched, the form that records a signed one with its file.
 */
@Named
@ViewScoped
public class ContractListBacking implements Serializable {

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
    private List<Agency> parties;
    private List<CountyCoverage> coverage;
    private List<RegisterChange> timeline;
    private String text;
    private PagedModel<BankContract> model;

    private Office office;
    private LocalDate signedOn;
    private String contractReference;
    private transient UploadedFiles files;

    public void load() {
        parties = service.contractParties();
        if (agencyId == null && parties.size() == 1) {
            agencyId = parties.get(0).getId();
        }
        if (agencyId == null) {
            return;
        }
        coverage = service.contractCoverage(agencyId);
        agency = service.agency(agencyId).orElseThrow();
        mayKeep = service.mayKeep(agency);
        timeline = service.contractTimeline(agencyId);
        DelegationService s = service;
        Long id = agencyId;
        model = new PagedModel<>(request -> s.contracts(id, text, request), BankContract::getId, 20);
    }

    public String record() {
        List<Upload> uploaded = Uploads.of(files);
        service.recordContract(agencyId, office == null ? null : office.getId(), signedOn, contractReference,
                uploaded.isEmpty() ? null : uploaded.get(0));
        Messages.info("contract.recorded");
        return "/contracts/list.xhtml?faces-redirect=true&agencyId=" + agencyId;
    }

    public String end(long contractId) {
        service.endContract(contractId);
        Messages.info("contract.ended");
        return "/contracts/list.xhtml?faces-redirect=true&agencyId=" + agencyId;
    }

    public List<Office> completeOffice(String query) {
        return reference.suggestOffices(query);
    }

    public String officeName(Long officeId) {
        return officeId == null ? "" : reference.office(officeId).name(Messages.locale());
    }

    public Agency getAgency() {
        return agency;
    }

    public boolean isMayKeep() {
        return mayKeep;
    }

    public List<Agency> getParties() {
        return parties;
    }

    public List<CountyCoverage> getCoverage() {
        return coverage;
    }

    public List<RegisterChange> getTimeline() {
        return timeline;
    }

    public PagedModel<BankContract> getModel() {
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

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getContractReference() {
        return contractReference;
    }

    public void setContractReference(String reference) {
        this.contractReference = reference;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    /** The list's file in a format (xlsx, pdf, csv), with the search and the order the table is shown with. */
    public String exportUrl(String format) {
        return ExportLinks.url(ContractListExport.PATH, format, ContractListExport.query(agencyId, text,
                model == null ? null : model.getSortField(), model == null || model.isSortAscending()));
    }
}
