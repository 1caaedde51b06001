package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.IllegalTransition;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A meeting's cycle: its table, the rules of its resolutions, publishing, corrections and the standing they give. */
class MeetingCycleTest {

    static final Actor DABIR = new Actor("dabir", Role.SECRETARIAT);
    static final Instant T0 = Instant.parse("2025-06-01T06:00:00Z");
    static final LocalDate HELD = JalaliDates.parse("1404/03/10").orElseThrow();
    static final Party BANKS = new Party(Party.ALL_BANKS, "کلیه بانکهای استان", "All banks", PartyType.AGENCY_GROUP);

    /** The published register: the 14th meeting with resolutions 5 (obligation) and 18 (a tariff), and 13 cited only. */
    static final class InMemoryRegister implements Register {
        final List<Meeting> published = new ArrayList<>();

        InMemoryRegister() {
            Meeting m14 = Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری");
            m14.addResolution(5, "ظرف یک ماه", null, Deadline.within("P1M")).addKind(ResolutionKind.OBLIGATION);
            m14.addResolution(18, "تعرفه ۲۰۰۰۰ ریال", null, Deadline.none()).addKind(ResolutionKind.TARIFF);
            m14.addResolution(6, "ممنوع", null, Deadline.none()).addKind(ResolutionKind.PROHIBITION);
            published.add(m14);
        }

        @Override
        public Optional<Resolution> published(int meetingNumber, int resolutionNumber) {
            return published.stream().filter(m -> m.getNumber() == meetingNumber && m.isPublished()).findFirst()
                    .flatMap(m -> m.findResolution(resolutionNumber));
        }

        @Override
        public Standing standing(Resolution resolution) {
            return Standing.of(resolution, acts(resolution), LocalDate.of(2025, 6, 1));
        }

        List<Standing.Act> acts(Resolution target) {
            List<Standing.Act> acts = new ArrayList<>();
            for (Meeting m : published) {
                if (m.isPublished()) {
                    m.getResolutions().forEach(r -> r.getEffects().stream().filter(e -> e.getTarget() == target)
                            .forEach(e -> acts.add(e.act())));
                }
            }
            return acts;
        }
    }

    final InMemoryRegister register = new InMemoryRegister();

    static Meeting draft15() {
        return Meeting.create(DABIR, new MeetingFacts(15, HELD, "10:00", "استانداری", Set.of()), T0);
    }

    static ResolutionDraft draft(int number, String text, Set<ResolutionKind> kinds, Deadline deadline,
                                 Citation... citations) {
        return new ResolutionDraft(number, text, "summary " + number, kinds, Set.of(), deadline, List.of(citations));
    }

    static void assertRefused(String key, Runnable step) {
        BusinessException e = assertThrows(BusinessException.class, step::run);
        assertEquals(key, e.getMessageKey());
    }

    @Test
    void theTableSpelledOut() {
        Map<MeetingAction, Set<MeetingStatus>> expected = Map.ofEntries(
                Map.entry(MeetingAction.CREATE, EnumSet.noneOf(MeetingStatus.class)),
                Map.entry(MeetingAction.EDIT, EnumSet.of(MeetingStatus.DRAFT)),
                Map.entry(MeetingAction.ADD_RESOLUTION, EnumSet.of(MeetingStatus.DRAFT)),
                Map.entry(MeetingAction.CHANGE_RESOLUTION, EnumSet.of(MeetingStatus.DRAFT)),
                Map.entry(MeetingAction.REMOVE_RESOLUTION, EnumSet.of(MeetingStatus.DRAFT)),
                Map.entry(MeetingAction.ADD_AGENDA_ITEM, EnumSet.of(MeetingStatus.DRAFT)),
                Map.entry(MeetingAction.DECIDE_AGENDA_ITEM, EnumSet.of(MeetingStatus.DRAFT)),
                Map.entry(MeetingAction.REMOVE_AGENDA_ITEM, EnumSet.of(MeetingStatus.DRAFT)),
                Map.entry(MeetingAction.ATTACH_MINUTES, EnumSet.of(MeetingStatus.DRAFT, MeetingStatus.PUBLISHED)),
                Map.entry(MeetingAction.PUBLISH, EnumSet.of(MeetingStatus.DRAFT)),
                Map.entry(MeetingAction.CORRECT_RESOLUTION, EnumSet.of(MeetingStatus.PUBLISHED)));
        assertEquals(expected.keySet(), EnumSet.allOf(MeetingAction.class));
        for (MeetingAction a : MeetingAction.values()) {
            for (MeetingStatus s : MeetingStatus.values()) {
                for (Role role : Role.values()) {
                    boolean offered = WorkflowAction.available(MeetingAction.class, role, s).contains(a);
                    assertEquals(role == Role.SECRETARIAT && expected.get(a).contains(s), offered, a + " " + s + " " + role);
                }
            }
        }
    }

