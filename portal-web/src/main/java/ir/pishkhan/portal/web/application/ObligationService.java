package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationAccess;
import ir.pishkhan.portal.domain.obligation.ObligationAction;
import ir.pishkhan.portal.domain.obligation.ObligationEntry;
import ir.pishkhan.portal.domain.obligation.ObligationFile;
import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationRepository;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.web.application.ComplaintService.Upload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Obligations, one command per step, as {@link ComplaintService}: the role (here and in the aggregate), the user's
 * right to this obligation (another agency's does not exist for a liaison: 404; offices see none), the version the
 * user's page was loaded with, then the aggregate's table and rules, in one transaction with its timeline entry.
 * Obligations are opened by a meeting's publication ({@link ObligationOpening}), never by a user's form. The shared
 * list methods ({@link #page}, {@link #count}) narrow an office's lists to its own records: of obligations, none
 * ({@link ObligationFilter#forOffice}); the pages themselves are not served to offices (web.xml: 403).
 */
@Stateless
public class ObligationService extends WorkflowService<Obligation, ObligationFilter> {

    @Inject
    private ObligationRepository obligations;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private MeetingRepository meetings;

    /** One obligation as the user may see it: the timeline of the user's visibility, its files, what the user can do. */
    public record ObligationView(Obligation obligation, List<ObligationEntry> timeline, List<ObligationFile> files,
                                 Set<ObligationAction> actions, boolean overdue) implements Serializable {
    }

    // --- the agency's liaison ---

    @RolesAllowed(Roles.LIAISON)
    public Obligation report(long id, long version, String text, List<Upload> files) {
        return act(id, version, (o, by, at) -> o.report(by, text, ComplaintService.evidence(files), at));
    }

    // --- the secretariat ---

    @RolesAllowed(Roles.SECRETARIAT)
    public Obligation verify(long id, long version, String comment) {
        return act(id, version, (o, by, at) -> o.verify(by, comment, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Obligation returnReport(long id, long version, String reason) {
        return act(id, version, (o, by, at) -> o.returnReport(by, reason, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Obligation declareViolated(long id, long version, String note) {
        LocalDate today = today();
        return act(id, version, (o, by, at) -> o.declareViolated(by, note, today, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Obligation refer(long id, long version, String official, Long resolutionId, String note) {
        Resolution sanction = resolutionId == null ? null : em().find(Resolution.class, resolutionId);
        return act(id, version, (o, by, at) -> o.refer(by, official, sanction, note, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Obligation secretariatNote(long id, long version, String text) {
        return act(id, version, (o, by, at) -> o.secretariatNote(by, text, at));
    }

    // --- the guild ---

    @RolesAllowed(Roles.GUILD)
    public Obligation guildNote(long id, long version, String text) {
        return act(id, version, (o, by, at) -> o.guildNote(by, text, at));
    }

    // --- reading ---

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public ObligationView view(long id) {
        UserAccount user = user();
        Obligation o = visible(id, user);
        List<ObligationEntry> timeline = o.timeline(ObligationAccess.visibleTo(user.getRole()));
        o.getAgency().getNameFa();
        o.getResolution().getMeeting().getNumber();
        if (o.getReferredResolution() != null) {
            o.getReferredResolution().getMeeting().getNumber();
        }
        // read here, in the transaction: the page lists each under its report's entry
        List<ObligationFile> files = List.copyOf(o.getFiles());
        files.forEach(f -> f.getEvent().getId());
        boolean overdue = o.isOverdue(today());
        Set<ObligationAction> actions = EnumSet.noneOf(ObligationAction.class);
        actions.addAll(ObligationAction.available(user.getRole(), o.getStatus()));
        if (!overdue) {
            // the table allows it from these states, the rule only once overdue: not offered before
            actions.remove(ObligationAction.DECLARE_VIOLATED);
        }
        return new ObligationView(o, timeline, files, actions, overdue);
    }

    /** A report's file, when the user may see its obligation (reports are read by all who may). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public ObligationFile file(long id) {
        UserAccount user = user();
        ObligationFile f = obligations.file(id).orElseThrow(BusinessException.NotFound::new);
        if (!ObligationAccess.canSee(user, f.getObligation())) {
            throw new BusinessException.NotFound();
        }
        f.data();
        return f;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public List<Agency> agencyChoices() {
        return agencies.choices();
    }

    /** The resolutions that create obligations, of every meeting, for the list's filter. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON})
    public List<Resolution> resolutionChoices() {
        return meetings.resolutionsOfEveryMeeting().stream().filter(Obligation::createdBy).toList();
    }

    /** The resolutions under which an official may be referred to the violations board (4, 12). */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<Resolution> sanctionChoices() {
        return meetings.resolutionsOfEveryMeeting().stream().filter(Resolution::isReferralToViolationsBoard).toList();
    }

    @Override
    protected ObligationRepository records() {
        return obligations;
    }

    @Override
    protected boolean canSee(UserAccount user, Obligation record) {
        return ObligationAccess.canSee(user, record);
    }
}
