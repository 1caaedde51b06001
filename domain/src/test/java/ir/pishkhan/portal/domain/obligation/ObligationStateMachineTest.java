package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.calendar.Calendars;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.complaint.ReferralRecord;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.escalation.RungRecord;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.PartyType;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.IllegalTransition;
import ir.pishkhan.portal.domain.workflow.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static ir.pishkhan.portal.domain.obligation.ObligationStatus.OPEN;
import static ir.pishkhan.portal.domain.obligation.ObligationStatus.REFERRED;
import static ir.pishkhan.portal.domain.obligation.ObligationStatus.REPORTED;
import static ir.pishkhan.portal.domain.obligation.ObligationStatus.RETURNED;
import static ir.pishkhan.portal.domain.obligation.ObligationStatus.VERIFIED;
import static ir.pishkhan.portal.domain.obligation.ObligationStatus.VIOLATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The obligation workflow, exhaustively: every action, in every state (reached through the aggregate's public
 * methods), by every role, is either taken as specified or refused — access denied for another role, an illegal
 * transition for another state — changing nothing. Then the rules a table cannot say.
 */
class ObligationStateMachineTest {

    /** 10:00 in Tehran on 1405/09/10 (2026-12-01). */
    static final Instant NOW = Instant.parse("2026-12-01T06:30:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, JalaliDates.ZONE);
    static final BusinessCalendar CALENDAR = Calendars.EVERY_DAY;

    static final Map<Role, Actor> ACTORS = new EnumMap<>(Map.of(
            Role.OFFICE_OPERATOR, new Actor("operator1", Role.OFFICE_OPERATOR),
            Role.SECRETARIAT, new Actor("secretary1", Role.SECRETARIAT),
            Role.AGENCY_LIAISON, new Actor("liaison1", Role.AGENCY_LIAISON),
            Role.GUILD, new Actor("guild1", Role.GUILD),
            Role.ADMIN, new Actor("admin1", Role.ADMIN)));

    static final String REPORT = "قرارداد با دفاتر پیشخوان امضا شد و فهرست آن پیوست است.";
    static final String REASON = "فهرست دفاتر پیوست نشده است؛ دوباره گزارش کنید.";
    static final String NOTE = "انجمن صنفی موضوع را با بانک پیگیری کرد.";
    static final byte[] PDF = "%PDF-1.4 a report".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The state machine as specified, written out so that a change to it is noticed. */
    static final Map<ObligationAction, Set<ObligationStatus>> SPEC = new EnumMap<>(ObligationAction.class);
    static final Map<ObligationAction, Role> ROLE = new EnumMap<>(ObligationAction.class);

    static {
        spec(ObligationAction.OPEN_OBLIGATION, Role.SECRETARIAT, EnumSet.noneOf(ObligationStatus.class));
        spec(ObligationAction.REPORT, Role.AGENCY_LIAISON, EnumSet.of(OPEN, RETURNED));
        spec(ObligationAction.VERIFY, Role.SECRETARIAT, EnumSet.of(REPORTED));
        spec(ObligationAction.RETURN, Role.SECRETARIAT, EnumSet.of(REPORTED));
        spec(ObligationAction.DECLARE_VIOLATED, Role.SECRETARIAT, EnumSet.of(OPEN, REPORTED, RETURNED));
        spec(ObligationAction.REFER, Role.SECRETARIAT, EnumSet.of(VIOLATED));
        spec(ObligationAction.GUILD_NOTE, Role.GUILD, EnumSet.allOf(ObligationStatus.class));
        spec(ObligationAction.SECRETARIAT_NOTE, Role.SECRETARIAT, EnumSet.allOf(ObligationStatus.class));
        spec(ObligationAction.ESCALATE, Role.SECRETARIAT, EnumSet.of(OPEN, RETURNED));
    }

    private static void spec(ObligationAction a, Role role, Set<ObligationStatus> from) {
        SPEC.put(a, from);
        ROLE.put(a, role);
    }

    // the world: a meeting held two months ago whose resolution 1 obliges all banks by a month after it
    final Party allBanks = new Party(Party.ALL_BANKS, "کلیه بانکهای استان", "All banks", PartyType.AGENCY_GROUP);
    final Party guild = new Party("guild", "انجمن صنفی", "Guild", PartyType.BODY);
    final Party telecomParty = new Party("telecom", "شرکت مخابرات", "Telecom", PartyType.AGENCY);
    final Agency postBank = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);
    final Agency melli = new Agency("bank-melli", "بانک ملی", "Bank Melli", AgencyKind.BANK, null);
    final Agency telecom = new Agency("telecom", "شرکت مخابرات استان", "Telecom", AgencyKind.TELECOM, telecomParty);
    final Agency post = new Agency("post", "پست", "Post", AgencyKind.POST, null);
    final Agency infra = new Agency("infrastructure-co", "زیرساخت", "Infrastructure", AgencyKind.ICT, null);
    final Agency tax = new Agency("tax", "مالیات", "Tax", AgencyKind.GOVERNMENT, null);
    final Agency regulator = new Agency("regulator", "رگولاتوری", "Regulator", AgencyKind.REGULATOR, null);
    final List<Agency> agencies = List.of(postBank, melli, telecom, post, infra, tax, regulator);
    final Meeting meeting = Meeting.withMinutes(15, TODAY.minusMonths(2), "10:00", "استانداری");
    final Resolution banks = meeting.addResolution(1, "کلیه بانکها ظرف یک ماه …", null, Deadline.within("P1M"));
    final Resolution sanction = meeting.addResolution(4, "معرفی به هیأت تخلفات …", null, Deadline.none());
    private int minutes;

