package ir.pishkhan.portal.web.view.secretariat.disputes;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.web.application.DisputeService;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * secretariat/disputes/new.xhtml: the secretariat opens a dispute — the agency, the offices by licence number, the
 * matter, the resolution and the earlier clause it rests on — then sees it on its page. An office that does not
 * exist refuses it with the licence number named, and nothing is stored.
 */
@Named
@ViewScoped
public class NewDisputeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "DisputeService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private DisputeService service;

    private List<Agency> agencies;
    private List<Resolution> resolutions;
    private Long agencyId;
    private String offices;
    private String matter;
    private Long resolutionId;
    private Long citedId;

    @PostConstruct
    void loadChoices() {
        agencies = service.agencyChoices();
        resolutions = service.resolutionChoices();
    }

    public void open() throws IOException {
        Dispute d = service.open(new DisputeService.OpeningForm(agencyId, offices == null ? List.of() : List.of(offices),
                matter, resolutionId, citedId));
        Messages.info("dispute.done.OPEN_DISPUTE");
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/disputes/view.xhtml?id=" + d.getId());
        faces.responseComplete();
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public List<Resolution> getResolutions() {
        return resolutions;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getOffices() {
        return offices;
    }

    public void setOffices(String offices) {
        this.offices = offices;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public Long getResolutionId() {
        return resolutionId;
    }

    public void setResolutionId(Long resolutionId) {
        this.resolutionId = resolutionId;
    }

    public Long getCitedId() {
        return citedId;
    }

    public void setCitedId(Long citedId) {
        this.citedId = citedId;
    }
}
