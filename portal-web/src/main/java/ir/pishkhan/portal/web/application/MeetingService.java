package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.meeting.AgendaItem;
import ir.pishkhan.portal.domain.meeting.AgendaProposals;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.Proposal;
import ir.pishkhan.portal.domain.meeting.AgendaSources;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingAction;
import ir.pishkhan.portal.domain.meeting.MeetingEntry;
import ir.pishkhan.portal.domain.meeting.MeetingFacts;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.Register;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionDraft;
import ir.pishkhan.portal.domain.meeting.Standing;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The register of meetings and resolutions: everyone signed in reads the published meetings, each resolution with
 * its standing today and its history; only the secretariat writes — drafts a meeting, its resolutions, agenda and
 * minutes, publishes it, corrects a published resolution. Each command goes through {@link Commands}: a draft
 * another role asks for does not exist for it (404), then the page's version (a stale page is told), then the
 * meeting's own rules, in one transaction. Publishing fires {@link MeetingPublished} inside that transaction.
 */
@Stateless
@PermitAll
public class MeetingService {

    @Inject
    private MeetingRepository meetings;

    @Inject
    private Commands commands;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Event<MeetingPublished> publications;

    @Inject
    private AgendaSources agendaSources;

    @Inject
    private AgendaSettings agendaSettings;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A meeting as its page shows it: the resolutions with their standing, the timeline, what the user may do. */
    public record MeetingView(Meeting meeting, List<ResolutionView> resolutions, List<AgendaItem> agenda,
                              List<MeetingEntry> timeline, Set<MeetingAction> actions) implements Serializable {
    }

    /** A resolution with where it stands today (the acts on it, linking to them). */
    public record ResolutionView(Resolution resolution, Standing standing) implements Serializable {
    }

    // --- reading ---

    /** The meetings the caller may read, newest first: drafts only for the secretariat. */
    public List<Meeting> meetings() {
        boolean secretariat = isSecretariat(caller.account());
        return meetings.meetings().stream().filter(m -> secretariat || m.isPublished()).toList();
    }

    public MeetingView meeting(int number) {
        UserAccount user = caller.account();
        Meeting m = visible(meetings.meeting(number), user);
        List<ResolutionView> resolutions = views(meetings.resolutionsOf(number));
        m.getAgenda().size();
        m.getPresent().size();
        Set<MeetingAction> actions = WorkflowAction.available(MeetingAction.class, user.getRole(), m.getStatus());
        return new MeetingView(m, resolutions, List.copyOf(m.getAgenda()), m.timeline(EnumSet.allOf(Visibility.class)),
                actions);
    }

    public ResolutionView resolution(int meetingNumber, int resolutionNumber) {
        UserAccount user = caller.account();
        visible(meetings.meeting(meetingNumber), user);
        Resolution r = meetings.resolution(meetingNumber, resolutionNumber).orElseThrow(BusinessException.NotFound::new);
        return views(List.of(r)).get(0);
    }

    /**
     * Every published resolution still in force (in force or amended), with its standing, in the order of meeting and
     * number: what the meeting report reports on.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD})
    public List<ResolutionView> inForce() {
        List<Resolution> published = meetings.meetings().stream().filter(Meeting::isPublished)
                .sorted(Comparator.comparingInt(Meeting::getNumber))
                .flatMap(m -> meetings.resolutionsOf(m.getNumber()).stream()).toList();
        return views(published).stream().filter(v -> v.standing() != null && v.standing().isInForce()).toList();
    }

    /**
     * The ids of the resolutions {@link #inForce()} lists, their standing read the same way, without the views'
     * relations: what the meeting report's obligations need. Loading each meeting's resolutions and each resolution's
     * relations one after another (some 5,000 queries over 60 meetings) was a fifth of the report's time (JFR).
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD})
    public Set<Long> inForceIds() {
        List<Resolution> published = meetings.publishedResolutions();
        Map<Long, List<Standing.Act>> acts = meetings.actsOn(published.stream().map(Resolution::getId).toList());
        LocalDate today = today();
        Set<Long> ids = new java.util.HashSet<>();
        for (Resolution r : published) {
            if (Standing.of(r, acts.getOrDefault(r.getId(), List.of()), today).isInForce()) {
                ids.add(r.getId());
            }
        }
        return ids;
    }

    /** The published meeting held last before this one, if any: the meeting report covers what happened since. */
    public Optional<Meeting> previous(int number) {
        return meetings.meetings().stream().filter(m -> m.isPublished() && m.getNumber() < number && m.getHeldOn() != null)
                .max(Comparator.comparingInt(Meeting::getNumber));
    }