    ObligationStateMachineTest() {
        banks.addKind(ResolutionKind.OBLIGATION);
        banks.addObligated(allBanks);
        banks.addObligated(guild);
        sanction.addKind(ResolutionKind.SANCTION);
    }

    Instant tick() {
        return NOW.plus(Duration.ofMinutes(++minutes));
    }

    Obligation open() {
        return Obligation.open(banks, postBank, CALENDAR, ACTORS.get(Role.SECRETARIAT), tick());
    }

    /** An obligation brought into a state through the public methods (its deadline, a month after, has passed). */
    Obligation in(ObligationStatus status) {
        Obligation o = open();
        Actor s = ACTORS.get(Role.SECRETARIAT);
        Actor l = ACTORS.get(Role.AGENCY_LIAISON);
        switch (status) {
            case OPEN -> { }
            case REPORTED -> o.report(l, REPORT, List.of(), tick());
            case RETURNED -> {
                o.report(l, REPORT, List.of(), tick());
                o.returnReport(s, REASON, tick());
            }
            case VERIFIED -> {
                o.report(l, REPORT, List.of(), tick());
                o.verify(s, null, tick());
            }
            case VIOLATED -> o.declareViolated(s, null, TODAY, tick());
            case REFERRED -> {
                o.declareViolated(s, null, TODAY, tick());
                o.refer(s, "رئیس اداره", sanction, null, tick());
            }
        }
        assertEquals(status, o.getStatus());
        return o;
    }

    /** Takes an action with the standard inputs. */
    void take(Obligation o, ObligationAction a, Actor by) {
        Instant at = tick();
        switch (a) {
            case OPEN_OBLIGATION -> Obligation.open(banks, postBank, CALENDAR, by, at);
            case REPORT -> o.report(by, REPORT, List.of(EvidenceFile.of("report.pdf", PDF)), at);
            case VERIFY -> o.verify(by, "تأیید شد.", at);
            case RETURN -> o.returnReport(by, REASON, at);
            case DECLARE_VIOLATED -> o.declareViolated(by, null, TODAY, at);
            case REFER -> o.refer(by, "رئیس اداره", sanction, null, at);
            case GUILD_NOTE -> o.guildNote(by, NOTE, at);
            case SECRETARIAT_NOTE -> o.secretariatNote(by, NOTE, at);
            case ESCALATE -> o.escalate(by, new RungRecord(Rung.REMINDER, TODAY), at);
        }
    }

    static ObligationStatus target(ObligationAction a, ObligationStatus from) {
        return switch (a) {
            case OPEN_OBLIGATION -> OPEN;
            case REPORT -> REPORTED;
            case VERIFY -> VERIFIED;
            case RETURN -> RETURNED;
            case DECLARE_VIOLATED -> VIOLATED;
            case REFER -> REFERRED;
            case GUILD_NOTE, SECRETARIAT_NOTE, ESCALATE -> from;
        };
    }

    static Stream<Arguments> everyActionStateAndRole() {
        return Arrays.stream(ObligationAction.values()).flatMap(a -> Arrays.stream(ObligationStatus.values())
                .flatMap(s -> Arrays.stream(Role.values()).map(r -> Arguments.of(a, s, r))));
    }

