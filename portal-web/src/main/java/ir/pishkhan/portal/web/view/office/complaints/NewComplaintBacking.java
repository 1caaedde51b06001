package ir.pishkhan.portal.web.view.office.complaints;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.web.faces.FilingBacking;
import ir.pishkhan.portal.web.faces.Uploads;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ComplaintService.FilingForm;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.view.LocaleBean;
import java.util.Locale;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

import java.time.LocalDate;
import java.util.List;

/**
 * office/complaints/new.xhtml: the office files a complaint, once however often the form is sent
 * ({@link FilingBacking}).
 */
@Named
@ViewScoped
public class NewComplaintBacking extends FilingBacking<Complaint> {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ComplaintService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private ComplaintService service;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ReferenceService is @ApplicationScoped: the field holds its serializable client proxy, a passivation-capable dependency (CDI)")
    private ReferenceService reference;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "DelegationService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private DelegationService delegation;

    @Inject
    private LocaleBean localeBean;

    private Long agencyId;
    private ComplaintKind kind;
    private LocalDate occurredOn;
    private String officialName;
    private String description;
    private transient UploadedFiles files;
    /** ?service=…: the service the office is left out of (a selective delegation), named in the description. */
    private Long serviceId;
    /** ?resolution=19: the resolution the complaint cites, marked among those proposed. */
    private Integer resolution;

    @PostConstruct
    void init() {
        occurredOn = null;
    }

    public NewComplaintBacking() {
        super("complaint.filed", "/complaints/view.xhtml");
    }

    @Override
    protected Complaint submit(String submissionKey) {
        return service.file(new FilingForm(agencyId, kind, occurredOn, officialName, description, Uploads.of(files), submissionKey));
    }

    @Override
    protected Complaint filedWith(String submissionKey) {
        return service.filedWith(submissionKey);
    }

    @Override
    protected long idOf(Complaint filed) {
        return filed.getId();
    }

    @Override
    protected String trackingNumberOf(Complaint filed) {
        return filed.getTrackingNumber();
    }

    /**
     * The view action: from a service the office is left out of (office/services.xhtml), the agency, the kind "services
     * restricted" and a description naming the service and the resolution (19) filled in; a service the office is
     * not left out of answers 404.
     */
    public void prefill() {
        if (serviceId == null || description != null) {
            return;
        }
        ServiceItem s = delegation.leftOutService(serviceId);
        agencyId = s.getAgency().getId();
        if (kind == null) {
            kind = ComplaintKind.SERVICES_RESTRICTED;
        }
        int cited = resolution == null ? 19 : resolution;
        resolution = cited;
        // the user's language: the view root's locale is set only when the page is rendered, after this action
        Locale locale = localeBean.getLocale();
        description = Messages.text(locale, "complaint.prefill.servicesRestricted", s.name(locale), s.getCode(),
                s.getAgency().name(locale), cited);
    }

    /** Whether the resolution is the one the page was opened for (?resolution=…), shown marked. */
    public boolean isCited(Resolution r) {
        return resolution != null && r.getNumber() == resolution;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Integer getResolution() {
        return resolution;
    }

    public void setResolution(Integer resolution) {
        this.resolution = resolution;
    }

    public List<Resolution> getSuggested() {
        return kind == null ? List.of() : service.suggestedResolutions(kind);
    }

    /** The kind chosen is filed urgent and linked to its resolutions at once (a cut-off, resolution 3). */
    public boolean isUrgent() {
        return kind != null && kind.isUrgent();
    }

    public List<Agency> getAgencies() {
        return reference.agencyChoices();
    }

    public ComplaintKind[] getKinds() {
        return ComplaintKind.values();
    }

    public int getMaxFiles() {
        return ir.pishkhan.portal.domain.complaint.EvidenceFile.MAX_FILES;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getOfficialName() {
        return officialName;
    }

    public void setOfficialName(String officialName) {
        this.officialName = officialName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
