package ir.pishkhan.portal.domain.escalation;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.Complaint;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static ir.pishkhan.portal.domain.shared.JalaliDates.ZONE;

/**
 * The escalation ladder's last rung (issue 10; resolutions 4 and 12 of the 14th meeting: officials who keep breaking
 * the resolutions go to the violations board): an agency, or a named official of an agency (matched by
 * {@code Complaint.officialKey}, the portal's Persian folding), with at least {@code upheld} complaints upheld (resolved
 * in the office's favour) filed in the last {@code months} months is proposed for a referral, which the secretariat
 * confirms or drops. A subject decided on — either way — within the period is not proposed again in it.
 */
public final class Referrals {

    /** Whom a proposal is about. */
    public enum Kind {
        AGENCY, OFFICIAL
    }

    /**
     * An agency ({@code officialKey} empty), or an official of an agency by the folded name. Empty, not null, so
     * that the database's unique key (nulls are all distinct on PostgreSQL) holds for agencies too.
     */
    public record Subject(Kind kind, long agencyId, String officialKey) implements Serializable {

        public Subject {
            Objects.requireNonNull(kind, "kind");
            officialKey = officialKey == null ? "" : officialKey;
            if ((kind == Kind.OFFICIAL) == officialKey.isEmpty()) {
                throw new IllegalArgumentException("an official's subject has a key, an agency's none: " + kind);
            }
        }

        public static Subject agency(long agencyId) {
            return new Subject(Kind.AGENCY, agencyId, "");
        }

        public static Subject official(long agencyId, String officialKey) {
            return new Subject(Kind.OFFICIAL, agencyId, officialKey);
        }
    }

    /** What the database counted for a subject: its agency, the upheld complaints, and the newest of them. */
    public record Tally(Subject subject, Agency agency, long upheld, long newestUpheldId) implements Serializable {
    }

    /** An upheld complaint behind a proposal: its id and when it was filed, which give its tracking number. */
    public record Behind(long id, Instant filedAt) implements Serializable {

        public Behind {
            Objects.requireNonNull(filedAt, "filedAt");
        }

        public String trackingNumber() {
            return Complaint.trackingNumber(id, filedAt);
        }
    }

    /**
     * A proposed referral: the tally that qualifies. It is known by its subject and its newest upheld complaint: a
     * decision on it is stored under that key, once.
     */
    public record Proposal(Tally tally) implements Serializable {

        public Subject subject() {
            return tally.subject();
        }

        public long newestUpheldId() {
            return tally.newestUpheldId();
        }

        public long upheld() {
            return tally.upheld();
        }

        public Agency agency() {
            return tally.agency();
        }
    }

    private final int upheld;
    private final int months;

    /** @throws IllegalArgumentException for fewer than one upheld complaint, or a period of less than a month */
    public Referrals(int upheld, int months) {
        if (upheld < 1 || months < 1) {
            throw new IllegalArgumentException("portal.escalation.referralUpheld and portal.escalation.referralMonths"
                    + " must be 1 or more: " + upheld + ", " + months);
        }
        this.upheld = upheld;
        this.months = months;
    }

    public int upheld() {
        return upheld;
    }

    public int months() {
        return months;
    }

    /** The first instant counted: {@code months} months before {@code now}, in Tehran. */
    public Instant since(Instant now) {
        return ZonedDateTime.ofInstant(now, ZONE).minusMonths(months).toInstant();
    }

    /**
     * The proposals as of {@code now}, in the tallies' order: each subject with at least {@code upheld} upheld
     * complaints, unless it was decided on (its latest decision in {@code lastDecided}) within the period.
     */
    public List<Proposal> propose(Instant now, Collection<Tally> tallies, Map<Subject, Instant> lastDecided) {
        Instant since = since(now);
        List<Proposal> out = new ArrayList<>();
        for (Tally t : tallies) {
            Instant decided = lastDecided.get(t.subject());
            if (t.upheld() >= upheld && (decided == null || decided.isBefore(since))) {
                out.add(new Proposal(t));
            }
        }
        return out;
    }
}
