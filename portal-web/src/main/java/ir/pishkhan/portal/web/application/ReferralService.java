package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.escalation.Referral;
import ir.pishkhan.portal.domain.escalation.ReferralRepository;
import ir.pishkhan.portal.domain.escalation.Referrals;
import ir.pishkhan.portal.domain.escalation.Referrals.Behind;
import ir.pishkhan.portal.domain.escalation.Referrals.Proposal;
import ir.pishkhan.portal.domain.escalation.Referrals.Subject;
import ir.pishkhan.portal.domain.escalation.Referrals.Tally;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The escalation ladder's last rung (issue 10, res. 4 and 12): the referrals to the violations board the portal
 * proposes ({@link Referrals}: at least {@code portal.escalation.referralUpheld} upheld complaints, default 3, filed in
 * the last {@code portal.escalation.referralMonths} months, default 12), and the secretariat's decision on each, made
 * once. Confirming refers the subject's newest complaint still open to a referral through the complaint's own
 * referral step ({@link ComplaintService#refer}): on its timeline, told as any referral is.
 */
@Stateless
public class ReferralService {

    /** How many agencies, and how many officials, are proposed at most. */
    public static final int MAX = 50;
    /** How many of the complaints behind a proposal are linked from it. */
    static final int LISTED = 10;

    /** A proposal and the newest of the upheld complaints behind it. */
    public record Row(Proposal proposal, List<Behind> complaints) implements Serializable {

        /** The agency's name in the reader's language. */
        public String agency(Locale locale) {
            String en = proposal.agency().getNameEn();
            return JalaliDates.isPersian(locale) || en == null || en.isBlank() ? proposal.agency().getNameFa() : en;
        }
    }

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ComplaintService complaints;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.escalation.referralUpheld", defaultValue = "3")
    int referralUpheld;

    @Inject
    @ConfigProperty(name = "portal.escalation.referralMonths", defaultValue = "12")
    int referralMonths;

    /** The rule as configured; a value below 1 is refused here, with the keys' names. */
    Referrals rules() {
        return new Referrals(referralUpheld, referralMonths);
    }

    /** Every proposal, each with the complaints behind it. */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<Row> proposals() {
        return proposals(0, 2 * MAX).items();
    }

    /**
     * A page of the proposals, in the rule's order, with the count of them all: every proposal is counted (two
     * GROUP BYs of at most {@link #MAX} rows), the complaints behind them read for the page's only.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Page<Row> proposals(int first, int size) {
        if (first < 0 || size < 1) {
            throw new IllegalArgumentException("a page starts at 0 or after and holds at least one row");
        }
        Referrals rule = rules();
        Instant now = clock.instant();
        Instant since = rule.since(now);
        List<Proposal> proposed = current(rule, now);
        List<Proposal> page = proposed.subList(Math.min(first, proposed.size()),
                (int) Math.min((long) first + size, proposed.size()));
        Map<Subject, List<Behind>> behind = page.isEmpty() ? Map.of()
                : referrals.upheld(page.stream().map(Proposal::subject).toList(), since, LISTED);
        return new Page<>(page.stream().map(p -> new Row(p, behind.getOrDefault(p.subject(), List.of()))).toList(),
                proposed.size());
    }

    /** The resolutions of the 14th meeting a referral may cite (4 and 12). */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<Resolution> sanctions() {
        return meetings.resolutionsOf(Meeting.FOURTEENTH).stream().filter(Resolution::isReferralToViolationsBoard).toList();
    }

    /**
     * Confirms a proposal: the decision is written first (a second decision on it fails), then the subject's newest
     * complaint open to a referral is referred under the resolution.
     *
     * @return the complaint referred
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Complaint confirm(Subject subject, long newestUpheldId, Long resolutionId, String note) {
        Proposal p = open(subject, newestUpheldId);
        Complaint target = referrals.newestReferable(subject)
                .orElseThrow(() -> new BusinessException.InvalidInput("referral.nothingToRefer"));
        decide(Referral.confirmed(p, target.getId(), caller.account().getUsername(), clock.instant()));
        // an agency proposed without a named official is referred by its own name
        String official = target.getOfficialName() != null ? target.getOfficialName() : p.agency().getNameFa();
        return complaints.refer(target.getId(), target.getVersion(), official, resolutionId, note);
    }

    /** Drops a proposal, with a reason: not proposed again for the subject in the period. */
    @RolesAllowed(Roles.SECRETARIAT)
    public void drop(Subject subject, long newestUpheldId, String reason) {
        Proposal p = open(subject, newestUpheldId);
        decide(Referral.dropped(p, reason, caller.account().getUsername(), clock.instant()));
    }

    private List<Proposal> current(Referrals rule, Instant now) {
        Instant since = rule.since(now);
        List<Tally> tallies = referrals.tallies(since, rule.upheld(), MAX);
        return rule.propose(now, tallies, referrals.lastDecided(tallies.stream().map(Tally::subject).toList(), since));
    }

    /** The proposal still open: decided already, or no longer proposed, is said so. */
    private Proposal open(Subject subject, long newestUpheldId) {
        if (referrals.decision(subject, newestUpheldId).isPresent()) {
            throw new BusinessException("referral.decided");
        }
        Referrals rule = rules();
        return current(rule, clock.instant()).stream()
                .filter(p -> p.subject().equals(subject) && p.newestUpheldId() == newestUpheldId).findFirst()
                .orElseThrow(() -> new BusinessException.InvalidInput("referral.gone"));
    }

    private void decide(Referral referral) {
        try {
            referrals.decide(referral);
        } catch (PersistenceException e) {
            // another secretary, or another instance, decided it first (the unique key): this transaction rolls back
            throw new BusinessException("referral.decided");
        }
    }
}
