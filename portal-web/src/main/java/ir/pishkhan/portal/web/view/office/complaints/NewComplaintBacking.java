package ir.pishkhan.portal.web.view.office.complaints;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.Uploads;
import ir.pishkhan.portal.web.service.ComplaintService;
import ir.pishkhan.portal.web.service.ComplaintService.FilingForm;
import ir.pishkhan.portal.web.service.ReferenceService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * office/complaints/new.xhtml: the office files a complaint. The form carries a one-time key: submitting it
 * twice files one complaint, and the second submit lands on the same complaint.
 */
@Named
@ViewScoped
public class NewComplaintBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService service;

    @Inject
    private ReferenceService reference;

    private final String submissionKey = UUID.randomUUID().toString();
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

    public void file() throws IOException {
        FilingForm form = new FilingForm(agencyId, kind, occurredOn, officialName, description, Uploads.of(files), submissionKey);
        Complaint filed;
        try {
            filed = service.file(form);
        } catch (EJBException e) {
            // Two submits of one form racing: the unique key let the first through; show that one.
            filed = service.filedWith(submissionKey);
            if (filed == null) {
                throw e;
            }
        }
        // the number as the page's heading shows it: Persian digits in Persian
        Messages.info("complaint.filed", ir.pishkhan.portal.domain.shared.PersianText.digits(filed.getTrackingNumber(), Messages.locale()));
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/complaints/view.xhtml?id=" + filed.getId());
        FacesContext.getCurrentInstance().responseComplete();
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
