package ir.pishkhan.portal.web.view.office.lines;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.web.faces.FilingBacking;
import ir.pishkhan.portal.web.application.LineRequestService;
import ir.pishkhan.portal.web.application.LineRequestService.RequestForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * office/lines/new.xhtml: the office requests a line of the telecom company or an ICT agency, once however often
 * the form is sent ({@link FilingBacking}).
 */
@Named
@ViewScoped
public class NewLineRequestBacking extends FilingBacking<LineRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineRequestService service;

    private Long providerId;
    private LineKind kind;
    private Integer quantity = 1;
    private String address;
    private String note;

    public NewLineRequestBacking() {
        super("lineRequest.filed", "/lines/view.xhtml");
    }

    @Override
    protected LineRequest submit(String submissionKey) {
        return service.file(new RequestForm(providerId, kind, quantity == null ? 0 : quantity, address, note, submissionKey));
    }

    @Override
    protected LineRequest filedWith(String submissionKey) {
        return service.filedWith(submissionKey);
    }

    @Override
    protected long idOf(LineRequest filed) {
        return filed.getId();
    }

    @Override
    protected String trackingNumberOf(LineRequest filed) {
        return filed.getTrackingNumber();
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
