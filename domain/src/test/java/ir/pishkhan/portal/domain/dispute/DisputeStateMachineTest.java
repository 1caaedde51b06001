package ir.pishkhan.portal.domain.dispute;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.IllegalTransition;
import ir.pishkhan.portal.domain.workflow.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static ir.pishkhan.portal.domain.dispute.DisputeStatus.OPEN;
import static ir.pishkhan.portal.domain.dispute.DisputeStatus.PROPOSED;
import static ir.pishkhan.portal.domain.dispute.DisputeStatus.REFERRED;
import static ir.pishkhan.portal.domain.dispute.DisputeStatus.SETTLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dispute workflow, exhaustively: every action, in every state (reached through the aggregate's public methods),
 * by every role, is either taken as specified or refused — access denied for another role, an illegal transition
 * for another state — changing nothing. Then the rules a table cannot say: each side states only its own case.
 */
class DisputeStateMachineTest {

    static final Instant NOW = Instant.parse("2026-12-01T06:30:00Z");

    static final Map<Role, Actor> ACTORS = new EnumMap<>(Map.of(
            Role.OFFICE_OPERATOR, new Actor("office.hera", Role.OFFICE_OPERATOR),
            Role.SECRETARIAT, new Actor("dabir", Role.SECRETARIAT),
            Role.AGENCY_LIAISON, new Actor("liaison.postbank", Role.AGENCY_LIAISON),
            Role.GUILD, new Actor("anjoman", Role.GUILD),
            Role.ADMIN, new Actor("admin", Role.ADMIN)));

    static final String MATTER = "اختلاف پست بانک با چهار دفتر در تسویه کارمزد خدمات بانکی";
    static final String STATEMENT = "کارمزد سه ماه گذشته هنوز به حساب دفتر واریز نشده است.";
    static final String PROPOSAL = "پست بانک کارمزد معوق را ظرف دو هفته واریز کند و دفاتر گزارش تراکنش ها را بفرستند.";
    static final String NOTE = "انجمن صنفی با هر دو طرف جلسه گذاشت و گزارش آن را به کارگروه می دهد.";
    static final byte[] PDF = "%PDF-1.4 a statement".getBytes(StandardCharsets.US_ASCII);

    /** The state machine as specified, written out so that a change to it is noticed. */
    static final Map<DisputeAction, Set<DisputeStatus>> SPEC = new EnumMap<>(DisputeAction.class);
    static final Map<DisputeAction, Role> ROLE = new EnumMap<>(DisputeAction.class);

    static {
        spec(DisputeAction.OPEN_DISPUTE, Role.SECRETARIAT, EnumSet.noneOf(DisputeStatus.class));
        spec(DisputeAction.OFFICE_STATEMENT, Role.OFFICE_OPERATOR, EnumSet.of(OPEN, PROPOSED));
        spec(DisputeAction.AGENCY_STATEMENT, Role.AGENCY_LIAISON, EnumSet.of(OPEN, PROPOSED));
        spec(DisputeAction.GUILD_NOTE, Role.GUILD, EnumSet.of(OPEN, PROPOSED));
        spec(DisputeAction.PROPOSE, Role.SECRETARIAT, EnumSet.of(OPEN));
        spec(DisputeAction.WITHDRAW_PROPOSAL, Role.SECRETARIAT, EnumSet.of(PROPOSED));
        spec(DisputeAction.SETTLE, Role.SECRETARIAT, EnumSet.of(PROPOSED));
        spec(DisputeAction.REFER, Role.SECRETARIAT, EnumSet.of(OPEN, PROPOSED));
    }

    private static void spec(DisputeAction a, Role role, Set<DisputeStatus> from) {
        SPEC.put(a, from);
        ROLE.put(a, role);
    }

    final Agency postBank = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);
    final Agency telecom = new Agency("telecom", "شرکت مخابرات استان", "Telecom", AgencyKind.TELECOM, null);
    final Office hera = office("14-71-1101", "حرا", "Hera");
    final Office aria = office("14-71-1102", "آریا", "Aria");
    final Office karbala = office("14-72-1103", "راه کربلا", "Rah-e Karbala");
    final Office feyz = office("14-72-1104", "شهدای فیض الهی", "Shohada-ye Feyz-Elahi");
    final Office nur = office("14-71-2001", "نور مرکزی", "Nur Markazi");
    final Meeting thirteenth = Meeting.citedOnly(13);
    final Resolution clause9 = thirteenth.addResolution(9, "…", null, Deadline.none());
    final Meeting fourteenth = Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری");
    final Resolution res15 = fourteenth.addResolution(15, "پست بانک مکلف است …", null, Deadline.none());
    private int minutes;

    static Office office(String licence, String fa, String en) {
        return new Office(licence, fa, en, OfficeKind.URBAN, "مرکزی", "Markazi", null, LicenceStatus.ACTIVE);
    }

    Instant tick() {
        return NOW.plus(Duration.ofMinutes(++minutes));
    }

    Dispute open() {
        return Dispute.open(postBank, List.of(hera, aria, karbala, feyz), MATTER, res15, clause9,
                ACTORS.get(Role.SECRETARIAT), tick());
    }

    /** A dispute brought into a state through the public methods. */
    Dispute in(DisputeStatus status) {
        Dispute d = open();
        Actor s = ACTORS.get(Role.SECRETARIAT);
        switch (status) {
            case OPEN -> { }
            case PROPOSED -> d.propose(s, PROPOSAL, tick());
            case SETTLED -> {
                d.propose(s, PROPOSAL, tick());
                d.settle(s, null, tick());
            }
            case REFERRED -> d.refer(s, "طرفین پیشنهاد را نپذیرفتند؛ به جلسه کارگروه ارجاع شد.", tick());
        }
        assertEquals(status, d.getStatus());
        return d;
    }

    /** Takes an action with the standard inputs. */
    void take(Dispute d, DisputeAction a, Actor by) {
        Instant at = tick();
        switch (a) {
            case OPEN_DISPUTE -> Dispute.open(postBank, List.of(hera), MATTER, res15, clause9, by, at);
            case OFFICE_STATEMENT -> d.officeStatement(by, hera, STATEMENT, List.of(EvidenceFile.of("a.pdf", PDF)), at);
            case AGENCY_STATEMENT -> d.agencyStatement(by, postBank, STATEMENT, List.of(), at);
            case GUILD_NOTE -> d.guildNote(by, NOTE, at);
            case PROPOSE -> d.propose(by, PROPOSAL, at);
            case WITHDRAW_PROPOSAL -> d.withdrawProposal(by, "پیشنهاد بازنگری می شود.", at);
            case SETTLE -> d.settle(by, "طرفین پذیرفتند.", at);
            case REFER -> d.refer(by, "طرفین پیشنهاد را نپذیرفتند.", at);
        }
    }

    static DisputeStatus target(DisputeAction a, DisputeStatus from) {
        return switch (a) {
            case OPEN_DISPUTE, WITHDRAW_PROPOSAL -> OPEN;
            case PROPOSE -> PROPOSED;
            case SETTLE -> SETTLED;
            case REFER -> REFERRED;
            case OFFICE_STATEMENT, AGENCY_STATEMENT, GUILD_NOTE -> from;
        };
    }

    static Stream<Arguments> everyActionStateAndRole() {
        return Arrays.stream(DisputeAction.values()).flatMap(a -> Arrays.stream(DisputeStatus.values())
                .flatMap(s -> Arrays.stream(Role.values()).map(r -> Arguments.of(a, s, r))));
    }

    @ParameterizedTest(name = "{0} in {1} by {2}")
    @MethodSource("everyActionStateAndRole")
    void everyActionInEveryStateByEveryRole(DisputeAction action, DisputeStatus status, Role role) {
        assertEquals(SPEC.get(action).contains(status), action.allowedFrom(status));
        assertEquals(ROLE.get(action), action.role());
        Dispute d = in(status);
        int entries = d.timeline(EnumSet.allOf(Visibility.class)).size();
        Actor by = ACTORS.get(role);
        if (action == DisputeAction.OPEN_DISPUTE) {
            if (role == Role.SECRETARIAT) {
                take(d, action, by);
            } else {
                assertThrows(BusinessException.AccessDenied.class, () -> take(d, action, by));
            }
            return;
        }
        boolean allowed = role == ROLE.get(action) && SPEC.get(action).contains(status);
        if (allowed) {
            take(d, action, by);
            assertEquals(target(action, status), d.getStatus());
            List<DisputeEntry> timeline = d.timeline(EnumSet.allOf(Visibility.class));
            assertEquals(entries + 1, timeline.size());
            DisputeEntry last = timeline.get(timeline.size() - 1);
            assertEquals(action, last.getAction());
            assertEquals(status, last.getFromStatus());
            assertEquals(by.username(), last.getActor());
        } else {
            Class<? extends BusinessException> refusal = role != ROLE.get(action)
                    ? BusinessException.AccessDenied.class : IllegalTransition.class;
            assertThrows(refusal, () -> take(d, action, by));
            assertEquals(status, d.getStatus());
            assertEquals(entries, d.timeline(EnumSet.allOf(Visibility.class)).size());
            assertTrue(d.getFiles().isEmpty());
        }
    }

    @Test
    void theScreensOfferEachRoleItsActions() {
        assertEquals(EnumSet.of(DisputeAction.PROPOSE, DisputeAction.REFER),
                DisputeAction.available(Role.SECRETARIAT, OPEN));
        assertEquals(EnumSet.of(DisputeAction.WITHDRAW_PROPOSAL, DisputeAction.SETTLE, DisputeAction.REFER),
                DisputeAction.available(Role.SECRETARIAT, PROPOSED));
        assertEquals(EnumSet.of(DisputeAction.OFFICE_STATEMENT), DisputeAction.available(Role.OFFICE_OPERATOR, PROPOSED));
        assertTrue(DisputeAction.available(Role.AGENCY_LIAISON, SETTLED).isEmpty());
        assertTrue(DisputeAction.available(Role.ADMIN, OPEN).isEmpty());
    }

    @Test
    void openingNeedsAnAgencyOfficesAMatterAndAResolution() {
        Actor s = ACTORS.get(Role.SECRETARIAT);
        assertEquals("dispute.offices.required", assertThrows(BusinessException.InvalidInput.class,
                () -> Dispute.open(postBank, List.of(), MATTER, res15, clause9, s, NOW)).getMessageKey());
        assertEquals("dispute.offices.required", assertThrows(BusinessException.InvalidInput.class,
                () -> Dispute.open(postBank, Collections.singletonList(null), MATTER, res15, clause9, s, NOW)).getMessageKey());
        assertEquals("dispute.agency.required", assertThrows(BusinessException.InvalidInput.class,
                () -> Dispute.open(null, List.of(hera), MATTER, res15, clause9, s, NOW)).getMessageKey());
        assertEquals("dispute.resolution.required", assertThrows(BusinessException.InvalidInput.class,
                () -> Dispute.open(postBank, List.of(hera), MATTER, null, clause9, s, NOW)).getMessageKey());
        assertEquals("dispute.matter.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> Dispute.open(postBank, List.of(hera), "  کوتاه ", res15, clause9, s, NOW)).getMessageKey());

        Dispute d = Dispute.open(postBank, List.of(hera, aria, hera), "  " + MATTER + " ", res15, clause9, s, NOW);
        assertEquals(List.of(hera, aria), d.getOffices(), "each office once");
        assertEquals(MATTER, d.getMatter());
        assertEquals(new OpenedRecord("14/15", "13/9", 2),
                OpenedRecord.of(d.timeline(EnumSet.allOf(Visibility.class)).get(0)).orElseThrow());
        assertTrue(d.isOverdue(LocalDate.of(2099, 1, 1)) == false, "a dispute has no deadline");
    }

    @Test
    void eachSideStatesOnlyItsOwnCase() {
        Dispute d = open();
        Actor o = ACTORS.get(Role.OFFICE_OPERATOR);
        Actor l = ACTORS.get(Role.AGENCY_LIAISON);
        assertThrows(BusinessException.AccessDenied.class, () -> d.officeStatement(o, nur, STATEMENT, List.of(), tick()));
        assertThrows(BusinessException.AccessDenied.class, () -> d.agencyStatement(l, telecom, STATEMENT, List.of(), tick()));
        assertEquals(1, d.timeline(EnumSet.allOf(Visibility.class)).size(), "nothing recorded");

        d.officeStatement(o, aria, STATEMENT, List.of(EvidenceFile.of("رسید.pdf", PDF)), tick());
        DisputeEntry office = last(d);
        assertEquals(new StatementRecord("14-71-1102", 1), StatementRecord.of(office).orElseThrow());
        assertEquals(Visibility.PUBLIC, office.getVisibility());
        assertEquals(office, d.getFiles().get(0).getEvent());
        assertEquals("رسید.pdf", d.getFiles().get(0).getFileName());

        d.agencyStatement(l, postBank, "  " + STATEMENT + " ", List.of(), tick());
        assertEquals(new StatementRecord("post-bank", 0), StatementRecord.of(last(d)).orElseThrow());
        assertEquals(STATEMENT, last(d).getText(), "stripped, never cut");
        assertEquals(OPEN, d.getStatus());
    }

    @Test
    void aStatementNeedsTextAndAtMostFiveFiles() {
        Dispute d = open();
        Actor o = ACTORS.get(Role.OFFICE_OPERATOR);
        assertEquals("dispute.statement.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> d.officeStatement(o, hera, "کوتاه", List.of(), tick())).getMessageKey());
        List<EvidenceFile> six = Collections.nCopies(6, EvidenceFile.of("a.pdf", PDF));
        assertThrows(BusinessException.InvalidInput.class, () -> d.officeStatement(o, hera, STATEMENT, six, tick()));
        assertEquals(1, d.timeline(EnumSet.allOf(Visibility.class)).size());
        assertTrue(d.getFiles().isEmpty());
    }

    @Test
    void aProposalStandsUntilWithdrawnAndEveryoneReadsIt() {
        Dispute d = open();
        Actor s = ACTORS.get(Role.SECRETARIAT);
        assertThrows(BusinessException.InvalidInput.class, () -> d.propose(s, " ", tick()));
        assertEquals(OPEN, d.getStatus());
        assertNull(d.getProposal());
        d.propose(s, PROPOSAL, tick());
        assertEquals(PROPOSAL, d.getProposal());
        assertEquals(Visibility.PUBLIC, last(d).getVisibility());
        assertThrows(BusinessException.InvalidInput.class, () -> d.withdrawProposal(s, "", tick()));
        assertEquals(PROPOSED, d.getStatus());
        d.withdrawProposal(s, "پیشنهاد بازنگری می شود.", tick());
        assertEquals(OPEN, d.getStatus());
        assertNull(d.getProposal());
        assertNull(d.getClosedAt());
        d.propose(s, PROPOSAL, tick());
        d.settle(s, null, tick());
        assertEquals(SETTLED, d.getStatus());
        assertFalse(d.getStatus().isOpen());
        assertEquals(PROPOSAL, d.getProposal(), "settled on the proposal standing");
        assertTrue(d.getClosedAt() != null);
    }

    @Test
    void theGuildsFollowUpIsForTheSecretariatAndTheGuild() {
        Dispute d = open();
        d.guildNote(ACTORS.get(Role.GUILD), NOTE, tick());
        assertEquals(Visibility.STAFF, last(d).getVisibility());
        assertEquals(1, d.timeline(DisputeAccess.visibleTo(Role.OFFICE_OPERATOR)).size());
        assertEquals(1, d.timeline(DisputeAccess.visibleTo(Role.AGENCY_LIAISON)).size());
        assertEquals(2, d.timeline(DisputeAccess.visibleTo(Role.SECRETARIAT)).size());
        assertEquals(2, d.timeline(DisputeAccess.visibleTo(Role.GUILD)).size());
        assertTrue(d.timeline(DisputeAccess.visibleTo(Role.ADMIN)).isEmpty());
    }

    @Test
    void aTrackingNumberNamesADispute() {
        assertEquals(12L, Dispute.trackingNumber("d۱۴۰۵-۱۲").orElseThrow().id());
        assertTrue(Dispute.trackingNumber("OB1405-12").isEmpty());
    }

    private static DisputeEntry last(Dispute d) {
        List<DisputeEntry> t = d.timeline(EnumSet.allOf(Visibility.class));
        return t.get(t.size() - 1);
    }
}