    @ParameterizedTest(name = "{0} in {1} by {2}")
    @MethodSource("everyActionStateAndRole")
    void everyActionInEveryStateByEveryRole(ObligationAction action, ObligationStatus status, Role role) {
        assertEquals(SPEC.get(action).contains(status), action.allowedFrom(status));
        assertEquals(ROLE.get(action), action.role());
        Obligation o = in(status);
        int entries = o.timeline(EnumSet.allOf(Visibility.class)).size();
        Actor by = ACTORS.get(role);
        if (action == ObligationAction.OPEN_OBLIGATION) {
            if (role == Role.SECRETARIAT) {
                take(o, action, by);
            } else {
                assertThrows(BusinessException.AccessDenied.class, () -> take(o, action, by));
            }
            return;
        }
        boolean allowed = role == ROLE.get(action) && SPEC.get(action).contains(status);
        if (allowed) {
            take(o, action, by);
            assertEquals(target(action, status), o.getStatus());
            List<ObligationEntry> timeline = o.timeline(EnumSet.allOf(Visibility.class));
            assertEquals(entries + 1, timeline.size());
            ObligationEntry last = timeline.get(timeline.size() - 1);
            assertEquals(action, last.getAction());
            assertEquals(status, last.getFromStatus());
            assertEquals(by.username(), last.getActor());
        } else {
            Class<? extends BusinessException> refusal = role != ROLE.get(action)
                    ? BusinessException.AccessDenied.class : IllegalTransition.class;
            assertThrows(refusal, () -> take(o, action, by));
            assertEquals(status, o.getStatus());
            assertEquals(entries, o.timeline(EnumSet.allOf(Visibility.class)).size());
        }
    }

    @Test
    void aPublishedResolutionObligesEachAgencyItsPartiesStandFor() {
        Actor s = ACTORS.get(Role.SECRETARIAT);
        // all banks → the agencies of kind BANK; the guild (a body) → none
        assertEquals(List.of(postBank, melli), Obligation.openAll(banks, agencies, CALENDAR, s, NOW).stream()
                .map(Obligation::getAgency).toList());
        Resolution ict = meeting.addResolution(2, "…", null, Deadline.none());
        ict.addKind(ResolutionKind.REPORT);
        ict.addObligated(new Party(Party.ICT_AGENCIES, "…", "ICT agencies", PartyType.AGENCY_GROUP));
        assertEquals(List.of(telecom, post, infra, regulator), Obligation.openAll(ict, agencies, CALENDAR, s, NOW).stream()
                .map(Obligation::getAgency).toList());
        Resolution one = meeting.addResolution(3, "…", null, Deadline.none());
        one.addKind(ResolutionKind.OBLIGATION);
        one.addObligated(telecomParty);
        one.addObligated(new Party(Party.ALL_AGENCIES, "…", "All agencies", PartyType.AGENCY_GROUP));
        assertEquals(agencies, Obligation.openAll(one, agencies, CALENDAR, s, NOW).stream()
                .map(Obligation::getAgency).toList(), "each agency once");
        // a prohibition obliges nobody to report
        Resolution prohibition = meeting.addResolution(5, "…", null, Deadline.none());
        prohibition.addKind(ResolutionKind.PROHIBITION);
        prohibition.addObligated(allBanks);
        assertTrue(Obligation.openAll(prohibition, agencies, CALENDAR, s, NOW).isEmpty());
    }

    @Test
    void theDeadlineIsTheResolutionsMovedToAWorkingDay() {
        LocalDate due = banks.dueDate().orElseThrow();
        Obligation o = Obligation.open(banks, postBank, day -> !day.equals(due), ACTORS.get(Role.SECRETARIAT), NOW);
        assertEquals(due.plusDays(1), o.getDeadline());
        assertEquals(due, o.getDeadlineFellOn());
        ObligationEntry first = o.timeline(EnumSet.allOf(Visibility.class)).get(0);
        assertEquals(new OpenedRecord("15/1", due.plusDays(1)), OpenedRecord.of(first).orElseThrow());
    }

    @Test
    void overdueIsPastTheDeadlineAndNotVerified() {
        Obligation o = open();
        LocalDate deadline = o.getDeadline();
        assertFalse(o.isOverdue(deadline), "on the day it is due it is not yet late");
        assertTrue(o.isOverdue(deadline.plusDays(1)));
        Obligation verified = in(VERIFIED);
        assertFalse(verified.isOverdue(deadline.plusDays(1)));
        assertTrue(in(VIOLATED).isOverdue(deadline.plusDays(1)));
        Resolution none = meeting.addResolution(6, "…", null, Deadline.none());
        none.addKind(ResolutionKind.OBLIGATION);
        assertFalse(Obligation.open(none, postBank, CALENDAR, ACTORS.get(Role.SECRETARIAT), NOW)
                .isOverdue(TODAY.plusYears(10)), "without a deadline never overdue");
    }

