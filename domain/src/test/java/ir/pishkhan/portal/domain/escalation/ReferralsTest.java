package ir.pishkhan.portal.domain.escalation;

import ir.pishkhan.portal.domain.escalation.Referrals.Proposal;
import ir.pishkhan.portal.domain.escalation.Referrals.Subject;
import ir.pishkhan.portal.domain.escalation.Referrals.Tally;
import ir.pishkhan.portal.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static ir.pishkhan.portal.domain.shared.JalaliDates.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is proposed for a referral to the violations board (res. 4 and 12), with a fixed clock. */
class ReferralsTest {

    /** 1404/12/20, ten in the morning in Tehran. */
    private static final Instant NOW = ZonedDateTime.of(2026, 3, 11, 10, 0, 0, 0, ZONE).toInstant();

    private static final Subject POST_BANK = Subject.agency(1);
    private static final Subject MANAGER = Subject.official(1, "مدیر شعبه مرکزی");
    private static final Subject TAX = Subject.agency(2);

    private static Tally tally(Subject s, long upheld, long newest) {
        return new Tally(s, null, upheld, newest);
    }

    private static List<Subject> subjects(List<Proposal> proposals) {
        return proposals.stream().map(Proposal::subject).toList();
    }

    @Test
    void atLeastKUpheldComplaintsIsProposedFewerIsNot() {
        Referrals rule = new Referrals(3, 12);
        List<Tally> tallies = List.of(tally(POST_BANK, 5, 40), tally(MANAGER, 3, 40), tally(TAX, 2, 17));
        List<Proposal> proposed = rule.propose(NOW, tallies, Map.of());
        assertEquals(List.of(POST_BANK, MANAGER), subjects(proposed), "in the tallies' order; two of the tax office's is too few");
        assertEquals(40, proposed.get(1).newestUpheldId());
        assertEquals(3, proposed.get(1).upheld());
        assertEquals(List.of(POST_BANK, MANAGER, TAX), subjects(new Referrals(1, 12).propose(NOW, tallies, Map.of())));
        assertEquals(List.of(), new Referrals(6, 12).propose(NOW, tallies, Map.of()));
    }

    @Test
    void aSubjectDecidedOnWithinThePeriodIsNotProposedAgainOneDecidedBeforeItIs() {
        Referrals rule = new Referrals(3, 12);
        List<Tally> tallies = List.of(tally(POST_BANK, 5, 40), tally(MANAGER, 3, 40));
        Instant since = rule.since(NOW);
        // dropped (or confirmed) yesterday: not again in the period, even with a newer upheld complaint
        assertEquals(List.of(MANAGER), subjects(rule.propose(NOW, tallies, Map.of(POST_BANK, NOW.minusSeconds(86_400)))));
        assertEquals(List.of(MANAGER), subjects(rule.propose(NOW, tallies, Map.of(POST_BANK, since))), "on the first instant counted");
        // decided before the period began: its complaints are counted again
        assertEquals(List.of(POST_BANK, MANAGER),
                subjects(rule.propose(NOW, tallies, Map.of(POST_BANK, since.minusNanos(1000)))));
        // the agency's decision is not its official's, nor the other way round
        assertEquals(List.of(POST_BANK), subjects(rule.propose(NOW, tallies, Map.of(MANAGER, NOW))));
    }

    @Test
    void thePeriodIsCountedInMonthsInTehran() {
        assertEquals(ZonedDateTime.of(2025, 3, 11, 10, 0, 0, 0, ZONE).toInstant(), new Referrals(3, 12).since(NOW));
        assertEquals(ZonedDateTime.of(2026, 2, 11, 10, 0, 0, 0, ZONE).toInstant(), new Referrals(3, 1).since(NOW));
    }

    @Test
    void aValueBelowOneIsRefusedNamingTheKeys() {
        for (int[] bad : new int[][] {{0, 12}, {3, 0}, {-1, 12}, {3, -6}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Referrals(bad[0], bad[1]));
            assertTrue(e.getMessage().contains("portal.escalation.referralUpheld"), e.getMessage());
            assertTrue(e.getMessage().contains("portal.escalation.referralMonths"), e.getMessage());
        }
        assertEquals(1, new Referrals(1, 1).upheld());
    }

    @Test
    void anAgencyHasNoOfficialKeyAnOfficialHasOne() {
        assertEquals("", new Subject(Referrals.Kind.AGENCY, 1, null).officialKey());
        assertThrows(IllegalArgumentException.class, () -> new Subject(Referrals.Kind.OFFICIAL, 1, ""));
        assertThrows(IllegalArgumentException.class, () -> new Subject(Referrals.Kind.AGENCY, 1, "x"));
    }

    @Test
    void aDropNeedsAReason() {
        Proposal p = new Proposal(tally(POST_BANK, 3, 40));
        BusinessException e = assertThrows(BusinessException.InvalidInput.class,
                () -> Referral.dropped(p, "  ", "secretary", NOW));
        assertEquals("referral.reason.required", e.getMessageKey());
        assertThrows(BusinessException.InvalidInput.class, () -> Referral.dropped(p, "x".repeat(2001), "secretary", NOW));
        Referral dropped = Referral.dropped(p, " تکراری است ", "secretary", NOW);
        assertEquals("تکراری است", dropped.getReason());
        assertEquals(POST_BANK, dropped.getSubject());
        assertEquals(Referral.Outcome.DROPPED, dropped.getOutcome());
        assertEquals(Referral.Outcome.CONFIRMED, Referral.confirmed(p, 41, "secretary", NOW).getOutcome());
    }

    @Test
    void aComplaintBehindAProposalIsNumberedByTheJalaliYearItWasFiledIn() {
        // 1404/12/29 23:00 and 1405/01/01 00:30 in Tehran: the year turns between them
        Instant lastOf1404 = ZonedDateTime.of(2026, 3, 20, 23, 0, 0, 0, ZONE).toInstant();
        Instant firstOf1405 = ZonedDateTime.of(2026, 3, 21, 0, 30, 0, 0, ZONE).toInstant();
        assertEquals("1404-77", new Referrals.Behind(77, lastOf1404).trackingNumber());
        assertEquals("1405-78", new Referrals.Behind(78, firstOf1405).trackingNumber());
        assertThrows(NullPointerException.class, () -> new Referrals.Behind(79, null));
    }
}
