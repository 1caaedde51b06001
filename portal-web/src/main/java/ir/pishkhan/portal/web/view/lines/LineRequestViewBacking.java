package ir.pishkhan.portal.web.view.lines;

import ir.pishkhan.portal.domain.linerequest.DisputeReason;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.RefusalReason;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.service.LineRequestService;
import ir.pishkhan.portal.web.service.LineRequestService.LineRequestView;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * lines/view.xhtml?id=…: one line request, its deadline and timeline, and the actions the user's role may take in
 * its state, each one service command with the version the page was loaded with (as {@code ComplaintViewBacking}).
 */
@Named
@ViewScoped
public class LineRequestViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineRequestService service;

    private String id;
    private LineRequestView view;

    // the action forms: each its own text, so that what was typed in a refused one never turns up in another's box
    // (a dispute's text as the comment of a confirmation)
    private final HashMap<String, String> texts = new HashMap<>();
    private LocalDate date;
    private RefusalReason refusalReason;
    private DisputeReason disputeReason;

    public void load() {
        view = service.view(Params.positiveLong(id));
    }

    public boolean can(String action) {
        return view != null && view.actions().contains(LineRequestAction.valueOf(action));
    }

    public RefusalReason[] getRefusalReasons() {
        return RefusalReason.values();
    }

    public DisputeReason[] getDisputeReasons() {
        return DisputeReason.values();
    }

    private long requestId() {
        return view.request().getId();
    }

    private long version() {
        return view.request().getVersion();
    }

    private void run(LineRequestAction action, Supplier<LineRequest> command) throws IOException {
        // the action applies to the request the page was loaded with, never to another one a crafted post names
        if (Params.positiveLong(id) != requestId()) {
            throw new BusinessException.NotFound();
        }
        LineRequest after;
        try {
            after = command.get();
        } catch (BusinessException.ConcurrentChange e) {
            view = service.view(requestId());
            throw e;
        }
        Messages.info(action == LineRequestAction.REFUSE && after.getComplaint() != null
                ? "lineRequest.done.ESCALATED" : "lineRequest.done." + action.name());
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/lines/view.xhtml?id=" + requestId());
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void send() throws IOException {
        run(LineRequestAction.SEND, () -> service.send(requestId(), version(), text(LineRequestAction.SEND)));
    }

    public void forward() throws IOException {
        run(LineRequestAction.FORWARD, () -> service.forward(requestId(), version(), text(LineRequestAction.FORWARD)));
    }

    public void cancel() throws IOException {
        run(LineRequestAction.CANCEL, () -> service.cancel(requestId(), version(), text(LineRequestAction.CANCEL)));
    }

    public void confirm() throws IOException {
        run(LineRequestAction.CONFIRM, () -> service.confirm(requestId(), version(), text(LineRequestAction.CONFIRM)));
    }

    public void dispute() throws IOException {
        run(LineRequestAction.DISPUTE, () -> service.dispute(requestId(), version(), disputeReason, text(LineRequestAction.DISPUTE)));
    }

    public void schedule() throws IOException {
        run(LineRequestAction.SCHEDULE, () -> service.schedule(requestId(), version(), date, text(LineRequestAction.SCHEDULE)));
    }

    public void install() throws IOException {
        run(LineRequestAction.INSTALL, () -> service.install(requestId(), version(), text(LineRequestAction.INSTALL)));
    }

    public void refuse() throws IOException {
        run(LineRequestAction.REFUSE, () -> service.refuse(requestId(), version(), refusalReason, text(LineRequestAction.REFUSE)));
    }

    public void guildNote() throws IOException {
        run(LineRequestAction.GUILD_NOTE, () -> service.guildNote(requestId(), version(), text(LineRequestAction.GUILD_NOTE)));
    }

    public void secretariatNote() throws IOException {
        run(LineRequestAction.SECRETARIAT_NOTE, () -> service.secretariatNote(requestId(), version(), text(LineRequestAction.SECRETARIAT_NOTE)));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LineRequestView getView() {
        return view;
    }

    public LineRequest getRequest() {
        return view == null ? null : view.request();
    }

    /** The action forms' texts, by action name. */
    public Map<String, String> getTexts() {
        return texts;
    }

    private String text(LineRequestAction action) {
        return texts.get(action.name());
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
