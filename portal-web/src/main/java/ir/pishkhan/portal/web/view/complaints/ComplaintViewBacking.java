package ir.pishkhan.portal.web.view.complaints;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.web.faces.Uploads;
import ir.pishkhan.portal.web.faces.WorkflowViewBacking;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ComplaintService.RepeatsView;
import ir.pishkhan.portal.web.application.ComplaintService.ComplaintView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * complaints/view.xhtml?id=…: one complaint, its timeline, and the actions the user's role may take in its
 * state (the plumbing of each action is {@link WorkflowViewBacking}'s).
 */
@Named
@ViewScoped
public class ComplaintViewBacking extends WorkflowViewBacking<ComplaintAction, Complaint> {

    private static final long serialVersionUID = 1L;
    private static final String RESOLUTION_CHOICES = ComplaintViewBacking.class.getName() + ".resolutionChoices";

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "ComplaintService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private ComplaintService service;

    private ComplaintView view;
    private List<Long> resolutionIds = new ArrayList<>();
    private Priority priority = Priority.NORMAL;
    private LocalDate deadline;
    private String official;
    private Long sanctionId;
    private transient UploadedFiles files;
    /** The triage's weighing of repeats, read once when the page is opened (for the secretariat only). */
    private RepeatsView repeats;
    private String original;

    public ComplaintViewBacking() {
        super("/complaints/view.xhtml");
    }

    @Override
    protected void refresh(long id) {
        view = service.view(id);
    }

    // only when the page is opened: after a stale post, the triage form keeps what the user chose
    @Override
    public void load() {
        super.load();
        Complaint c = view.complaint();
        if (view.actions().contains(ComplaintAction.TRIAGE)) {
            resolutionIds = new ArrayList<>();
            List<Resolution> linked = new ArrayList<>(c.getResolutions());
            if (linked.isEmpty()) {
                linked = service.suggestedResolutions(c.getKind());
            }
            linked.forEach(r -> resolutionIds.add(r.getId()));
            priority = c.getPriority();
        }
        if (official == null) {
            official = c.getOfficialName();
        }
        if (view.actions().contains(ComplaintAction.TRIAGE) || view.actions().contains(ComplaintAction.MARK_DUPLICATE)) {
            repeats = service.repeats(c.getId());
            if (original == null && !repeats.likelyDuplicates().isEmpty()) {
                original = repeats.likelyDuplicates().get(0).trackingNumber();
            }
        }
    }

    @Override
    protected Set<ComplaintAction> actions() {
        return view == null ? Set.of() : view.actions();
    }

    @Override
    protected long recordId() {
        return view.complaint().getId();
    }

    @Override
    protected String doneKey(ComplaintAction action, Complaint after) {
        return "complaint.done." + action.name();
    }

    /**
     * The resolutions the triage form offers, read once a request: the form asks three times as it is drawn (the
     * choices, their texts, the sanctions). Not kept in the view, so that the session does not carry them.
     */
    @SuppressWarnings("unchecked")
    public List<Resolution> getResolutionChoices() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        List<Resolution> choices = (List<Resolution>) request.get(RESOLUTION_CHOICES);
        if (choices == null) {
            choices = service.resolutionChoices();
            request.put(RESOLUTION_CHOICES, choices);
        }
        return choices;
    }

    public List<Resolution> getSanctionChoices() {
        return getResolutionChoices().stream().filter(Resolution::isReferralToViolationsBoard).toList();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    private long version() {
        return view.complaint().getVersion();
    }

    public void triage() throws IOException {
        run(ComplaintAction.TRIAGE, () -> service.triage(recordId(), version(), resolutionIds, priority, deadline));
    }

    public void requestInfo() throws IOException {
        run(ComplaintAction.REQUEST_INFO, () -> service.requestInfo(recordId(), version(), text(ComplaintAction.REQUEST_INFO)));
    }

    public void forward() throws IOException {
        run(ComplaintAction.FORWARD, () -> service.forward(recordId(), version(), text(ComplaintAction.FORWARD)));
    }

    public void refer() throws IOException {
        run(ComplaintAction.REFER, () -> service.refer(recordId(), version(), official, sanctionId, text(ComplaintAction.REFER)));
    }

    public void resolve() throws IOException {
        run(ComplaintAction.RESOLVE, () -> service.resolve(recordId(), version(), text(ComplaintAction.RESOLVE)));
    }

    public void markDuplicate() throws IOException {
        run(ComplaintAction.MARK_DUPLICATE, () -> service.markDuplicate(recordId(), version(), original,
                text(ComplaintAction.MARK_DUPLICATE)));
    }

    public RepeatsView getRepeats() {
        return repeats;
    }

    /** The tracking number of the complaint this one repeats, as chosen or typed. */
    public String getOriginal() {
        return original;
    }

    public void setOriginal(String original) {
        this.original = original;
    }

    public void reject() throws IOException {
        run(ComplaintAction.REJECT, () -> service.reject(recordId(), version(), text(ComplaintAction.REJECT)));
    }

    public void reopen() throws IOException {
        run(ComplaintAction.REOPEN, () -> service.reopen(recordId(), version(), text(ComplaintAction.REOPEN)));
    }

    public void reply() throws IOException {
        run(ComplaintAction.REPLY, () -> service.reply(recordId(), version(), text(ComplaintAction.REPLY)));
    }

    public void internalNote() throws IOException {
        run(ComplaintAction.INTERNAL_NOTE, () -> service.internalNote(recordId(), version(), text(ComplaintAction.INTERNAL_NOTE)));
    }

    public void provideInfo() throws IOException {
        run(ComplaintAction.PROVIDE_INFO, () -> service.provideInfo(recordId(), version(), text(ComplaintAction.PROVIDE_INFO), Uploads.of(files)));
    }

    public void withdraw() throws IOException {
        run(ComplaintAction.WITHDRAW, () -> service.withdraw(recordId(), version(), text(ComplaintAction.WITHDRAW)));
    }

    public void answer() throws IOException {
        run(ComplaintAction.ANSWER, () -> service.answer(recordId(), version(), text(ComplaintAction.ANSWER), Uploads.of(files)));
    }

    public void guildNote() throws IOException {
        run(ComplaintAction.GUILD_NOTE, () -> service.guildNote(recordId(), version(), text(ComplaintAction.GUILD_NOTE)));
    }

    public ComplaintView getView() {
        return view;
    }

    public Complaint getComplaint() {
        return view == null ? null : view.complaint();
    }

    public List<Long> getResolutionIds() {
        return resolutionIds;
    }

    public void setResolutionIds(List<Long> resolutionIds) {
        this.resolutionIds = resolutionIds == null ? new ArrayList<>() : new ArrayList<>(resolutionIds);
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
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

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
