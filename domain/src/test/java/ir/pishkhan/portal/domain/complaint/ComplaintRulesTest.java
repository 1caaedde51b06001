package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.agency.AgencyKind;

import ir.pishkhan.portal.domain.agency.Agency;
import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.recorded;
import ir.pishkhan.portal.domain.complaint.ComplaintFixtures.Recorded;

import ir.pishkhan.portal.domain.workflow.IllegalTransition;

import ir.pishkhan.portal.domain.workflow.TrackingNumber;

import ir.pishkhan.portal.domain.workflow.Visibility;

import ir.pishkhan.portal.domain.complaint.ComplaintFixtures.Path;
import ir.pishkhan.portal.domain.complaint.ComplaintFixtures.Snapshot;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.ADMIN;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.DESCRIPTION;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.GUILD;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.LATER;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.LIAISON;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.NOW;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.OFFICIAL;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.OPERATOR;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.SECRETARY;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.TODAY;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.all;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.last;
import static ir.pishkhan.portal.domain.complaint.ComplaintFixtures.pdf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of each action beyond the state machine: what input it needs, and what it refuses. */
class ComplaintRulesTest {

    private final ComplaintFixtures f = new ComplaintFixtures();

    /** Refused as invalid input with this key, and nothing about the complaint changed. */
    private static void refused(String key, Complaint c, Executable action) {
        Snapshot before = Snapshot.of(c);
        BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class, action);
        assertEquals(key, e.getMessageKey());
        assertEquals(before, Snapshot.of(c), "a refused action changes nothing");
    }

    private static String keyOf(Executable action) {
        return assertThrows(BusinessException.InvalidInput.class, action).getMessageKey();
    }

    private static String repeat(int n) {
        return "ش".repeat(n);
    }

    private static List<EvidenceFile> pdfs(int n) {
        List<EvidenceFile> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(EvidenceFile.of("letter-" + i + ".pdf", pdf()));
        }
        return files;
    }

    private Complaint file(LocalDate occurredOn, String official, String description, List<EvidenceFile> files, Instant at) {
        return Complaint.file(f.office, f.postBank, ComplaintKind.GUARANTEE_DEMANDED, occurredOn, official, description,
                files, OPERATOR, at, "form-1");
    }

    static Stream<Arguments> badTexts() {
        return Stream.of(null, "", "    ", "\n\n\n\n\n\n\n\n\n\n\n", "کوتاه", "123456789", "  123456789  ",
                "ش".repeat(4001)).map(Arguments::of);
    }

    @Test
    void theFixedClockIsOnTheFirstDaysOf1405() {
        assertEquals("1405/01/31", JalaliDates.toJalali(TODAY));
    }

    @Nested
    class Filing {

        @Test
        void whatAFiledComplaintHolds() {
            Complaint c = file(TODAY.minusDays(2), "  " + OFFICIAL + " ", "\n " + DESCRIPTION + "  ",
                    List.of(EvidenceFile.of("letter.pdf", pdf())), NOW);
            assertAll(
                    () -> assertSame(f.office, c.getOffice()),
                    () -> assertSame(f.postBank, c.getAgency()),
                    () -> assertEquals(ComplaintKind.GUARANTEE_DEMANDED, c.getKind()),
                    () -> assertEquals(TODAY.minusDays(2), c.getOccurredOn()),
                    () -> assertEquals(OFFICIAL, c.getOfficialName()),
                    () -> assertEquals(DESCRIPTION, c.getDescription()),
                    () -> assertEquals(ComplaintStatus.SUBMITTED, c.getStatus()),
                    () -> assertEquals(Priority.NORMAL, c.getPriority()),
                    () -> assertNull(c.getDeadline()),
                    () -> assertTrue(c.getResolutions().isEmpty()),
                    () -> assertEquals("operator1", c.getFiledBy()),
                    () -> assertEquals(NOW, c.getFiledAt()),
                    () -> assertEquals(NOW, c.getUpdatedAt()),
                    () -> assertEquals("form-1", c.getSubmissionKey()),
                    () -> assertNull(c.getForwardedAt()),
                    () -> assertFalse(c.isForwarded()),
                    () -> assertNull(c.getOutcome()),
                    () -> assertNull(c.getReferredOfficial()),
                    () -> assertNull(c.getReferredResolution()),
                    () -> assertNull(c.getId()),
                    () -> assertNull(c.getTrackingNumber(), "no tracking number before the database gives an id"),
                    () -> assertFalse(c.isOverdue(TODAY.plusYears(1)), "no deadline before triage"));
            List<Attachment> attachments = c.attachments(EnumSet.of(Visibility.PUBLIC));
            assertEquals(1, attachments.size());
            Attachment a = attachments.get(0);
            assertEquals("letter.pdf", a.getFileName());
            assertEquals("application/pdf", a.getContentType());
            assertEquals(pdf().length, a.getSize());
            assertTrue(java.util.Arrays.equals(pdf(), a.data()));
            assertSame(last(c), a.getEvent());
            assertSame(c, a.getComplaint());
            assertEquals("operator1", a.getUploadedBy());
            assertEquals(NOW, a.getUploadedAt());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n"})
        void anOfficialNameIsOptional(String official) {
            assertNull(file(TODAY, official, DESCRIPTION, null, NOW).getOfficialName());
        }

        @Test
        void theOfficialNameIsAtMost200Characters() {
            assertEquals(200, file(TODAY, repeat(200), DESCRIPTION, null, NOW).getOfficialName().length());
            assertEquals("complaint.official.tooLong", keyOf(() -> file(TODAY, repeat(201), DESCRIPTION, null, NOW)));
        }

        @Test
        void theDescriptionIs10To4000Characters() {
            assertEquals(10, file(TODAY, null, repeat(10), null, NOW).getDescription().length());
            assertEquals(4000, file(TODAY, null, repeat(4000), null, NOW).getDescription().length());
            assertEquals(10, file(TODAY, null, "   " + repeat(10) + "\n", null, NOW).getDescription().length());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"          ", "کوتاه", "123456789", "   123456789   "})
        void refusesADescriptionTooShort(String description) {
            assertEquals("complaint.description.invalid", keyOf(() -> file(TODAY, null, description, null, NOW)));
        }

        @Test
        void refusesADescriptionTooLong() {
            assertEquals("complaint.description.invalid", keyOf(() -> file(TODAY, null, repeat(4001), null, NOW)));
        }

        @Test
        void refusesADateInTheFuture() {
            assertEquals("complaint.occurredOn.future", keyOf(() -> file(TODAY.plusDays(1), null, DESCRIPTION, null, NOW)));
            assertEquals("complaint.occurredOn.future", keyOf(() -> file(TODAY.plusYears(1), null, DESCRIPTION, null, NOW)));
            assertEquals("complaint.occurredOn.required", keyOf(() -> file(null, null, DESCRIPTION, null, NOW)));
            assertEquals(TODAY, file(TODAY, null, DESCRIPTION, null, NOW).getOccurredOn());
            assertEquals(LocalDate.of(2012, 9, 17), file(LocalDate.of(2012, 9, 17), null, DESCRIPTION, null, NOW).getOccurredOn());
        }

        @Test
        void todayIsTodayInTehran() {
            // 21:00 UTC on the 20th is already 00:30 on the 21st in Tehran
            Instant lateEvening = Instant.parse("2026-04-20T21:00:00Z");
            assertEquals(LocalDate.of(2026, 4, 21), file(LocalDate.of(2026, 4, 21), null, DESCRIPTION, null, lateEvening).getOccurredOn());
            // 20:00 UTC is 23:30 on the 20th in Tehran: the 21st is still tomorrow
            Instant evening = Instant.parse("2026-04-20T20:00:00Z");
            assertEquals("complaint.occurredOn.future", keyOf(() -> file(LocalDate.of(2026, 4, 21), null, DESCRIPTION, null, evening)));
        }

        @Test
        void refusesWhatIsMissing() {
            assertEquals("complaint.office.required", keyOf(() -> Complaint.file(null, f.postBank, ComplaintKind.OTHER,
                    TODAY, null, DESCRIPTION, null, OPERATOR, NOW, "form-1")));
            assertEquals("complaint.agency.required", keyOf(() -> Complaint.file(f.office, null, ComplaintKind.OTHER,
                    TODAY, null, DESCRIPTION, null, OPERATOR, NOW, "form-1")));
            assertEquals("complaint.kind.required", keyOf(() -> Complaint.file(f.office, f.postBank, null,
                    TODAY, null, DESCRIPTION, null, OPERATOR, NOW, "form-1")));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "12345678901234567890123456789012345678901"})
        void theFormKeyIsRequired(String key) {
            assertThrows(IllegalArgumentException.class, () -> Complaint.file(f.office, f.postBank, ComplaintKind.OTHER,
                    TODAY, null, DESCRIPTION, null, OPERATOR, NOW, key));
        }

        @Test
        void atMostFiveFiles() {
            assertEquals(5, file(TODAY, null, DESCRIPTION, pdfs(5), NOW).attachments(EnumSet.of(Visibility.PUBLIC)).size());
            BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                    () -> file(TODAY, null, DESCRIPTION, pdfs(6), NOW));
            assertEquals("file.tooMany", e.getMessageKey());
            assertEquals(List.of(5), List.of(e.getArguments()));
        }
    }

    @Nested
    class Triage {

        @Test
        void linksResolutionsAndSetsPriorityAndDeadline() {
            Complaint c = f.in(Path.SUBMITTED);
            c.triage(SECRETARY, List.of(f.r11, f.r12), Priority.URGENT, TODAY.plusDays(10), EVERY_DAY, LATER);
            assertEquals(ComplaintStatus.TRIAGED, c.getStatus());
            assertEquals(List.of(f.r11, f.r12), List.copyOf(c.getResolutions()));
            assertEquals(Priority.URGENT, c.getPriority());
            assertEquals(TODAY.plusDays(10), c.getDeadline(), "a deadline given is kept");
            assertEquals(new Recorded(new TriageRecord(List.of("14/11", "14/12"), Priority.URGENT, TODAY.plusDays(10)), null),
                    recorded(last(c)));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void needsAResolution(List<Resolution> linked) {
            Complaint c = f.in(Path.SUBMITTED);
            refused("complaint.resolutions.required", c, () -> c.triage(SECRETARY, linked, Priority.HIGH, null, EVERY_DAY, LATER));
        }

        @Test
        void needsAPriority() {
            Complaint c = f.in(Path.SUBMITTED);
            refused("complaint.priority.required", c, () -> c.triage(SECRETARY, List.of(f.r11), null, null, EVERY_DAY, LATER));
        }

        @Test
        void refusesADeadlineInThePast() {
            Complaint c = f.in(Path.SUBMITTED);
            refused("complaint.deadline.past", c, () -> c.triage(SECRETARY, List.of(f.r11), Priority.HIGH, TODAY.minusDays(1), EVERY_DAY, LATER));
            Complaint triaged = f.in(Path.TRIAGED);
            refused("complaint.deadline.past", triaged,
                    () -> triaged.triage(SECRETARY, List.of(f.r1), Priority.LOW, LocalDate.of(2012, 10, 6), EVERY_DAY, LATER));
            c.triage(SECRETARY, List.of(f.r11), Priority.HIGH, TODAY, EVERY_DAY, LATER);
            assertEquals(TODAY, c.getDeadline(), "today is not past");
        }

        @Test
        void retriageReplacesTheResolutions() {
            Complaint c = f.in(Path.TRIAGED);
            c.triage(SECRETARY, List.of(f.r1, f.r9), Priority.LOW, null, EVERY_DAY, LATER);
            assertEquals(List.of(f.r1, f.r9), List.copyOf(c.getResolutions()));
            assertEquals(Priority.LOW, c.getPriority());
            assertEquals(TODAY.plusDays(30), c.getDeadline());
        }

        /** The screens re-triage with the resolutions the complaint already has, to change only its priority. */
        @Test
        void retriageWithTheComplaintsOwnResolutions() {
            Complaint c = f.in(Path.TRIAGED);
            c.triage(SECRETARY, c.getResolutions(), Priority.URGENT, null, EVERY_DAY, LATER);
            assertEquals(List.of(f.r11, f.r12), List.copyOf(c.getResolutions()));
            assertEquals(Priority.URGENT, c.getPriority());
            assertEquals(TODAY.plusDays(3), c.getDeadline());
            assertEquals(new Recorded(new TriageRecord(List.of("14/11", "14/12"), Priority.URGENT, TODAY.plusDays(3)), null),
                    recorded(last(c)));
        }

        @Test
        void theLinkedResolutionsAreReadOnly() {
            Complaint c = f.in(Path.TRIAGED);
            assertThrows(UnsupportedOperationException.class, () -> c.getResolutions().clear());
        }
    }

    @Nested
    class Deadlines {

        /** A meeting held six days ago (1405/01/25), with a resolution due within one Jalali month: 1405/02/25. */
        private final Meeting recent = Meeting.withMinutes(15, JalaliDates.of(1405, 1, 25), "10:00", "استانداری");
        private final Resolution withinAMonth = recent.addResolution(1, "…ظرف مدت یک ماه…", null, Deadline.within("P1M"));
        private final LocalDate dueInAMonth = JalaliDates.of(1405, 2, 25);

        @ParameterizedTest
        @CsvSource({"URGENT, 3", "HIGH, 7", "NORMAL, 14", "LOW, 30"})
        void thePriorityPeriods(Priority priority, int days) {
            assertEquals(Period.ofDays(days), priority.responsePeriod());
            assertEquals(TODAY.plusDays(days), Complaint.deadlineFor(TODAY, priority, List.of(), EVERY_DAY).date());
        }

        @ParameterizedTest
        @EnumSource(Priority.class)
        void theResolutionsOf1391ArePastAndDoNotCount(Priority priority) {
            // 1391/07/15, 1391/07/27 and 1391/07/10: long past
            assertEquals(Optional.of(LocalDate.of(2012, 10, 6)), f.r1.dueDate());
            assertEquals(Optional.of(LocalDate.of(2012, 10, 18)), f.r5.dueDate());
            assertEquals(Optional.of(LocalDate.of(2012, 10, 1)), f.r9.dueDate());
            LocalDate expected = TODAY.plus(priority.responsePeriod());
            assertEquals(expected, Complaint.deadlineFor(TODAY, priority, List.of(f.r1, f.r5, f.r9, f.r11), EVERY_DAY).date());
            Complaint c = f.in(Path.SUBMITTED);
            c.triage(SECRETARY, List.of(f.r1, f.r5, f.r9), priority, null, EVERY_DAY, LATER);
            assertEquals(expected, c.getDeadline());
        }

        @ParameterizedTest
        @CsvSource({"URGENT, false", "HIGH, false", "NORMAL, false", "LOW, true"})
        void aResolutionDueSoonerThanThePriorityPeriodWins(Priority priority, boolean resolutionFirst) {
            assertEquals(Optional.of(dueInAMonth), withinAMonth.dueDate());
            assertEquals(TODAY.plusDays(25), dueInAMonth);
            LocalDate expected = resolutionFirst ? dueInAMonth : TODAY.plus(priority.responsePeriod());
            Complaint c = f.in(Path.SUBMITTED);
            c.triage(SECRETARY, List.of(f.r1, withinAMonth, f.r11), priority, null, EVERY_DAY, LATER);
            assertEquals(expected, c.getDeadline());
            assertEquals(expected, Complaint.deadlineFor(TODAY, priority, List.of(f.r5, withinAMonth), EVERY_DAY).date());
        }

        @Test
        void aResolutionDueTodayHasNotPassed() {
            Resolution dueToday = recent.addResolution(2, "…", null, Deadline.on(TODAY));
            Resolution dueYesterday = recent.addResolution(3, "…", null, Deadline.on(TODAY.minusDays(1)));
            assertEquals(TODAY, Complaint.deadlineFor(TODAY, Priority.URGENT, List.of(dueYesterday, dueToday), EVERY_DAY).date());
            assertEquals(TODAY.plusDays(3), Complaint.deadlineFor(TODAY, Priority.URGENT, List.of(dueYesterday), EVERY_DAY).date());
        }

        @Test
        void aGivenDeadlineOverridesTheComputedOne() {
            Complaint c = f.in(Path.SUBMITTED);
            c.triage(SECRETARY, List.of(withinAMonth), Priority.LOW, TODAY.plusDays(60), EVERY_DAY, LATER);
            assertEquals(TODAY.plusDays(60), c.getDeadline());
        }

        @Test
        void todayIsTakenInTehran() {
            // 21:00 UTC on 2026-04-20 is 2026-04-21 in Tehran
            Complaint c = f.in(Path.SUBMITTED);
            c.triage(SECRETARY, List.of(f.r11), Priority.URGENT, null, EVERY_DAY, Instant.parse("2026-04-20T21:00:00Z"));
            assertEquals(LocalDate.of(2026, 4, 24), c.getDeadline());
        }
    }

    @Nested
    class Forward {

        @Test
        void refusedBeforeTriage() {
            for (Path p : List.of(Path.SUBMITTED, Path.INFO_REQUESTED_UNTRIAGED, Path.REJECTED_UNTRIAGED)) {
                Complaint c = f.in(p);
                Snapshot before = Snapshot.of(c);
                assertThrows(IllegalTransition.class, () -> c.forward(SECRETARY, null, LATER), p.route);
                assertEquals(before, Snapshot.of(c));
                assertNull(c.getForwardedAt());
            }
        }

        @Test
        void theFirstForwardIsRemembered() {
            Complaint c = f.in(Path.TRIAGED);
            Instant first = f.tick();
            c.forward(SECRETARY, null, first);
            assertEquals(first, c.getForwardedAt());
            assertTrue(c.isForwarded());
            assertNull(last(c).getText(), "a forward needs no note");
            c.answer(LIAISON, ComplaintFixtures.ANSWER, null, f.tick());
            c.forward(SECRETARY, "  پاسخ کافی نیست؛ دوباره پاسخ دهید.  ", LATER);
            assertEquals(ComplaintStatus.FORWARDED, c.getStatus());
            assertEquals(first, c.getForwardedAt(), "a second forward keeps the first");
            assertEquals("پاسخ کافی نیست؛ دوباره پاسخ دهید.", last(c).getText());
            assertEquals(2, all(c).stream().filter(e -> e.getAction() == ComplaintAction.FORWARD).count());
        }

        @Test
        void refusesANoteTooLong() {
            Complaint c = f.in(Path.TRIAGED);
            refused("complaint.text.tooLong", c, () -> c.forward(SECRETARY, repeat(4001), LATER));
            assertNull(c.getForwardedAt());
            c.forward(SECRETARY, repeat(4000), LATER);
            assertEquals(LATER, c.getForwardedAt());
        }
    }

    @Nested
    class Information {

        @Test
        void backToSubmittedWhenUntriaged() {
            Complaint c = f.in(Path.INFO_REQUESTED_UNTRIAGED);
            c.provideInfo(OPERATOR, ComplaintFixtures.INFO, null, LATER);
            assertEquals(ComplaintStatus.SUBMITTED, c.getStatus());
        }

        @Test
        void backToTriagedWhenTriaged() {
            Complaint c = f.in(Path.INFO_REQUESTED_TRIAGED);
            c.provideInfo(OPERATOR, ComplaintFixtures.INFO, List.of(), LATER);
            assertEquals(ComplaintStatus.TRIAGED, c.getStatus());
        }

        @Test
        void afterAnAnswerBackToTriaged() {
            Complaint c = f.in(Path.ANSWERED);
            c.requestInfo(SECRETARY, ComplaintFixtures.QUESTION, f.tick());
            assertEquals(ComplaintStatus.INFO_REQUESTED, c.getStatus());
            c.provideInfo(OPERATOR, ComplaintFixtures.INFO, pdfs(2), LATER);
            assertEquals(ComplaintStatus.TRIAGED, c.getStatus());
            assertEquals(3, c.attachments(EnumSet.of(Visibility.PUBLIC)).size());
            c.forward(SECRETARY, null, LATER);
            assertEquals(ComplaintStatus.FORWARDED, c.getStatus());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "کوتاه"})
        void aQuestionAndAnAnswerAre10To4000Characters(String text) {
            Complaint submitted = f.in(Path.SUBMITTED);
            refused("complaint.question.invalid", submitted, () -> submitted.requestInfo(SECRETARY, text, LATER));
            Complaint asked = f.in(Path.INFO_REQUESTED_UNTRIAGED);
            refused("complaint.answer.invalid", asked, () -> asked.provideInfo(OPERATOR, text, null, LATER));
            Complaint forwarded = f.in(Path.FORWARDED);
            refused("complaint.answer.invalid", forwarded, () -> forwarded.answer(LIAISON, text, null, LATER));
        }

        @Test
        void atMostFiveFilesAtATime() {
            Complaint asked = f.in(Path.INFO_REQUESTED_TRIAGED);
            refused("file.tooMany", asked, () -> asked.provideInfo(OPERATOR, ComplaintFixtures.INFO, pdfs(6), LATER));
            Complaint forwarded = f.in(Path.FORWARDED);
            refused("file.tooMany", forwarded, () -> forwarded.answer(LIAISON, ComplaintFixtures.ANSWER, pdfs(6), LATER));
            forwarded.answer(LIAISON, ComplaintFixtures.ANSWER, pdfs(5), LATER);
            assertEquals(5, forwarded.attachments(EnumSet.of(Visibility.PUBLIC)).size());
        }
    }

    @Nested
    class Reopen {

        @ParameterizedTest
        @CsvSource({"REJECTED_UNTRIAGED, SUBMITTED", "REJECTED_TRIAGED, TRIAGED", "RESOLVED, TRIAGED"})
        void backToBeforeOrAfterTriage(Path path, ComplaintStatus expected) {
            Complaint c = f.in(path);
            assertNotNull(c.getOutcome());
            c.reopen(SECRETARY, ComplaintFixtures.REOPEN_REASON, LATER);
            assertEquals(expected, c.getStatus());
            assertNull(c.getOutcome());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "کوتاه"})
        void needsAReasonAndKeepsTheOutcomeWithout(String reason) {
            Complaint c = f.in(Path.RESOLVED);
            refused("complaint.reason.invalid", c, () -> c.reopen(SECRETARY, reason, LATER));
            assertEquals(ComplaintFixtures.OUTCOME, c.getOutcome());
        }
    }

    @Nested
    class Referral {

        @Test
        void underASanctionResolution() {
            Complaint c = f.in(Path.ANSWERED);
            assertTrue(f.r4.isReferralToViolationsBoard());
            c.refer(SECRETARY, "  " + OFFICIAL + "  ", f.r4, null, LATER);
            assertEquals(ComplaintStatus.REFERRED, c.getStatus());
            assertEquals(OFFICIAL, c.getReferredOfficial());
            assertSame(f.r4, c.getReferredResolution());
            assertEquals(new Recorded(new ReferralRecord(OFFICIAL, "14/4"), null), recorded(last(c)));
        }

        @Test
        void aResolutionBecomesASanctionWhenItsKindIsAdded() {
            Resolution r = f.meeting14.addResolution(20, "…", null, null);
            Complaint c = f.in(Path.TRIAGED);
            refused("complaint.referral.resolution", c, () -> c.refer(SECRETARY, OFFICIAL, r, null, LATER));
            r.addKind(ResolutionKind.SANCTION);
            assertTrue(r.isReferralToViolationsBoard());
            c.refer(SECRETARY, OFFICIAL, r, null, LATER);
            assertEquals(ComplaintStatus.REFERRED, c.getStatus());
        }

        @Test
        void refusedUnderAResolutionWithoutTheSanction() {
            Complaint c = f.in(Path.FORWARDED);
            assertFalse(f.r11.isReferralToViolationsBoard());
            refused("complaint.referral.resolution", c, () -> c.refer(SECRETARY, OFFICIAL, f.r11, null, LATER));
            refused("complaint.referral.resolution", c, () -> c.refer(SECRETARY, OFFICIAL, f.r1, null, LATER));
            refused("complaint.referral.resolution", c, () -> c.refer(SECRETARY, OFFICIAL, null, null, LATER));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\t"})
        void needsTheOfficialsName(String official) {
            Complaint c = f.in(Path.ANSWERED);
            refused("complaint.referral.official", c, () -> c.refer(SECRETARY, official, f.r12, null, LATER));
        }

        @Test
        void theOfficialsNameIsAtMost200Characters() {
            Complaint c = f.in(Path.ANSWERED);
            refused("complaint.official.tooLong", c, () -> c.refer(SECRETARY, repeat(201), f.r12, null, LATER));
            c.refer(SECRETARY, repeat(200), f.r12, null, LATER);
            assertEquals(repeat(200), c.getReferredOfficial());
        }

        @Test
        void refusesANoteTooLongAndChangesNothing() {
            Complaint c = f.in(Path.ANSWERED);
            refused("complaint.text.tooLong", c, () -> c.refer(SECRETARY, OFFICIAL, f.r12, repeat(4000), LATER));
            assertNull(c.getReferredOfficial());
            assertNull(c.getReferredResolution());
            // the longest note with the longest name still fits one timeline entry
            c.refer(SECRETARY, repeat(200), f.r12, repeat(4000 - 200 - 20), LATER);
            assertTrue(last(c).getText().length() <= Complaint.TEXT_MAX);
        }
    }

    @Nested
    class Duplicates {

        @Test
        void closesWithALinkToTheComplaintItRepeats() {
            Complaint c = f.in(Path.TRIAGED);
            c.markDuplicate(SECRETARY, f.original(), null, LATER);
            assertEquals(ComplaintStatus.REJECTED, c.getStatus());
            assertSame(f.original(), c.getDuplicateOf());
            assertNull(c.getOutcome(), "a note is optional");
            assertEquals(new ComplaintFixtures.Recorded(new DuplicateRecord(900, "1405-900"), null), recorded(last(c)));
            // reopened: no longer a duplicate
            c.reopen(SECRETARY, "این شکایت موضوع دیگری دارد.", LATER.plusSeconds(60));
            assertNull(c.getDuplicateOf());
            assertEquals(ComplaintStatus.TRIAGED, c.getStatus());
        }

        @Test
        void onlyOfAnotherComplaintAgainstTheSameAgencyThatIsNoDuplicateItself() {
            Complaint c = f.in(Path.SUBMITTED);
            refused("complaint.duplicate.original", c, () -> c.markDuplicate(SECRETARY, null, null, LATER));
            refused("complaint.duplicate.original", c, () -> c.markDuplicate(SECRETARY, c, null, LATER));
            Complaint unsaved = f.filed();
            refused("complaint.duplicate.original", c, () -> c.markDuplicate(SECRETARY, unsaved, null, LATER));
            Agency other = new Agency("telecom", "مخابرات", "Telecom", AgencyKind.TELECOM, null);
            Complaint elsewhere = Complaint.file(f.office, other, ComplaintKind.OTHER, TODAY.minusDays(1), null,
                    DESCRIPTION, List.of(), OPERATOR, NOW, "form-9");
            ComplaintFixtures.withId(elsewhere, 901L);
            refused("complaint.duplicate.original", c, () -> c.markDuplicate(SECRETARY, elsewhere, null, LATER));
            Complaint second = f.in(Path.SUBMITTED);
            ComplaintFixtures.withId(second, 902L);
            second.markDuplicate(SECRETARY, f.original(), null, LATER);
            refused("complaint.duplicate.original", c, () -> c.markDuplicate(SECRETARY, second, null, LATER));
        }
    }

    @Nested
    class Closing {

        @ParameterizedTest
        @MethodSource("ir.pishkhan.portal.domain.complaint.ComplaintRulesTest#badTexts")
        void resolveNeeds10To4000Characters(String text) {
            Complaint c = f.in(Path.ANSWERED);
            refused("complaint.outcome.invalid", c, () -> c.resolve(SECRETARY, text, LATER));
        }

        @ParameterizedTest
        @MethodSource("ir.pishkhan.portal.domain.complaint.ComplaintRulesTest#badTexts")
        void rejectNeeds10To4000Characters(String text) {
            Complaint c = f.in(Path.SUBMITTED);
            refused("complaint.reason.invalid", c, () -> c.reject(SECRETARY, text, LATER));
        }

        @Test
        void theBadTextsCarryTheLimits() {
            Complaint c = f.in(Path.ANSWERED);
            BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                    () -> c.resolve(SECRETARY, "کوتاه", LATER));
            assertEquals(List.of(10, 4000), List.of(e.getArguments()));
        }

        @ParameterizedTest
        @ValueSource(ints = {10, 4000})
        void theLimitsThemselvesAreAccepted(int length) {
            Complaint resolved = f.in(Path.ANSWERED);
            resolved.resolve(SECRETARY, "  " + repeat(length) + "\n", LATER);
            assertEquals(repeat(length), resolved.getOutcome());
            Complaint rejected = f.in(Path.SUBMITTED);
            rejected.reject(SECRETARY, repeat(length), LATER);
            assertEquals(repeat(length), rejected.getOutcome());
        }

        @Test
        void withdrawNeedsNoReason() {
            Complaint c = f.in(Path.REFERRED);
            c.withdraw(OPERATOR, "   ", LATER);
            assertEquals(ComplaintStatus.WITHDRAWN, c.getStatus());
            assertNull(last(c).getText());
            Complaint d = f.in(Path.SUBMITTED);
            refused("complaint.text.tooLong", d, () -> d.withdraw(OPERATOR, repeat(4001), LATER));
        }
    }

    @Nested
    class Notes {

        @ParameterizedTest
        @EnumSource(Path.class)
        void notesChangeNoState(Path path) {
            Complaint c = f.in(path);
            ComplaintStatus status = c.getStatus();
            int events = all(c).size();
            if (ComplaintAction.REPLY.allowedFrom(status)) {
                c.reply(SECRETARY, ComplaintFixtures.REPLY, LATER);
                assertNote(c, status, ComplaintAction.REPLY, Visibility.PUBLIC);
            }
            c.internalNote(SECRETARY, ComplaintFixtures.INTERNAL, LATER);
            assertNote(c, status, ComplaintAction.INTERNAL_NOTE, Visibility.SECRETARIAT);
            c.guildNote(GUILD, ComplaintFixtures.GUILD_NOTE, LATER);
            assertNote(c, status, ComplaintAction.GUILD_NOTE, Visibility.STAFF);
            assertEquals(events + (ComplaintAction.REPLY.allowedFrom(status) ? 3 : 2), all(c).size());
        }

        private void assertNote(Complaint c, ComplaintStatus status, ComplaintAction action, Visibility visibility) {
            ComplaintEvent e = last(c);
            assertEquals(status, c.getStatus());
            assertSame(action, e.getAction());
            assertSame(status, e.getFromStatus());
            assertSame(status, e.getToStatus());
            assertFalse(e.isStateChange());
            assertSame(visibility, e.getVisibility());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "کوتاه"})
        void aNoteIs10To4000Characters(String text) {
            Complaint c = f.in(Path.TRIAGED);
            refused("complaint.note.invalid", c, () -> c.reply(SECRETARY, text, LATER));
            refused("complaint.note.invalid", c, () -> c.internalNote(SECRETARY, text, LATER));
            refused("complaint.note.invalid", c, () -> c.guildNote(GUILD, text, LATER));
            refused("complaint.note.invalid", c, () -> c.guildNote(GUILD, repeat(4001), LATER));
        }
    }

    @Nested
    class Timeline {

        private Complaint withEveryKindOfEntry() {
            Complaint c = f.in(Path.FORWARDED);
            c.internalNote(SECRETARY, ComplaintFixtures.INTERNAL, f.tick());
            c.guildNote(GUILD, ComplaintFixtures.GUILD_NOTE, f.tick());
            c.reply(SECRETARY, ComplaintFixtures.REPLY, f.tick());
            return c;
        }

        @Test
        void eachViewerSeesItsPart() {
            Complaint c = withEveryKindOfEntry();
            assertEquals(List.of(ComplaintAction.FILE, ComplaintAction.TRIAGE, ComplaintAction.FORWARD,
                    ComplaintAction.INTERNAL_NOTE, ComplaintAction.GUILD_NOTE, ComplaintAction.REPLY), actions(c, Role.SECRETARIAT));
            assertEquals(List.of(ComplaintAction.FILE, ComplaintAction.TRIAGE, ComplaintAction.FORWARD,
                    ComplaintAction.GUILD_NOTE, ComplaintAction.REPLY), actions(c, Role.GUILD));
            List<ComplaintAction> publicPart = List.of(ComplaintAction.FILE, ComplaintAction.TRIAGE,
                    ComplaintAction.FORWARD, ComplaintAction.REPLY);
            assertEquals(publicPart, actions(c, Role.OFFICE_OPERATOR));
            assertEquals(publicPart, actions(c, Role.AGENCY_LIAISON));
            assertEquals(List.of(), actions(c, Role.ADMIN));
            assertEquals(List.of(ComplaintAction.INTERNAL_NOTE), c.timeline(EnumSet.of(Visibility.SECRETARIAT))
                    .stream().map(ComplaintEvent::getAction).toList());
        }

        @Test
        void oldestFirstWhateverTheOrderOfWriting() {
            Complaint c = f.in(Path.SUBMITTED);
            c.internalNote(SECRETARY, ComplaintFixtures.INTERNAL, NOW.plusSeconds(3600));
            c.reply(SECRETARY, ComplaintFixtures.REPLY, NOW.plusSeconds(1800));
            List<Instant> at = all(c).stream().map(ComplaintEvent::getAt).toList();
            List<Instant> sorted = new ArrayList<>(at);
            Collections.sort(sorted);
            assertEquals(sorted, at);
        }

        @Test
        void theTimelineIsACopy() {
            Complaint c = f.in(Path.SUBMITTED);
            assertThrows(UnsupportedOperationException.class, () -> all(c).clear());
        }

        @Test
        void attachmentsFollowTheVisibilityOfTheirEntry() {
            Complaint c = f.in(Path.ANSWERED);
            assertEquals(1, c.attachments(ComplaintAccess.visibleTo(Role.OFFICE_OPERATOR)).size());
            assertEquals(1, c.attachments(ComplaintAccess.visibleTo(Role.AGENCY_LIAISON)).size());
            assertEquals(0, c.attachments(ComplaintAccess.visibleTo(Role.ADMIN)).size());
        }

        private List<ComplaintAction> actions(Complaint c, Role role) {
            return c.timeline(ComplaintAccess.visibleTo(role)).stream().map(ComplaintEvent::getAction).toList();
        }
    }

    @Test
    void whatEachRoleSees() {
        assertEquals(EnumSet.allOf(Visibility.class), ComplaintAccess.visibleTo(Role.SECRETARIAT));
        assertEquals(EnumSet.of(Visibility.PUBLIC, Visibility.STAFF), ComplaintAccess.visibleTo(Role.GUILD));
        assertEquals(EnumSet.of(Visibility.PUBLIC), ComplaintAccess.visibleTo(Role.OFFICE_OPERATOR));
        assertEquals(EnumSet.of(Visibility.PUBLIC), ComplaintAccess.visibleTo(Role.AGENCY_LIAISON));
        assertEquals(Set.of(), ComplaintAccess.visibleTo(Role.ADMIN));
    }

    @Nested
    class Overdue {

        @Test
        void openAndPastItsDeadline() {
            Complaint c = f.in(Path.FORWARDED);
            LocalDate deadline = c.getDeadline();
            assertEquals(TODAY.plusDays(14), deadline);
            assertFalse(c.isOverdue(TODAY));
            assertFalse(c.isOverdue(deadline), "due today is not yet overdue");
            assertTrue(c.isOverdue(deadline.plusDays(1)));
        }

        @ParameterizedTest
        @EnumSource(value = Path.class, names = {"INFO_REQUESTED_TRIAGED", "TRIAGED", "FORWARDED", "ANSWERED", "REFERRED"})
        void everyOpenTriagedComplaintCanBeOverdue(Path path) {
            assertTrue(f.in(path).isOverdue(TODAY.plusYears(1)));
        }

        @ParameterizedTest
        @EnumSource(value = Path.class, names = {"RESOLVED", "REJECTED_TRIAGED", "WITHDRAWN", "SUBMITTED", "INFO_REQUESTED_UNTRIAGED", "REJECTED_UNTRIAGED"})
        void closedOrUntriagedIsNeverOverdue(Path path) {
            Complaint c = f.in(path);
            assertFalse(c.isOverdue(TODAY.plusYears(1)));
        }
    }

    @Nested
    class TrackingNumbers {

        @ParameterizedTest
        @CsvSource({"1405-123, 123", "۱۴۰۵-۱۲۳, 123", "١٤٠٥-١٢٣, 123", "' 1405-7 ', 7", "1404-999999999999, 999999999999"})
        void theIdOfATrackingNumber(String text, long id) {
            assertEquals(Optional.of(id), Complaint.trackingNumber(text).map(TrackingNumber::id));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"abc", "1405", "1405-", "-123", "123", "1405-12a", "1405_123", "1405--123", "05-123",
                "14050-123", "1405-1234567890123", "1405 123", "1405–123", "<script>", "1405-123; drop table"})
        void garbageIsNoTrackingNumber(String text) {
            assertEquals(Optional.empty(), Complaint.trackingNumber(text).map(TrackingNumber::id));
        }
    }

    @Test
    void anAdministratorTakesNoAction() {
        Complaint c = f.in(Path.SUBMITTED);
        assertThrows(BusinessException.AccessDenied.class, () -> c.internalNote(ADMIN, ComplaintFixtures.INTERNAL, LATER));
    }
}