    /** The minutes' file of a meeting the caller may read; 404 when there is none. */
    public Meeting minutes(int number) {
        Meeting m = visible(meetings.meeting(number), caller.account());
        if (!m.hasMinutesFile()) {
            throw new BusinessException.NotFound();
        }
        m.minutesData();
        return m;
    }

    public List<Party> parties() {
        return meetings.parties();
    }

    private List<ResolutionView> views(List<Resolution> resolutions) {
        Map<Long, List<Standing.Act>> acts = meetings.actsOn(resolutions.stream().map(Resolution::getId).toList());
        LocalDate today = today();
        return resolutions.stream().map(r -> {
            ReferenceService.loadRelations(r);
            r.getVersions().size();
            r.getEffects().forEach(e -> e.getTarget().getMeeting().getNumber());
            Standing s = r.getMeeting().isPublished() ? Standing.of(r, acts.getOrDefault(r.getId(), List.of()), today)
                    : null;
            return new ResolutionView(r, s);
        }).toList();
    }

    private Meeting visible(Optional<Meeting> found, UserAccount user) {
        return commands.visibleOr404(found, m -> m.isPublished() || isSecretariat(user));
    }

    private static boolean isSecretariat(UserAccount user) {
        return user.getRole() == Role.SECRETARIAT;
    }

    // --- the proposed agenda ---

    /**
     * What the portal proposes for a draft meeting's agenda today, less what its agenda already holds (taken up or
     * dropped); none for a published meeting. Each kind is read limited in the database.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<Proposal> proposals(int meetingNumber) {
        Meeting m = meetings.meeting(meetingNumber).orElseThrow(BusinessException.NotFound::new);
        return m.isDraft() ? proposalsFor(m) : List.of();
    }

    /** What the portal proposes for a draft meeting's agenda, as the report to the meeting lists it (read only). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD})
    public List<Proposal> proposalsToReport(int meetingNumber) {
        Meeting m = visible(meetings.meeting(meetingNumber), caller.account());
        return m.isDraft() ? proposalsFor(m) : List.of();
    }

    /**
     * Takes up a proposal (an agenda item of source PROPOSED, outcome ACCEPTED) or drops it (an item of outcome
     * DROPPED, so that it is not proposed again for this meeting), in one transaction on the meeting's timeline. The
     * proposal must stand today: a record no longer proposed, or crafted, is not found (404). The item's title is
     * written in the language of the page that took it.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting takeProposal(long id, long version, String sourceKind, long recordId, AgendaItem.Outcome outcome,
                                Locale locale) {
        if (outcome == null) {
            throw new BusinessException.InvalidInput("agenda.decision.required");
        }
        return act(id, version, (m, by, at) -> {
            Proposal p = (m.isDraft() ? proposalsFor(m) : List.<Proposal>of()).stream()
                    .filter(x -> x.sourceKind().equals(sourceKind) && x.recordId() == recordId)
                    .findFirst().orElseThrow(BusinessException.NotFound::new);
            AgendaItem item = m.addProposal(by, AgendaWording.title(p, locale), p.sourceKind(), p.recordId(), at);
            m.decideAgendaItem(by, item.getPosition(), null, outcome, at);
        });
    }

    /** The meetings a record (kind and id) was taken up on, those the caller may read, by meeting number. */
    public List<AgendaItem> onAgenda(String sourceKind, long recordId) {
        boolean secretariat = isSecretariat(caller.account());
        return agendaSources.acceptedFor(sourceKind, recordId).stream()
                .filter(i -> secretariat || i.getMeeting().isPublished()).toList();
    }

