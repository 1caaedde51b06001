package ir.pishkhan.portal.web.view.licences;

import ir.pishkhan.portal.domain.office.Licence;
import ir.pishkhan.portal.domain.office.LicenceAction;
import ir.pishkhan.portal.web.application.LicenceService;
import ir.pishkhan.portal.web.application.LicenceService.LicenceView;
import ir.pishkhan.portal.web.faces.TypedNumbers;
import ir.pishkhan.portal.web.faces.WorkflowViewBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

/**
 * licences/view.xhtml?id=… (the office's id): an office's licence, its history on the shared timeline, and the changes
 * the user may make in its state (the plumbing is {@link WorkflowViewBacking}'s). Each change's form asks the day it
 * took effect and the resolution or order behind it.
 */
@Named
@ViewScoped
public class LicenceViewBacking extends WorkflowViewBacking<LicenceAction, Licence> {

    private static final long serialVersionUID = 1L;
    private static final String INVALID = "licence.resolution.invalid";

    @Inject
    private LicenceService service;

    private LicenceView view;
    private LocalDate effective;
    private String meeting;
    private String number;
    private String order;

    public LicenceViewBacking() {
        super("/licences/view.xhtml");
    }

    @Override
    protected void refresh(long id) {
        view = service.view(id);
    }

    @Override
    protected Set<LicenceAction> actions() {
        return view == null ? Set.of() : view.actions();
    }

    @Override
    protected long recordId() {
        return view.office().getId();
    }

    @Override
    protected String doneKey(LicenceAction action, Licence after) {
        return "licence.done";
    }

    private void change(LicenceAction action) throws IOException {
        run(action, () -> service.change(recordId(), view.licence().getVersion(), action, effective,
                TypedNumbers.wholeOrNone(meeting, INVALID), TypedNumbers.wholeOrNone(number, INVALID), order, text(action)));
    }

    public void assign() throws IOException {
        change(LicenceAction.ASSIGN);
    }

    public void orderConversion() throws IOException {
        change(LicenceAction.ORDER_CONVERSION);
    }

    public void convert() throws IOException {
        change(LicenceAction.CONVERT);
    }

    public void suspend() throws IOException {
        change(LicenceAction.SUSPEND);
    }

    public void reinstate() throws IOException {
        change(LicenceAction.REINSTATE);
    }

    public void revoke() throws IOException {
        change(LicenceAction.REVOKE);
    }

    public LicenceView getView() {
        return view;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public void setEffective(LocalDate effective) {
        this.effective = effective;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