    @Test
    void onlyTheSecretariatWritesTheRegister() {
        for (Role role : Role.values()) {
            if (role == Role.SECRETARIAT) {
                continue;
            }
            Actor other = new Actor("x", role);
            assertThrows(BusinessException.AccessDenied.class,
                    () -> Meeting.create(other, new MeetingFacts(15, HELD, null, null, Set.of()), T0));
            Meeting m = draft15();
            assertThrows(BusinessException.AccessDenied.class, () -> m.publish(other, T0));
            assertThrows(BusinessException.AccessDenied.class, () -> m.addResolution(other,
                    draft(1, "متن", EnumSet.of(ResolutionKind.DECISION), Deadline.none()), register, T0));
            assertTrue(m.getResolutions().isEmpty());
        }
    }

    @Test
    void aDraftIsWrittenPublishedAndEachStepIsOnItsTimeline() {
        Meeting m = draft15();
        assertEquals(MeetingStatus.DRAFT, m.getStatus());
        m.addResolution(DABIR, draft(1, "اصلاح تعرفه", EnumSet.of(ResolutionKind.TARIFF), Deadline.none(),
                Citation.of(14, 18, Effect.AMENDS)), register, T0);
        m.addResolution(DABIR, new ResolutionDraft(2, "بانکها", null, EnumSet.of(ResolutionKind.OBLIGATION),
                Set.of(BANKS), Deadline.within("P1M"), List.of()), register, T0);
        m.addAgendaItem(DABIR, "گزارش دبیرخانه", T0);
        m.decideAgendaItem(DABIR, 1, "گزارش شنیده شد", null, T0);
        m.attachMinutes(DABIR, EvidenceFile.of("minutes.pdf", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII)), T0);
        m.publish(DABIR, T0.plusSeconds(60));
        assertEquals(MeetingStatus.PUBLISHED, m.getStatus());
        assertEquals(List.of(MeetingAction.CREATE, MeetingAction.ADD_RESOLUTION, MeetingAction.ADD_RESOLUTION,
                        MeetingAction.ADD_AGENDA_ITEM, MeetingAction.DECIDE_AGENDA_ITEM, MeetingAction.ATTACH_MINUTES,
                        MeetingAction.PUBLISH),
                m.timeline(EnumSet.allOf(Visibility.class)).stream().map(MeetingEntry::getAction).toList());
        assertEquals(Optional.of(MeetingStep.resolution(2)),
                MeetingStep.of(m.timeline(EnumSet.of(Visibility.PUBLIC)).get(2)));
        assertEquals("application/pdf", m.getMinutesContentType());
        assertEquals(Optional.of(JalaliDates.parse("1404/04/10").orElseThrow()),
                m.findResolution(2).orElseThrow().dueDate());
        // once published, nothing of the draft's is offered any more
        assertThrows(IllegalTransition.class, () -> m.addAgendaItem(DABIR, "دیر", T0));
        assertThrows(IllegalTransition.class, () -> m.publish(DABIR, T0));
    }

    @Test
    void refusalsChangeNothing() {
        Meeting m = draft15();
        m.addResolution(DABIR, draft(3, "لغو", EnumSet.of(ResolutionKind.DECISION), Deadline.none(),
                Citation.of(14, 6, Effect.REPEALS)), register, T0);
        int steps = m.timeline(EnumSet.allOf(Visibility.class)).size();
        // a second 15/3
        assertRefused("resolution.number.taken", () -> m.addResolution(DABIR,
                draft(3, "دیگر", EnumSet.of(ResolutionKind.DECISION), Deadline.none()), register, T0));
        // citing or amending one that does not exist; citing a later or the same meeting
        assertRefused("resolution.cited.unknown", () -> m.addResolution(DABIR,
                draft(4, "x", EnumSet.of(ResolutionKind.DECISION), Deadline.none(), Citation.of(14, 99, Effect.AMENDS)),
                register, T0));
        assertRefused("resolution.cited.unknown", () -> m.addResolution(DABIR,
                draft(4, "x", EnumSet.of(ResolutionKind.DECISION), Deadline.none(), Citation.cites(16, 1)), register, T0));
        // a deadline before the meeting
        assertRefused("resolution.deadline.beforeMeeting", () -> m.addResolution(DABIR,
                draft(4, "x", EnumSet.of(ResolutionKind.OBLIGATION), Deadline.on(HELD.minusDays(1))), register, T0));
        assertRefused("resolution.deadline.beforeMeeting", () -> m.addResolution(DABIR,
                draft(4, "x", EnumSet.of(ResolutionKind.DECISION), Deadline.none(),
                        Citation.extending(14, 5, HELD.minusDays(1))), register, T0));
        assertRefused("resolution.extension.dateRequired", () -> m.addResolution(DABIR,
                draft(4, "x", EnumSet.of(ResolutionKind.DECISION), Deadline.none(),
                        new Citation(14, 5, Effect.EXTENDS_DEADLINE_OF, null)), register, T0));
        // amending what this very meeting repeals
        assertRefused("resolution.cited.repealed", () -> m.addResolution(DABIR,
                draft(4, "x", EnumSet.of(ResolutionKind.DECISION), Deadline.none(), Citation.of(14, 6, Effect.AMENDS)),
                register, T0));
        assertRefused("resolution.kinds.required", () -> m.addResolution(DABIR,
                draft(4, "x", EnumSet.noneOf(ResolutionKind.class), Deadline.none()), register, T0));
        assertRefused("resolution.text.invalid", () -> m.addResolution(DABIR,
                draft(4, "  ", EnumSet.of(ResolutionKind.DECISION), Deadline.none()), register, T0));
        assertEquals(1, m.getResolutions().size());
        assertEquals(steps, m.timeline(EnumSet.allOf(Visibility.class)).size());

        Meeting empty = draft15();
        assertRefused("meeting.publish.empty", () -> empty.publish(DABIR, T0));
        assertEquals(MeetingStatus.DRAFT, empty.getStatus());
        assertRefused("meeting.date.required",
                () -> Meeting.create(DABIR, new MeetingFacts(15, null, null, null, Set.of()), T0));
        assertRefused("meeting.time.invalid",
                () -> Meeting.create(DABIR, new MeetingFacts(15, HELD, "25:00", null, Set.of()), T0));
    }

    @Test
    void aRepealedResolutionIsNotAmendedSupersededOrExtendedLater() {
        Meeting m15 = draft15();
        m15.addResolution(DABIR, draft(1, "لغو", EnumSet.of(ResolutionKind.DECISION), Deadline.none(),
                Citation.of(14, 6, Effect.REPEALS)), register, T0);
        m15.publish(DABIR, T0);
        register.published.add(m15);
        Meeting m16 = Meeting.create(DABIR, new MeetingFacts(16, HELD.plusMonths(1), null, null, Set.of()), T0);
        for (Effect e : List.of(Effect.AMENDS, Effect.SUPERSEDES)) {
            assertRefused("resolution.cited.repealed", () -> m16.addResolution(DABIR,
                    draft(1, "x", EnumSet.of(ResolutionKind.DECISION), Deadline.none(), Citation.of(14, 6, e)), register, T0));
        }
        assertRefused("resolution.cited.repealed", () -> m16.addResolution(DABIR,
                draft(1, "x", EnumSet.of(ResolutionKind.DECISION), Deadline.none(),
                        Citation.extending(14, 6, HELD.plusMonths(3))), register, T0));
        // citing it stays allowed: the history is readable
        m16.addResolution(DABIR, draft(1, "x", EnumSet.of(ResolutionKind.DECISION), Deadline.none(),
                Citation.cites(14, 6)), register, T0);
        assertEquals(1, m16.getResolutions().get(0).getCites().size());
    }

    @Test
    void publishedTextIsNeverEditedACorrectionIsANewVersionWithItsReason() {
        Meeting m = draft15();
        m.addResolution(DABIR, draft(1, "متن نخست", EnumSet.of(ResolutionKind.DECISION), Deadline.none()), register, T0);
        m.addResolution(DABIR, draft(2, "دومی", EnumSet.of(ResolutionKind.DECISION), Deadline.none()), register, T0);
        // while a draft, changed and removed freely
        m.changeResolution(DABIR, 2, draft(2, "دومی اصلاح شده", EnumSet.of(ResolutionKind.REPORT), Deadline.none()),
                register, T0);
        assertEquals("دومی اصلاح شده", m.findResolution(2).orElseThrow().getTextFa());
        m.removeResolution(DABIR, 2, T0);
        m.publish(DABIR, T0);

        assertRefused("resolution.published.immutable", () -> m.changeResolution(DABIR, 1,
                draft(1, "دستکاری", EnumSet.of(ResolutionKind.DECISION), Deadline.none()), register, T0));
        assertRefused("resolution.published.immutable", () -> m.removeResolution(DABIR, 1, T0));
        Resolution r = m.findResolution(1).orElseThrow();
        assertEquals("متن نخست", r.getTextFa());
        assertEquals(1, r.getVersion());

        assertRefused("resolution.correction.reason.invalid",
                () -> m.correctResolution(DABIR, 1, "متن درست", null, " ", T0));
        assertRefused("resolution.correction.same",
                () -> m.correctResolution(DABIR, 1, "متن نخست", "summary 1", "هیچ تغییری", T0));
        m.correctResolution(DABIR, 1, "متن درست", "fixed", "غلط تایپی در صورتجلسه", T0.plusSeconds(5));
        assertEquals("متن درست", r.getTextFa());
        assertEquals(2, r.getVersion());
        ResolutionVersion v1 = r.getVersions().get(0);
        assertEquals(1, v1.getNumber());
        assertEquals("متن نخست", v1.getTextFa());
        assertEquals("غلط تایپی در صورتجلسه", v1.getReason());
        assertEquals(T0.plusSeconds(5), v1.getReplacedAt());
        MeetingEntry last = m.timeline(EnumSet.allOf(Visibility.class)).get(m.timeline(EnumSet.allOf(Visibility.class)).size() - 1);
        assertEquals(MeetingAction.CORRECT_RESOLUTION, last.getAction());
        assertEquals(Optional.of(MeetingStep.corrected(1, 2)), MeetingStep.of(last));
        assertThrows(BusinessException.NotFound.class, () -> m.correctResolution(DABIR, 9, "x", null, "دلیل کافی", T0));
    }

    @Test
    void aMeetingDateMovedAfterAResolutionsDeadlineIsRefused() {
        Meeting m = draft15();
        m.addResolution(DABIR, draft(1, "x", EnumSet.of(ResolutionKind.OBLIGATION), Deadline.on(HELD.plusDays(10))),
                register, T0);
        assertRefused("resolution.deadline.beforeMeeting",
                () -> m.edit(DABIR, new MeetingFacts(15, HELD.plusDays(11), null, null, Set.of()), T0));
        assertEquals(HELD, m.getHeldOn());
        m.edit(DABIR, new MeetingFacts(15, HELD.plusDays(3), "09:30", "فرمانداری", Set.of(BANKS)), T0);
        assertEquals(HELD.plusDays(3), m.getHeldOn());
        assertEquals(Set.of(BANKS), m.getPresent());
    }

    @Test
    void proposalsAreTakenUpOrDroppedHandItemsGetADecisionText() {
        Meeting m = draft15();
        m.addAgendaItem(DABIR, "موضوع دستی", T0);
        AgendaItem p = m.addProposal(DABIR, "تعهد معوق", "obligation", 42L, T0);
        assertEquals(AgendaItem.Source.PROPOSED, p.getSource());
        assertEquals(2, p.getPosition());
        assertRefused("agenda.decision.required", () -> m.decideAgendaItem(DABIR, 1, " ", null, T0));
        assertRefused("agenda.decision.required", () -> m.decideAgendaItem(DABIR, 2, "متن", null, T0));
        m.decideAgendaItem(DABIR, 2, null, AgendaItem.Outcome.DROPPED, T0);
        assertEquals(AgendaItem.Outcome.DROPPED, p.getOutcome());
        m.decideAgendaItem(DABIR, 1, "تصویب شد", AgendaItem.Outcome.ACCEPTED, T0);
        assertEquals(null, m.getAgenda().get(0).getOutcome(), "a hand item has no outcome, only its decision");
        m.removeAgendaItem(DABIR, 1, T0);
        assertEquals(List.of(2), m.getAgenda().stream().map(AgendaItem::getPosition).toList());
        assertRefused("agenda.title.invalid", () -> m.addAgendaItem(DABIR, "x", T0));
    }

    @Test
    void minutesAreCheckedByContent() {
        Meeting m = draft15();
        assertRefused("file.type", () -> m.attachMinutes(DABIR,
                EvidenceFile.of("minutes.pdf", "<html>".getBytes(StandardCharsets.US_ASCII)), T0));
        assertFalse(m.hasMinutesFile());
    }
}