    private List<Proposal> proposalsFor(Meeting m) {
        AgendaProposals rules = agendaSettings.rules();
        LocalDate today = today();
        int max = AgendaSettings.PER_KIND;
        List<AgendaProposals.Source> onAgenda = m.getAgenda().stream()
                .filter(i -> i.getSource() == AgendaItem.Source.PROPOSED)
                .map(i -> new AgendaProposals.Source(i.getSourceKind(), i.getSourceId())).toList();
        return rules.propose(today,
                agendaSources.overdueObligations(rules.overdueDeadlineBefore(today), max + onAgenda.size()),
                agendaSources.complaintsForMeeting(max + onAgenda.size()),
                agendaSources.agenciesWithUpheld(AgendaProposals.upheldSince(today, JalaliDates.ZONE),
                        rules.upheldComplaints(), max + onAgenda.size()),
                agendaSources.escalatedLineRequests(max + onAgenda.size()),
                onAgenda);
    }

    // --- the secretariat's commands ---

    /** Drafts a new meeting; its number must be free. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting create(MeetingFacts facts) {
        requireFree(facts.number(), null);
        Meeting m = Meeting.create(actor(), facts, now());
        meetings.store(m);
        em.flush();
        return commands.published(m);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting edit(long id, long version, MeetingFacts facts) {
        return act(id, version, (m, by, at) -> {
            requireFree(facts.number(), m);
            m.edit(by, facts, at);
        });
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting addResolution(long id, long version, ResolutionDraft draft) {
        return act(id, version, (m, by, at) -> m.addResolution(by, draft, register(), at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting changeResolution(long id, long version, int number, ResolutionDraft draft) {
        return act(id, version, (m, by, at) -> m.changeResolution(by, number, draft, register(), at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting removeResolution(long id, long version, int number) {
        return act(id, version, (m, by, at) -> m.removeResolution(by, number, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting addAgendaItem(long id, long version, String title) {
        return act(id, version, (m, by, at) -> m.addAgendaItem(by, title, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting decideAgendaItem(long id, long version, int position, String decision, AgendaItem.Outcome outcome) {
        return act(id, version, (m, by, at) -> m.decideAgendaItem(by, position, decision, outcome, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting removeAgendaItem(long id, long version, int position) {
        return act(id, version, (m, by, at) -> m.removeAgendaItem(by, position, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting attachMinutes(long id, long version, ComplaintService.Upload file) {
        EvidenceFile checked = EvidenceFile.of(file.name(), file.content());
        return act(id, version, (m, by, at) -> m.attachMinutes(by, checked, at));
    }

    /**
     * Publishes a draft: its resolutions are in force from now, and {@link MeetingPublished} is fired inside this
     * transaction, so that what its observers write (the obligations) commits or rolls back with it. Of two
     * secretariat users publishing at once, the second is told the meeting changed meanwhile.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting publish(long id, long version) {
        Actor by = actor();
        Instant at = now();
        Meeting m = commands.act(meetings.byId(id), x -> true, version, x -> x.publish(by, at));
        publications.fire(new MeetingPublished(m.getId(), m.getNumber(), by, at));
        em.flush();
        return m;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting correctResolution(long id, long version, int number, String textFa, String summaryEn, String reason) {
        return act(id, version, (m, by, at) -> m.correctResolution(by, number, textFa, summaryEn, reason, at));
    }

    @FunctionalInterface
    private interface Step {
        void take(Meeting meeting, Actor by, Instant at);
    }

    private Meeting act(long id, long version, Step step) {
        Actor by = actor();
        Instant at = now();
        // the secretariat sees every meeting; the other roles never reach a command (@RolesAllowed)
        return commands.act(meetings.byId(id), m -> true, version, m -> step.take(m, by, at));
    }

    private void requireFree(int number, Meeting self) {
        meetings.meeting(number).filter(other -> other != self).ifPresent(other -> {
            throw new BusinessException.InvalidInput("meeting.number.taken", number);
        });
    }

    /** The published register as a draft's rules read it, standing counted today. */
    private Register register() {
        LocalDate today = today();
        return new Register() {
            @Override
            public Optional<Resolution> published(int meetingNumber, int resolutionNumber) {
                return meetings.publishedResolution(meetingNumber, resolutionNumber);
            }

            @Override
            public Standing standing(Resolution r) {
                return Standing.of(r, meetings.actsOn(List.of(r.getId())).getOrDefault(r.getId(), List.of()), today);
            }
        };
    }

    private Actor actor() {
        return Caller.actor(caller.account());
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), JalaliDates.ZONE);
    }
}
