package ir.pishkhan.portal.web.view.disputes;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeAction;
import ir.pishkhan.portal.web.application.DisputeService;
import ir.pishkhan.portal.web.application.DisputeService.DisputeView;
import ir.pishkhan.portal.web.faces.Uploads;
import ir.pishkhan.portal.web.faces.WorkflowViewBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

import java.io.IOException;
import java.util.Set;

/**
 * disputes/view.xhtml?id=…: one dispute — the agency and the offices in dispute, the matter, the resolution and the
 * clause it rests on, the proposal standing, the timeline with the statements' files — and the actions the user's
 * role may take in its state (the plumbing is {@link WorkflowViewBacking}'s).
 */
@Named
@ViewScoped
public class DisputeViewBacking extends WorkflowViewBacking<DisputeAction, Dispute> {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "DisputeService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private DisputeService service;

    private DisputeView view;
    private transient UploadedFiles files;

    public DisputeViewBacking() {
        super("/disputes/view.xhtml");
    }

    @Override
    protected void refresh(long id) {
        view = service.view(id);
    }

    @Override
    protected Set<DisputeAction> actions() {
        return view == null ? Set.of() : view.actions();
    }

    @Override
    protected long recordId() {
        return view.dispute().getId();
    }

    @Override
    protected String doneKey(DisputeAction action, Dispute after) {
        return "dispute.done." + action.name();
    }

    private long version() {
        return view.dispute().getVersion();
    }

    public void officeStatement() throws IOException {
        run(DisputeAction.OFFICE_STATEMENT, () -> service.officeStatement(recordId(), version(),
                text(DisputeAction.OFFICE_STATEMENT), Uploads.of(files)));
    }

    public void agencyStatement() throws IOException {
        run(DisputeAction.AGENCY_STATEMENT, () -> service.agencyStatement(recordId(), version(),
                text(DisputeAction.AGENCY_STATEMENT), Uploads.of(files)));
    }

    public void guildNote() throws IOException {
        run(DisputeAction.GUILD_NOTE, () -> service.guildNote(recordId(), version(), text(DisputeAction.GUILD_NOTE)));
    }

    public void propose() throws IOException {
        run(DisputeAction.PROPOSE, () -> service.propose(recordId(), version(), text(DisputeAction.PROPOSE)));
    }

    public void withdrawProposal() throws IOException {
        run(DisputeAction.WITHDRAW_PROPOSAL, () -> service.withdrawProposal(recordId(), version(),
                text(DisputeAction.WITHDRAW_PROPOSAL)));
    }

    public void settle() throws IOException {
        run(DisputeAction.SETTLE, () -> service.settle(recordId(), version(), text(DisputeAction.SETTLE)));
    }

    public void refer() throws IOException {
        run(DisputeAction.REFER, () -> service.refer(recordId(), version(), text(DisputeAction.REFER)));
    }

    public DisputeView getView() {
        return view;
    }

    public Dispute getDispute() {
        return view == null ? null : view.dispute();
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
