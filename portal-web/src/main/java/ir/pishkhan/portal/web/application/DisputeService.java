package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeAccess;
import ir.pishkhan.portal.domain.dispute.DisputeAction;
import ir.pishkhan.portal.domain.dispute.DisputeEntry;
import ir.pishkhan.portal.domain.dispute.DisputeFile;
import ir.pishkhan.portal.domain.dispute.DisputeFilter;
import ir.pishkhan.portal.domain.dispute.DisputeRepository;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.web.application.ComplaintService.Upload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Disputes (resolution 15), one command per step, as {@link ObligationService}: the role (here and in the
 * aggregate), the user's right to this dispute (an office not named in it, another agency: 404), the version the
 * user's page was loaded with, then the aggregate's table and rules, in one transaction with its timeline entry. The
 * secretariat opens a dispute; the shared list methods ({@link #page}, {@link #count}) narrow an office's lists to the
 * disputes it is a side of, an agency's to its own ({@link DisputeFilter#forOffice}, {@link DisputeFilter#forAgency}).
 * Each step is told to the parties by the notification table ({@code WhoIsTold}), every named office among them.
 */
@Stateless
public class DisputeService extends WorkflowService<Dispute, DisputeFilter> {

    @Inject
    private DisputeRepository disputes;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private OfficeRepository offices;

    @Inject
    private MeetingRepository meetings;

    /** What the secretariat fills in to open a dispute: the offices by licence number, as typed. */
    public record OpeningForm(Long agencyId, List<String> officeLicences, String matter, Long resolutionId,
                              Long citedId) implements Serializable {
    }

    /** One dispute as the user may see it: the timeline of the user's visibility, its files, what the user can do. */
    public record DisputeView(Dispute dispute, List<DisputeEntry> timeline, List<DisputeFile> files,
                              Set<DisputeAction> actions) implements Serializable {
    }

    // --- the secretariat ---

    /** Opens a dispute; an agency, office or resolution that does not exist refuses it, and nothing is stored. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Dispute open(OpeningForm form) {
        Agency agency = form.agencyId() == null ? null : agencies.byId(form.agencyId())
                .orElseThrow(() -> new BusinessException.InvalidInput("dispute.agency.required"));
        List<Office> sides = new ArrayList<>();
        for (String licence : licences(form.officeLicences())) {
            sides.add(offices.byLicence(licence)
                    .orElseThrow(() -> new BusinessException.InvalidInput("dispute.office.unknown", licence)));
        }
        Resolution resolution = resolution(form.resolutionId());
        Resolution cited = form.citedId() == null ? null : resolution(form.citedId());
        return started(Dispute.open(agency, sides, form.matter(), resolution, cited, actor(user()), now()),
                disputes::store);
    }

    /** The licence numbers typed, each once, in Latin digits: separated by commas (Persian or Latin) or blanks. */
    static List<String> licences(List<String> typed) {
        Set<String> out = new LinkedHashSet<>();
        if (typed != null) {
            for (String t : typed) {
                for (String part : PersianText.toAsciiDigits(t == null ? "" : t).split("[,،\\s]+")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private Resolution resolution(Long id) {
        Resolution r = id == null ? null : em().find(Resolution.class, id);
        if (id != null && r == null) {
            throw new BusinessException.InvalidInput("dispute.resolution.required");
        }
        return r;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Dispute propose(long id, long version, String text) {
        return act(id, version, (d, by, at) -> d.propose(by, text, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Dispute withdrawProposal(long id, long version, String reason) {
        return act(id, version, (d, by, at) -> d.withdrawProposal(by, reason, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Dispute settle(long id, long version, String comment) {
        return act(id, version, (d, by, at) -> d.settle(by, comment, at));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Dispute refer(long id, long version, String reason) {
        return act(id, version, (d, by, at) -> d.refer(by, reason, at));
    }

    // --- the sides ---

    /** A named office's operator states the office's case (an office not named gets 404 before this). */
    @RolesAllowed(Roles.OFFICE)
    public Dispute officeStatement(long id, long version, String text, List<Upload> files) {
        Office office = user().getOffice();
        return act(id, version, (d, by, at) -> d.officeStatement(by, office, text, ComplaintService.evidence(files), at));
    }

    /** The agency's liaison states the agency's case (another agency's liaison gets 404 before this). */
    @RolesAllowed(Roles.LIAISON)
    public Dispute agencyStatement(long id, long version, String text, List<Upload> files) {
        Agency agency = user().getAgency();
        return act(id, version, (d, by, at) -> d.agencyStatement(by, agency, text, ComplaintService.evidence(files), at));
    }

    // --- the guild ---

    @RolesAllowed(Roles.GUILD)
    public Dispute guildNote(long id, long version, String text) {
        return act(id, version, (d, by, at) -> d.guildNote(by, text, at));
    }

    // --- reading ---

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON, Roles.OFFICE})
    public DisputeView view(long id) {
        UserAccount user = user();
        Dispute d = visible(id, user);
        List<DisputeEntry> timeline = d.timeline(DisputeAccess.visibleTo(user.getRole()));
        // read here, in the transaction: the page shows the parties, the resolution and the clause it rests on
        d.getAgency().getNameFa();
        d.getOffices().size();
        d.getResolution().getMeeting().getNumber();
        if (d.getCited() != null) {
            d.getCited().getMeeting().getNumber();
        }
        List<DisputeFile> files = List.copyOf(d.getFiles());
        files.forEach(f -> f.getEvent().getId());
        return new DisputeView(d, timeline, files, DisputeAction.available(user.getRole(), d.getStatus()));
    }

    /** A statement's file, when the user may see its dispute (statements are read by all who may). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON, Roles.OFFICE})
    public DisputeFile file(long id) {
        UserAccount user = user();
        DisputeFile f = disputes.file(id).orElseThrow(BusinessException.NotFound::new);
        if (!DisputeAccess.canSee(user, f.getDispute())) {
            throw new BusinessException.NotFound();
        }
        f.data();
        return f;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON, Roles.OFFICE})
    public List<Agency> agencyChoices() {
        return agencies.choices();
    }

    /** The resolutions a dispute may act on or rest on: every one of every meeting, cited-only meetings' too. */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<Resolution> resolutionChoices() {
        return em().createQuery("SELECT r FROM Resolution r JOIN FETCH r.meeting m ORDER BY m.number DESC, r.number",
                Resolution.class).getResultList();
    }

    @Override
    protected DisputeRepository records() {
        return disputes;
    }

    @Override
    protected boolean canSee(UserAccount user, Dispute record) {
        return DisputeAccess.canSee(user, record);
    }
}