    @Test
    void aViolationOnlyOnceOverdue() {
        Obligation o = open();
        Actor s = ACTORS.get(Role.SECRETARIAT);
        BusinessException e = assertThrows(BusinessException.InvalidInput.class,
                () -> o.declareViolated(s, null, o.getDeadline(), tick()));
        assertEquals("obligation.violation.notOverdue", e.getMessageKey());
        assertEquals(OPEN, o.getStatus());
        o.declareViolated(s, "گزارشی نرسید.", o.getDeadline().plusDays(1), tick());
        ObligationEntry last = last(o);
        assertEquals(new ViolationRecord(o.getDeadline()), ViolationRecord.of(last).orElseThrow());
    }

    @Test
    void aReportNeedsTextAndKeepsItsFilesUnderItsEntry() {
        Obligation o = open();
        Actor l = ACTORS.get(Role.AGENCY_LIAISON);
        BusinessException e = assertThrows(BusinessException.InvalidInput.class, () -> o.report(l, "  کوتاه ", List.of(), tick()));
        assertEquals("obligation.report.invalid", e.getMessageKey());
        List<EvidenceFile> six = java.util.Collections.nCopies(6, EvidenceFile.of("a.pdf", PDF));
        assertThrows(BusinessException.InvalidInput.class, () -> o.report(l, REPORT, six, tick()));
        assertEquals(OPEN, o.getStatus());
        assertTrue(o.getFiles().isEmpty());
        o.report(l, "  " + REPORT + "  ", List.of(EvidenceFile.of("گزارش.pdf", PDF)), tick());
        ObligationEntry report = last(o);
        assertEquals(REPORT, report.getText(), "stripped, never cut");
        assertEquals(1, o.getFiles().size());
        assertEquals(report, o.getFiles().get(0).getEvent());
        assertEquals("گزارش.pdf", o.getFiles().get(0).getFileName());
        // reported after the deadline (a month after a meeting two months ago): late
        assertEquals(new ReportRecord(1, true), ReportRecord.of(report).orElseThrow());
    }

    @Test
    void aReturnNeedsAReasonTheAgencyReads() {
        Obligation o = in(REPORTED);
        Actor s = ACTORS.get(Role.SECRETARIAT);
        assertThrows(BusinessException.InvalidInput.class, () -> o.returnReport(s, "", tick()));
        assertEquals(REPORTED, o.getStatus());
        o.returnReport(s, REASON, tick());
        assertEquals(Visibility.PUBLIC, last(o).getVisibility());
        assertEquals(REASON, last(o).getText());
    }

    @Test
    void aReferralNamesTheOfficialAndASanctionResolution() {
        Obligation o = in(VIOLATED);
        Actor s = ACTORS.get(Role.SECRETARIAT);
        BusinessException e = assertThrows(BusinessException.InvalidInput.class,
                () -> o.refer(s, "رئیس اداره", banks, null, tick()));
        assertEquals("obligation.referral.resolution", e.getMessageKey());
        assertThrows(BusinessException.InvalidInput.class, () -> o.refer(s, " ", sanction, null, tick()));
        assertEquals(VIOLATED, o.getStatus());
        o.refer(s, "رئیس اداره", sanction, null, tick());
        assertEquals(new ReferralRecord("رئیس اداره", "15/4"),
                ReferralRecord.of(last(o), ObligationAction.REFER).orElseThrow());
        assertEquals("رئیس اداره", o.getReferredOfficial());
    }

    @Test
    void followUpNotesAreForTheSecretariatAndTheGuild() {
        Obligation o = open();
        o.guildNote(ACTORS.get(Role.GUILD), NOTE, tick());
        assertEquals(Visibility.STAFF, last(o).getVisibility());
        assertEquals(1, o.timeline(ObligationAccess.visibleTo(Role.AGENCY_LIAISON)).size());
        assertEquals(2, o.timeline(ObligationAccess.visibleTo(Role.SECRETARIAT)).size());
    }

    @Test
    void theLineReportIsLinkedOnlyFromResolution1OfThe14thMeeting() {
        Meeting m14 = Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری");
        Resolution r1 = m14.addResolution(1, "…", null, Deadline.on(LocalDate.of(2012, 10, 6)));
        r1.addKind(ResolutionKind.OBLIGATION);
        Actor s = ACTORS.get(Role.SECRETARIAT);
        assertEquals(LinkedReport.RESOLUTION_1_LINES,
                Obligation.open(r1, telecom, CALENDAR, s, NOW).linkedReport().orElseThrow());
        assertTrue(open().linkedReport().isEmpty());
    }

    private static ObligationEntry last(Obligation o) {
        List<ObligationEntry> t = o.timeline(EnumSet.allOf(Visibility.class));
        return t.get(t.size() - 1);
    }
}
