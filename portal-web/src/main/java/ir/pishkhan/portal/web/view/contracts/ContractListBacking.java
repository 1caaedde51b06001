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
import ir.pishkhan.portal.web.faces.Formats;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.PagedModel;
import ir.pishkhan.portal.web.faces.Uploads;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

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

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "Formats is an @ApplicationScoped bean: the field holds its serializable client proxy (CDI)")
    private Formats fmt;

    // what the view keeps between requests: ids, labels and rows of plain values, not the records they were read from
    // (a record's lazy relations would keep EclipseLink's unit of work that read it, with all it read)
    private Long agencyId;
    private String agencyName;
    private boolean mayKeep;
    private List<SelectItem> parties;
    private List<CountyCoverage> coverage;
    private List<RegisterChange> timeline;
    // the offices the timeline names, read once when the page opens (not once an entry on every rendering)
    private HashMap<Long, String> officeNames = new HashMap<>();
    private String text;
    private PagedModel<Row> model;

    private Office office;
    private LocalDate signedOn;
    private String contractReference;
    private transient UploadedFiles files;

    public void load() {
        Locale locale = Messages.locale();
        List<Agency> agencies = service.contractParties();
        parties = agencies.stream().map(a -> new SelectItem(a.getId(), a.name(locale))).toList();
        if (agencyId == null && agencies.size() == 1) {
            agencyId = agencies.get(0).getId();
        }
        if (agencyId == null) {
            return;
        }
        coverage = service.contractCoverage(agencyId);
        Agency agency = service.agency(agencyId).orElseThrow();
        agencyName = agency.name(locale);
        mayKeep = service.mayKeep(agency);
        timeline = service.contractTimeline(agencyId);
        officeNames = new HashMap<>(reference.officeNames(
                timeline.stream().map(RegisterChange::getOfficeId).toList(), locale));
        DelegationService s = service;
        Formats f = fmt;
        Long id = agencyId;
        model = new PagedModel<>(request -> s.contracts(id, text, request).map(c -> new Row(c, f, locale)), Row::getId, 20);
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
        return officeId == null ? "" : officeNames.getOrDefault(officeId, "");
    }

    /** The bank's (or the directorate's) name, once one is chosen; null while the page lists the parties. */
    public String getAgencyName() {
        return agencyName;
    }

    public boolean isMayKeep() {
        return mayKeep;
    }

    /** The agencies that keep contracts with offices: their ids and names. */
    public List<SelectItem> getParties() {
        return parties;
    }

    public List<CountyCoverage> getCoverage() {
        return coverage;
    }

    public List<RegisterChange> getTimeline() {
        return timeline;
    }

    public PagedModel<Row> getModel() {
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

    /** A contract as the table shows it: formatted once, when its page is read. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String office;
        private final String licence;
        private final String county;
        private final String signedOn;
        private final String reference;
        private final String fileName;
        private final boolean inForce;
        private final String endedAt;

        Row(BankContract c, Formats fmt, Locale locale) {
            this.id = c.getId();
            this.office = c.getOffice().name(locale);
            this.licence = fmt.num(c.getOffice().getLicenceNumber());
            this.county = c.getOffice().county(locale);
            this.signedOn = fmt.date(c.getSignedOn());
            this.reference = c.getReference();
            this.fileName = c.getFileName();
            this.inForce = c.isInForce();
            this.endedAt = c.getEndedAt() == null ? "" : fmt.instant(c.getEndedAt());
        }

        /** The contract's id: the row's key, its file's address and what ending it names. */
        public long getId() {
            return id;
        }

        public String getOffice() {
            return office;
        }

        /** The office's licence number, in the user's digits. */
        public String getLicence() {
            return licence;
        }

        public String getCounty() {
            return county;
        }

        public String getSignedOn() {
            return signedOn;
        }

        public String getReference() {
            return reference;
        }

        public String getFileName() {
            return fileName;
        }

        public boolean isInForce() {
            return inForce;
        }

        /** When it was ended; empty while it is in force. */
        public String getEndedAt() {
            return endedAt;
        }
    }
}
