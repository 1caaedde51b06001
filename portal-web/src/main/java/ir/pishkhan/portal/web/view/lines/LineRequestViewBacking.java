package ir.pishkhan.portal.web.view.lines;

import ir.pishkhan.portal.domain.linerequest.DisputeReason;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.RefusalReason;
import ir.pishkhan.portal.web.faces.WorkflowViewBacking;
import ir.pishkhan.portal.web.application.LineRequestService;
import ir.pishkhan.portal.web.application.LineRequestService.LineRequestView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

/**
 * lines/view.xhtml?id=…: one line request, its deadline and timeline, and the actions the user's role may take in
 * its state (the plumbing of each action is {@link WorkflowViewBacking}'s).
 */
@Named
@ViewScoped
public class LineRequestViewBacking extends WorkflowViewBacking<LineRequestAction, LineRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineRequestService service;

    private LineRequestView view;
    private LocalDate date;
    private RefusalReason refusalReason;
    private DisputeReason disputeReason;

    public LineRequestViewBacking() {
        super("/lines/view.xhtml");
    }

    @Override
    protected void refresh(long id) {
        view = service.view(id);
    }

    @Override
    protected Set<LineRequestAction> actions() {
        return view == null ? Set.of() : view.actions();
    }

    @Override
    protected long recordId() {
        return view.request().getId();
    }

    @Override
    protected String doneKey(LineRequestAction action, LineRequest after) {
        // a refusal as "not needed" escalated into a complaint (resolution 13): the user is told so
        return action == LineRequestAction.REFUSE && after.getComplaint() != null
                ? "lineRequest.done.ESCALATED" : "lineRequest.done." + action.name();
    }

    public RefusalReason[] getRefusalReasons() {
        return RefusalReason.values();
    }

    public DisputeReason[] getDisputeReasons() {
        return DisputeReason.values();
    }

    private long version() {
        return view.request().getVersion();
    }

    public void send() throws IOException {
        run(LineRequestAction.SEND, () -> service.send(recordId(), version(), text(LineRequestAction.SEND)));
    }

    public void forward() throws IOException {
        run(LineRequestAction.FORWARD, () -> service.forward(recordId(), version(), text(LineRequestAction.FORWARD)));
    }

    public void cancel() throws IOException {
        run(LineRequestAction.CANCEL, () -> service.cancel(recordId(), version(), text(LineRequestAction.CANCEL)));
    }

    public void confirm() throws IOException {
        run(LineRequestAction.CONFIRM, () -> service.confirm(recordId(), version(), text(LineRequestAction.CONFIRM)));
    }

    public void dispute() throws IOException {
        run(LineRequestAction.DISPUTE, () -> service.dispute(recordId(), version(), disputeReason, text(LineRequestAction.DISPUTE)));
    }

    public void schedule() throws IOException {
        run(LineRequestAction.SCHEDULE, () -> service.schedule(recordId(), version(), date, text(LineRequestAction.SCHEDULE)));
    }

    public void install() throws IOException {
        run(LineRequestAction.INSTALL, () -> service.install(recordId(), version(), text(LineRequestAction.INSTALL)));
    }

    public void refuse() throws IOException {
        run(LineRequestAction.REFUSE, () -> service.refuse(recordId(), version(), refusalReason, text(LineRequestAction.REFUSE)));
    }

    public void guildNote() throws IOException {
        run(LineRequestAction.GUILD_NOTE, () -> service.guildNote(recordId(), version(), text(LineRequestAction.GUILD_NOTE)));
    }

    public void secretariatNote() throws IOException {
        run(LineRequestAction.SECRETARIAT_NOTE, () -> service.secretariatNote(recordId(), version(), text(LineRequestAction.SECRETARIAT_NOTE)));
    }

    public LineRequestView getView() {
        return view;
    }

    public LineRequest getRequest() {
        return view == null ? null : view.request();
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(RefusalReason refusalReason) {
        this.refusalReason = refusalReason;
    }

    public DisputeReason getDisputeReason() {
        return disputeReason;
    }

    public void setDisputeReason(DisputeReason disputeReason) {
        this.disputeReason = disputeReason;
    }
}
