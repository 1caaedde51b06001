package ir.pishkhan.portal.web.view.office.lines;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.service.LineRequestService;
import ir.pishkhan.portal.web.service.LineRequestService.RequestForm;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * office/lines/new.xhtml: the office requests a line of the telecom company or an ICT agency. The form carries a
 * one-time key: submitting it twice files one request, and the second submit lands on the same request.
 */
@Named
@ViewScoped
public class NewLineRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineRequestService service;

    private final String submissionKey = UUID.randomUUID().toString();
    private Long providerId;
    private LineKind kind;
    private Integer quantity = 1;
    private String address;
    private String note;

    public void file() throws IOException {
        RequestForm form = new RequestForm(providerId, kind, quantity == null ? 0 : quantity, address, note, submissionKey);
        LineRequest filed;
        try {
            filed = service.file(form);
        } catch (EJBException e) {
            filed = service.filedWith(submissionKey);
            if (filed == null) {
                throw e;
            }
        }
        Messages.info("lineRequest.filed", PersianText.digits(filed.getTrackingNumber(), Messages.locale()));
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/lines/view.xhtml?id=" + filed.getId());
        FacesContext.getCurrentInstance().responseComplete();
    }

    public List<Agency> getProviders() {
        return service.providerChoices();
    }

    public LineKind[] getKinds() {
        return LineKind.values();
    }

    public int getQuantityMax() {
        return LineRequest.QUANTITY_MAX;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public LineKind getKind() {
        return kind;
    }

    public void setKind(LineKind kind) {
        this.kind = kind;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
