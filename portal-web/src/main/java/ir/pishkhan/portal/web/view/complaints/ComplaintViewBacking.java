package ir.pishkhan.portal.web.view.complaints;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.faces.Uploads;
import ir.pishkhan.portal.web.service.ComplaintService;
import ir.pishkhan.portal.web.service.ComplaintService.ComplaintView;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * complaints/view.xhtml?id=…: one complaint, its timeline, and the actions the user's role may take in its
 * state. Each action is one service command with the version the page was loaded with; after it, the page
 * is loaded afresh. When somebody else changed the complaint meanwhile, the user is told and sees its
 * current state.
 */
@Named
@ViewScoped
public class ComplaintViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintService service;

    private String id;
    private ComplaintView view;

    // the action forms: each its own text, so that what was typed in a refused one never turns up in another's box
    // (a rejection's reason as the text of a reply)
    private final HashMap<String, String> texts = new HashMap<>();
    private List<Long> resolutionIds = new ArrayList<>();
    private Priority priority = Priority.NORMAL;
    private LocalDate deadline;
    private String official;
    private Long sanctionId;
    private transient UploadedFiles files;

    public void load() {
        view = service.view(Params.positiveLong(id));
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
    }

    public boolean can(String action) {
        return view != null && view.actions().contains(ComplaintAction.valueOf(action));
    }

    public List<Resolution> getResolutionChoices() {
        return service.resolutionChoices();
    }

    public List<Resolution> getSanctionChoices() {
        return service.resolutionChoices().stream().filter(Resolution::isReferralToViolationsBoard).toList();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    private long complaintId() {
        return view.complaint().getId();
    }

    private long version() {
        return view.complaint().getVersion();
    }

    private void run(ComplaintAction action, Supplier<Complaint> command) throws IOException {
        // The action applies to the complaint the page was loaded with. A post that names another one (an "id" in
        // its fields or its address: not what the page sends) is refused, not applied to the page's complaint.
        if (Params.positiveLong(id) != complaintId()) {
            throw new BusinessException.NotFound();
        }
        try {
            command.get();
        } catch (BusinessException.ConcurrentChange e) {
            view = service.view(complaintId());
            throw e;
        }
        Messages.info("complaint.done." + action.name());
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/complaints/view.xhtml?id=" + complaintId());
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void triage() throws IOException {
        run(ComplaintAction.TRIAGE, () -> service.triage(complaintId(), version(), resolutionIds, priority, deadline));
    }

    public void requestInfo() throws IOException {
        run(ComplaintAction.REQUEST_INFO, () -> service.requestInfo(complaintId(), version(), text(ComplaintAction.REQUEST_INFO)));
    }

    public void forward() throws IOException {
        run(ComplaintAction.FORWARD, () -> service.forward(complaintId(), version(), text(ComplaintAction.FORWARD)));
    }

    public void refer() throws IOException {
        run(ComplaintAction.REFER, () -> service.refer(complaintId(), version(), official, sanctionId, text(ComplaintAction.REFER)));
    }

    public void resolve() throws IOException {
        run(ComplaintAction.RESOLVE, () -> service.resolve(complaintId(), version(), text(ComplaintAction.RESOLVE)));
    }

    public void reject() throws IOException {
        run(ComplaintAction.REJECT, () -> service.reject(complaintId(), version(), text(ComplaintAction.REJECT)));
    }

    public void reopen() throws IOException {
        run(ComplaintAction.REOPEN, () -> service.reopen(complaintId(), version(), text(ComplaintAction.REOPEN)));
    }

    public void reply() throws IOException {
        run(ComplaintAction.REPLY, () -> service.reply(complaintId(), version(), text(ComplaintAction.REPLY)));
    }

    public void internalNote() throws IOException {
        run(ComplaintAction.INTERNAL_NOTE, () -> service.internalNote(complaintId(), version(), text(ComplaintAction.INTERNAL_NOTE)));
    }

    public void provideInfo() throws IOException {
        run(ComplaintAction.PROVIDE_INFO, () -> service.provideInfo(complaintId(), version(), text(ComplaintAction.PROVIDE_INFO), Uploads.of(files)));
    }

    public void withdraw() throws IOException {
        run(ComplaintAction.WITHDRAW, () -> service.withdraw(complaintId(), version(), text(ComplaintAction.WITHDRAW)));
    }

    public void answer() throws IOException {
        run(ComplaintAction.ANSWER, () -> service.answer(complaintId(), version(), text(ComplaintAction.ANSWER), Uploads.of(files)));
    }

    public void guildNote() throws IOException {
        run(ComplaintAction.GUILD_NOTE, () -> service.guildNote(complaintId(), version(), text(ComplaintAction.GUILD_NOTE)));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ComplaintView getView() {
        return view;
    }

    public Complaint getComplaint() {
        return view == null ? null : view.complaint();
    }

    /** The action forms' texts, by action name. */
    public Map<String, String> getTexts() {
        return texts;
    }

    private String text(ComplaintAction action) {
        return texts.get(action.name());
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
