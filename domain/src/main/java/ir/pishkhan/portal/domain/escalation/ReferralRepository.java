package ir.pishkhan.portal.domain.escalation;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.escalation.Referrals.Behind;
import ir.pishkhan.portal.domain.escalation.Referrals.Subject;
import ir.pishkhan.portal.domain.escalation.Referrals.Tally;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@link Referrals} reads, and the secretariat's decisions on its proposals. */
public interface ReferralRepository {

    /**
     * Agencies, and named officials of an agency, with at least {@code atLeast} upheld complaints filed since the
     * instant, most first: counted by GROUP BY in the database, at most {@code max} of each.
     */
    List<Tally> tallies(Instant since, long atLeast, int max);

    /** The latest decision made since the instant on each of the subjects (a subject with none is absent). */
    Map<Subject, Instant> lastDecided(Collection<Subject> subjects, Instant since);

    /** The decision on a proposal, if made. */
    Optional<Referral> decision(Subject subject, long newestUpheldId);

    /**
     * Writes the decision at once (flushed), so that a decision another secretary or instance made first fails here.
     *
     * @throws jakarta.persistence.PersistenceException when the proposal was already decided
     */
    void decide(Referral referral);

    /**
     * Each subject's upheld complaints filed since the instant, newest first, at most {@code max} of each: all the
     * subjects in one statement (a subject with none is absent).
     */
    Map<Subject, List<Behind>> upheld(Collection<Subject> subjects, Instant since, int max);

    /** The subject's newest complaint the secretariat may still refer (its state allows the referral step). */
    Optional<Complaint> newestReferable(Subject subject);
}
