package ir.pishkhan.portal.web.view.secretariat.meetings;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.meeting.AgendaItem;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.Proposal;
import ir.pishkhan.portal.domain.meeting.Citation;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Effect;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingAction;
import ir.pishkhan.portal.domain.meeting.MeetingFacts;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionDraft;
import ir.pishkhan.portal.domain.meeting.ResolutionEffect;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.web.application.AgendaWording;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.MeetingService;
import ir.pishkhan.portal.web.application.MeetingService.MeetingView;
import ir.pishkhan.portal.web.application.MeetingService.ResolutionView;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.Params;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * secretariat/meetings/edit.xhtml?number=15: the secretariat writes a meeting — a draft's facts, resolutions, agenda,
 * minutes and publishing; a published meeting's corrections and minutes. Under /secretariat/, so that a post by any
 * other role is refused by the container (403) before it reaches a form; the service checks the role again. Each form
 * is one service command with the version the page was loaded with; after it the page is loaded afresh (a stale page
 * is told and shown the current state).
 */
@Named
@ViewScoped
public class MeetingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many earlier resolutions one form may cite (a resolution cites a few at most). */
    public static final int CITATION_ROWS = 3;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "MeetingService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private MeetingService service;

    private String number;
    private MeetingView view;
    private List<Party> parties;

    // the facts
    private Integer factsNumber;
    private LocalDate heldOn;
    private String heldAt;
    private String place;
    private List<String> present = new ArrayList<>();

    // the resolution form (a new one, or the draft resolution being changed)
    private Integer editing;
    private Integer resNumber;
    private String textFa;
    private String summaryEn;
    private List<String> kinds = new ArrayList<>();
    private List<String> obligated = new ArrayList<>();
    private String deadlineType = Deadline.Type.NONE.name();
    private LocalDate deadlineDate;
    private Integer periodCount;
    private String periodUnit = "M";
    private List<CitationRow> citations = rows();

    // the agenda
    private String agendaTitle;
    private final HashMap<Integer, String> decisions = new HashMap<>();
    private final HashMap<Integer, String> outcomes = new HashMap<>();
    private List<Proposal> proposals = List.of();

    private transient UploadedFile minutes;

    // a correction
    private Integer correctNumber;
    private String correctText;
    private String correctSummary;
    private String correctReason;

    /** One earlier resolution the form cites: meeting, number, and what it does to it ("" = only cites). */
    public static class CitationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer meeting;
        private Integer number;
        private String effect = "";
        private LocalDate newDeadline;

        public Integer getMeeting() {
            return meeting;
        }

        public void setMeeting(Integer meeting) {
            this.meeting = meeting;
        }

        public Integer getNumber() {
            return number;
        }

        public void setNumber(Integer number) {
            this.number = number;
        }

        public String getEffect() {
            return effect;
        }

        public void setEffect(String effect) {
            this.effect = effect;
        }

        public LocalDate getNewDeadline() {
            return newDeadline;
        }

        public void setNewDeadline(LocalDate newDeadline) {
            this.newDeadline = newDeadline;
        }

        boolean isEmpty() {
            return meeting == null && number == null;
        }
    }

    private static List<CitationRow> rows() {
        List<CitationRow> out = new ArrayList<>();
        for (int i = 0; i < CITATION_ROWS; i++) {
            out.add(new CitationRow());
        }
        return out;
    }

    public void load() {
        refresh(Params.positiveInt(number));
    }

    private void refresh(int meetingNumber) {
        view = service.meeting(meetingNumber);
        Meeting m = view.meeting();
        if (m.isDraft()) {
            parties = service.parties();
            factsNumber = m.getNumber();
            heldOn = m.getHeldOn();
            heldAt = m.getHeldAt();
            place = m.getPlaceFa();
            present = m.getPresent().stream().map(Party::getCode).collect(Collectors.toCollection(ArrayList::new));
            proposals = can("ADD_AGENDA_ITEM") ? service.proposals(m.getNumber()) : List.of();
        }
    }

    /** Redirects to the meeting's page of the secretariat: after a post, a reload must not post again. */
    public static void show(int meetingNumber) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/secretariat/meetings/edit.xhtml?number=" + meetingNumber);
        faces.responseComplete();
    }

    /** One command on the page's meeting, by the version it was loaded with; then the page afresh. */
    private void run(String doneKey, Supplier<Meeting> command) throws IOException {
        // the command applies to the meeting the page was loaded with, whatever a crafted post names
        if (view == null || Params.positiveInt(number) != view.meeting().getNumber()) {
            throw new BusinessException.NotFound();
        }
        Meeting after;
        try {
            after = command.get();
        } catch (BusinessException.ConcurrentChange e) {
            refresh(view.meeting().getNumber());
            throw e;
        }
        Messages.info(doneKey);
        show(after.getNumber());
    }

    private long id() {
        return view.meeting().getId();
    }

    private long version() {
        return view.meeting().getVersion();
    }

    public boolean can(String action) {
        return view != null && view.actions().contains(MeetingAction.valueOf(action));
    }

    // --- the commands ---

    public void saveFacts() throws IOException {
        Set<Party> chosen = chosen(present);
        run("meeting.saved", () -> service.edit(id(), version(),
                new MeetingFacts(factsNumber == null ? 0 : factsNumber, heldOn, heldAt, place, chosen)));
    }

    public void saveResolution() throws IOException {
        ResolutionDraft draft = draft();
        if (editing == null) {
            run("resolution.added", () -> service.addResolution(id(), version(), draft));
        } else {
            int changing = editing;
            run("resolution.changed", () -> service.changeResolution(id(), version(), changing, draft));
        }
    }

    /** Fills the resolution form with a draft resolution, to change it. */
    public void edit(int resolution) {
        Resolution r = view.resolutions().stream().map(ResolutionView::resolution).filter(x -> x.getNumber() == resolution)
                .findFirst().orElseThrow(BusinessException.NotFound::new);
        editing = r.getNumber();
        resNumber = r.getNumber();
        textFa = r.getTextFa();
        summaryEn = r.getSummaryEn();
        kinds = r.getKinds().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        obligated = r.getObligated().stream().map(Party::getCode).collect(Collectors.toCollection(ArrayList::new));
        deadlineType = r.getDeadline().getType().name();
        deadlineDate = r.getDeadline().getDate();
        periodCount = null;
        r.getDeadline().periodValue().ifPresent(p -> {
            if (p.getMonths() > 0) {
                periodCount = p.getMonths();
                periodUnit = "M";
            } else {
                periodCount = p.getDays() % 7 == 0 ? p.getDays() / 7 : p.getDays();
                periodUnit = p.getDays() % 7 == 0 ? "W" : "D";
            }
        });
        citations = rows();
        Map<Resolution, ResolutionEffect> effects = new HashMap<>();
        r.getEffects().forEach(e -> effects.put(e.getTarget(), e));
        int i = 0;
        for (Resolution c : r.getCites()) {
            if (i == CITATION_ROWS) {
                break;
            }
            CitationRow row = citations.get(i++);
            row.meeting = c.getMeeting().getNumber();
            row.number = c.getNumber();
            ResolutionEffect e = effects.get(c);
            row.effect = e == null ? "" : e.getEffect().name();
            row.newDeadline = e == null ? null : e.getNewDeadline();
        }
    }

    public void removeResolution(int resolution) throws IOException {
        run("resolution.removed", () -> service.removeResolution(id(), version(), resolution));
    }

    public void addAgendaItem() throws IOException {
        run("agenda.added", () -> service.addAgendaItem(id(), version(), agendaTitle));
    }

    public void decide(int position) throws IOException {
        String outcome = outcomes.get(position);
        AgendaItem.Outcome o = outcome == null || outcome.isEmpty() ? null : AgendaItem.Outcome.valueOf(outcome);
        run("agenda.decided", () -> service.decideAgendaItem(id(), version(), position, decisions.get(position), o));
    }

    public void removeAgendaItem(int position) throws IOException {
        run("agenda.removed", () -> service.removeAgendaItem(id(), version(), position));
    }

    /** Takes up a proposal of the page's list: it becomes an item of the agenda, taken up. */
    public void acceptProposal(String kind, long recordId) throws IOException {
        run("agenda.proposal.accepted", () -> service.takeProposal(id(), version(), kind, recordId,
                AgendaItem.Outcome.ACCEPTED, Messages.locale()));
    }

    /** Drops a proposal of the page's list: recorded on the agenda as dropped, not proposed again for this meeting. */
    public void dropProposal(String kind, long recordId) throws IOException {
        run("agenda.proposal.dropped", () -> service.takeProposal(id(), version(), kind, recordId,
                AgendaItem.Outcome.DROPPED, Messages.locale()));
    }

    public List<Proposal> getProposals() {
        return proposals;
    }

    public String proposalTitle(Proposal p) {
        return AgendaWording.title(p, Messages.locale());
    }

    public void attachMinutes() throws IOException {
        if (minutes == null || minutes.getSize() == 0) {
            throw new BusinessException.InvalidInput("meeting.minutes.required");
        }
        ComplaintService.Upload file = new ComplaintService.Upload(minutes.getFileName(), minutes.getContent());
        run("meeting.minutes.attached", () -> service.attachMinutes(id(), version(), file));
    }

    public void publish() throws IOException {
        run("meeting.published", () -> service.publish(id(), version()));
    }

    public void correct() throws IOException {
        if (correctNumber == null) {
            throw new BusinessException.InvalidInput("resolution.correction.number.required");
        }
        int n = correctNumber;
        run("resolution.corrected", () -> service.correctResolution(id(), version(), n, correctText, correctSummary,
                correctReason));
    }

    /** The resolution form as the domain takes it; what the form cannot mean is told, not guessed. */
    private ResolutionDraft draft() {
        Set<ResolutionKind> k = EnumSet.noneOf(ResolutionKind.class);
        kinds.forEach(x -> k.add(ResolutionKind.valueOf(x)));
        Deadline deadline = switch (Deadline.Type.valueOf(deadlineType)) {
            case NONE -> Deadline.none();
            case ABSOLUTE -> {
                if (deadlineDate == null) {
                    throw new BusinessException.InvalidInput("resolution.deadline.dateRequired");
                }
                yield Deadline.on(deadlineDate);
            }
            case PERIOD -> {
                if (periodCount == null || periodCount < 1 || periodCount > 120 || !"MWD".contains(periodUnit)
                        || periodUnit.length() != 1) {
                    throw new BusinessException.InvalidInput("resolution.deadline.periodInvalid");
                }
                yield Deadline.within("P" + periodCount + periodUnit);
            }
        };
        List<Citation> cited = new ArrayList<>();
        for (CitationRow row : citations) {
            if (row.isEmpty()) {
                continue;
            }
            if (row.meeting == null || row.number == null || row.meeting < 1 || row.number < 1) {
                throw new BusinessException.InvalidInput("resolution.cited.incomplete");
            }
            Effect effect = row.effect == null || row.effect.isEmpty() ? null : Effect.valueOf(row.effect);
            cited.add(new Citation(row.meeting, row.number, effect, row.newDeadline));
        }
        return new ResolutionDraft(resNumber == null ? 0 : resNumber, textFa, summaryEn, k, chosen(obligated), deadline,
                cited);
    }

    private Set<Party> chosen(List<String> codes) {
        Map<String, Party> byCode = new HashMap<>();
        (parties == null ? service.parties() : parties).forEach(p -> byCode.put(p.getCode(), p));
        Set<Party> out = new LinkedHashSet<>();
        for (String code : codes) {
            Party p = byCode.get(code);
            if (p == null) {
                throw new BusinessException.InvalidInput("resolution.party.unknown");
            }
            out.add(p);
        }
        return out;
    }

    // --- what the page reads ---

    public MeetingView getView() {
        return view;
    }

    public Meeting getMeeting() {
        return view.meeting();
    }

    public List<Party> getParties() {
        return parties;
    }

    public List<ResolutionKind> getKindChoices() {
        return List.of(ResolutionKind.values());
    }

    public List<Effect> getEffectChoices() {
        return List.of(Effect.values());
    }

    public List<AgendaItem.Outcome> getOutcomeChoices() {
        return List.of(AgendaItem.Outcome.values());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Integer getFactsNumber() {
        return factsNumber;
    }

    public void setFactsNumber(Integer factsNumber) {
        this.factsNumber = factsNumber;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getHeldAt() {
        return heldAt;
    }

    public void setHeldAt(String heldAt) {
        this.heldAt = heldAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present == null ? new ArrayList<>() : present;
    }

    public Integer getEditing() {
        return editing;
    }

    public Integer getResNumber() {
        return resNumber;
    }

    public void setResNumber(Integer resNumber) {
        this.resNumber = resNumber;
    }

    public String getTextFa() {
        return textFa;
    }

    public void setTextFa(String textFa) {
        this.textFa = textFa;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : kinds;
    }

    public List<String> getObligated() {
        return obligated;
    }

    public void setObligated(List<String> obligated) {
        this.obligated = obligated == null ? new ArrayList<>() : obligated;
    }

    public String getDeadlineType() {
        return deadlineType;
    }

    public void setDeadlineType(String deadlineType) {
        this.deadlineType = deadlineType;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(LocalDate deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public Integer getPeriodCount() {
        return periodCount;
    }

    public void setPeriodCount(Integer periodCount) {
        this.periodCount = periodCount;
    }

    public String getPeriodUnit() {
        return periodUnit;
    }

    public void setPeriodUnit(String periodUnit) {
        this.periodUnit = periodUnit;
    }

    public List<CitationRow> getCitations() {
        return citations;
    }

    public String getAgendaTitle() {
        return agendaTitle;
    }

    public void setAgendaTitle(String agendaTitle) {
        this.agendaTitle = agendaTitle;
    }

    public Map<Integer, String> getDecisions() {
        return decisions;
    }

    public Map<Integer, String> getOutcomes() {
        return outcomes;
    }

    public UploadedFile getMinutes() {
        return minutes;
    }

    public void setMinutes(UploadedFile minutes) {
        this.minutes = minutes;
    }

    public Integer getCorrectNumber() {
        return correctNumber;
    }

    public void setCorrectNumber(Integer correctNumber) {
        this.correctNumber = correctNumber;
    }

    public String getCorrectText() {
        return correctText;
    }

    public void setCorrectText(String correctText) {
        this.correctText = correctText;
    }

    public String getCorrectSummary() {
        return correctSummary;
    }

    public void setCorrectSummary(String correctSummary) {
        this.correctSummary = correctSummary;
    }

    public String getCorrectReason() {
        return correctReason;
    }

    public void setCorrectReason(String correctReason) {
        this.correctReason = correctReason;
    }
}
