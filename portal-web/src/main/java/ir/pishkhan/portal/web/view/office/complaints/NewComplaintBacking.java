package ir.pishkhan.portal.web.view.office.complaints;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.web.faces.FilingBacking;
import ir.pishkhan.portal.web.faces.Uploads;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ComplaintService.FilingForm;
import ir.pishkhan.portal.web.application.ReferenceService;
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
    private ComplaintService service;

    @Inject
    private ReferenceService reference;

    private Long agencyId;
    private ComplaintKind kind;
    private LocalDate occurredOn;
    private String officialName;
    private String description;
    private transient UploadedFiles files;

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
