package ir.pishkhan.portal.web.view.obligations;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.obligation.LinkedReport;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationAction;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.web.application.CurrentUser;
import ir.pishkhan.portal.web.application.ObligationService;
import ir.pishkhan.portal.web.application.ObligationService.ObligationView;
import ir.pishkhan.portal.web.faces.Uploads;
import ir.pishkhan.portal.web.faces.WorkflowViewBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * obligations/view.xhtml?id=…: one obligation — the agency, the resolution's text, the deadline, the timeline with
 * the reports' files — and the actions the user's role may take in its state (the plumbing is
 * {@link WorkflowViewBacking}'s).
 */
@Named
@ViewScoped
public class ObligationViewBacking extends WorkflowViewBacking<ObligationAction, Obligation> {

    private static final long serialVersionUID = 1L;

    /** The page of each behaviour an obligation may link to, and the roles that may open it. */
    private static final Map<LinkedReport, String> LINKED_PAGES =
            Map.of(LinkedReport.RESOLUTION_1_LINES, "/secretariat/reports/resolution1.xhtml");
    private static final Map<LinkedReport, Set<Role>> LINKED_ROLES =
            Map.of(LinkedReport.RESOLUTION_1_LINES, Set.of(Role.SECRETARIAT));

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ObligationService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private ObligationService service;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "CurrentUser is @RequestScoped: the field holds its serializable client proxy, a passivation-capable dependency (CDI)")
    private CurrentUser currentUser;

    private ObligationView view;
    private transient UploadedFiles files;
    private String official;
    private Long sanctionId;
    private List<Resolution> sanctionChoices;
    private String linkedPage;

    public ObligationViewBacking() {
        super("/obligations/view.xhtml");
    }

    @Override
    protected void refresh(long id) {
        view = service.view(id);
        Role role = currentUser.getRole();
        linkedPage = view.obligation().linkedReport().filter(r -> LINKED_ROLES.get(r).contains(role))
                .map(LINKED_PAGES::get).orElse(null);
        if (sanctionChoices == null && view.actions().contains(ObligationAction.REFER)) {
            sanctionChoices = service.sanctionChoices();
        }
    }

    @Override
    protected Set<ObligationAction> actions() {
        return view == null ? Set.of() : view.actions();
    }

    @Override
    protected long recordId() {
        return view.obligation().getId();
    }

    @Override
    protected String doneKey(ObligationAction action, Obligation after) {
        return "obligation.done." + action.name();
    }

    private long version() {
        return view.obligation().getVersion();
    }

    public void report() throws IOException {
        run(ObligationAction.REPORT, () -> service.report(recordId(), version(), text(ObligationAction.REPORT), Uploads.of(files)));
    }

    public void verify() throws IOException {
        run(ObligationAction.VERIFY, () -> service.verify(recordId(), version(), text(ObligationAction.VERIFY)));
    }

    public void returnReport() throws IOException {
        run(ObligationAction.RETURN, () -> service.returnReport(recordId(), version(), text(ObligationAction.RETURN)));
    }

    public void declareViolated() throws IOException {
        run(ObligationAction.DECLARE_VIOLATED, () -> service.declareViolated(recordId(), version(),
                text(ObligationAction.DECLARE_VIOLATED)));
    }

    public void refer() throws IOException {
        run(ObligationAction.REFER, () -> service.refer(recordId(), version(), official, sanctionId, text(ObligationAction.REFER)));
    }

    public void guildNote() throws IOException {
        run(ObligationAction.GUILD_NOTE, () -> service.guildNote(recordId(), version(), text(ObligationAction.GUILD_NOTE)));
    }

    public void secretariatNote() throws IOException {
        run(ObligationAction.SECRETARIAT_NOTE, () -> service.secretariatNote(recordId(), version(),
                text(ObligationAction.SECRETARIAT_NOTE)));
    }

    /** The page of the behaviour that already tracks what this obligation asks for, when the user may open it. */
    public String getLinkedPage() {
        return linkedPage;
    }

    /** Whether the obligation is tracked by such a behaviour at all (told to everyone who reads it). */
    public boolean isLinked() {
        return view.obligation().linkedReport().isPresent();
    }

    public ObligationView getView() {
        return view;
    }

    public Obligation getObligation() {
        return view == null ? null : view.obligation();
    }

    public List<Resolution> getSanctionChoices() {
        return sanctionChoices == null ? List.of() : sanctionChoices;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    public String getOfficial() {
        return official;
    }

    public void setOfficial(String official) {
        this.official = official;
    }

    public Long getSanctionId() {
        return sanctionId;
    }

    public void setSanctionId(Long sanctionId) {
        this.sanctionId = sanctionId;
    }
}
