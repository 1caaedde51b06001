package ir.pishkhan.portal.domain.linerequest;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.recorded;

import ir.pishkhan.portal.domain.workflow.TrackingNumber;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Path;
import ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.Snapshot;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.ADDRESS;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.GUILD;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.LATER;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.LIAISON;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.NOTE;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.NOW;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.OPERATOR;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.REFUSAL;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.SECRETARY;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.TODAY;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.all;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.last;
import static ir.pishkhan.portal.domain.linerequest.LineRequestFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of each action beyond the state machine: what input it needs, and what it refuses. */
class LineRequestRulesTest {

    private final LineRequestFixtures f = new LineRequestFixtures();

    /** Refused as invalid input with this key, and nothing about the request changed. */
    private static void refused(String key, LineRequest r, Executable action) {
        Snapshot before = Snapshot.of(r);
        BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class, action);
        assertEquals(key, e.getMessageKey());
        assertEquals(before, Snapshot.of(r), "a refused action changes nothing");
    }

    private static String keyOf(Executable action) {
        return assertThrows(BusinessException.InvalidInput.class, action).getMessageKey();
    }

    private LineRequest file(int quantity, String address, String note) {
        return LineRequest.file(f.office, f.telecom, LineKind.FIXED_LINE, quantity, address, note, f.deadlines, EVERY_DAY,
                OPERATOR, NOW, "form-1");
    }

    /** Texts that say too little (under 10 characters once trimmed) or are missing. */
    static Stream<Arguments> tooShortTexts() {
        return Stream.of(null, "", "    ", "\n\n\n\n\n\n\n\n\n\n\n", "کوتاه", "123456789", "  123456789  ")
                .map(Arguments::of);
    }

    @Nested
    class Filing {

        @Test
        void whatAFiledRequestHolds() {
            LineRequest r = LineRequest.file(f.office, f.telecom, LineKind.DATA_LINE, 3, "  " + ADDRESS + "\n",
                    " " + NOTE + " ", f.deadlines, EVERY_DAY, OPERATOR, NOW, "form-1");
            assertAll(
                    () -> assertSame(f.office, r.getOffice()),
                    () -> assertSame(f.telecom, r.getProvider()),
                    () -> assertEquals(LineKind.DATA_LINE, r.getKind()),
                    () -> assertEquals(3, r.getQuantity()),
                    () -> assertEquals(ADDRESS, r.getAddress()),
                    () -> assertEquals(NOTE, r.getNote()),
                    () -> assertEquals(LineRequestStatus.REQUESTED, r.getStatus()),
                    () -> assertEquals("operator1", r.getFiledBy()),
                    () -> assertEquals(NOW, r.getFiledAt()),
                    () -> assertEquals(NOW, r.getUpdatedAt()),
                    () -> assertEquals("form-1", r.getSubmissionKey()),
                    () -> assertNull(r.getSentAt()),
                    () -> assertFalse(r.isSent()),
                    () -> assertNull(r.getDeadline(), "filed today: the deadline runs from the day it is sent"),
                    () -> assertEquals(Optional.empty(), r.getDeadlineResolution()),
                    () -> assertNull(r.getScheduledFor()),
                    () -> assertNull(r.getInstalledAt()),
                    () -> assertNull(r.getConfirmedAt()),
                    () -> assertNull(r.getDisputeReason()),
                    () -> assertNull(r.getRefusalReason()),
                    () -> assertNull(r.getRefusalText()),
                    () -> assertNull(r.getComplaint()),
                    () -> assertFalse(r.isComplaintPending()),
                    () -> assertNull(r.getId()),
                    () -> assertNull(r.getTrackingNumber()),
                    () -> assertEquals(0, r.getVersion()));
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 10, 19, 20})
        void aQuantityOfOneToTwenty(int quantity) {
            assertEquals(quantity, file(quantity, ADDRESS, null).getQuantity());
        }

        @ParameterizedTest
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 21, 100, Integer.MAX_VALUE})
        void anyOtherQuantityIsRefused(int quantity) {
            BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                    () -> file(quantity, ADDRESS, null));
            assertEquals("lineRequest.quantity.invalid", e.getMessageKey());
            assertEquals(List.of(1, 20), List.of(e.getArguments()));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\t "})
        void theAddressIsRequired(String address) {
            assertEquals("lineRequest.address.invalid", keyOf(() -> file(1, address, null)));
        }

        @Test
        void theAddressIsAtMost500Characters() {
            assertEquals(500, file(1, "ن".repeat(500), null).getAddress().length());
            assertEquals(500, file(1, "  " + "ن".repeat(500) + "  ", null).getAddress().length(), "trimmed first");
            BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                    () -> file(1, "ن".repeat(501), null));
            assertEquals("lineRequest.address.invalid", e.getMessageKey());
            assertEquals(List.of(500), List.of(e.getArguments()));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n"})
        void theNoteIsOptional(String note) {
            assertNull(file(1, ADDRESS, note).getNote());
        }

        @Test
        void theNoteIsAtMost2000Characters() {
            assertEquals(2000, file(1, ADDRESS, "ی".repeat(2000)).getNote().length());
            BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                    () -> file(1, ADDRESS, "ی".repeat(2001)));
            assertEquals("lineRequest.note.invalid", e.getMessageKey());
            assertEquals(List.of(2000), List.of(e.getArguments()));
        }

        @ParameterizedTest
        @EnumSource(AgencyKind.class)
        void theProviderIsTheTelecomCompanyOrAnIctAgency(AgencyKind kind) {
            Agency provider = new Agency("agency-" + kind, "دستگاه", "Agency", kind, null);
            if (kind == AgencyKind.TELECOM || kind == AgencyKind.ICT) {
                LineRequest r = LineRequest.file(f.office, provider, LineKind.INTERNET, 1, ADDRESS, null, f.deadlines, EVERY_DAY,
                        OPERATOR, NOW, "form-1");
                assertSame(provider, r.getProvider());
            } else {
                assertEquals("lineRequest.provider.invalid", keyOf(() -> LineRequest.file(f.office, provider,
                        LineKind.INTERNET, 1, ADDRESS, null, f.deadlines, EVERY_DAY, OPERATOR, NOW, "form-1")));
            }
        }

        @Test
        void theOfficeTheProviderAndTheKindAreRequired() {
            assertEquals("lineRequest.office.invalid", keyOf(() -> LineRequest.file(null, f.telecom,
                    LineKind.INTERNET, 1, ADDRESS, null, f.deadlines, EVERY_DAY, OPERATOR, NOW, "form-1")));
            assertEquals("lineRequest.provider.invalid", keyOf(() -> LineRequest.file(f.office, null,
                    LineKind.INTERNET, 1, ADDRESS, null, f.deadlines, EVERY_DAY, OPERATOR, NOW, "form-1")));
            assertEquals("lineRequest.provider.invalid", keyOf(() -> LineRequest.file(f.office, f.postBank,
                    LineKind.INTERNET, 1, ADDRESS, null, f.deadlines, EVERY_DAY, OPERATOR, NOW, "form-1")));
            assertEquals("lineRequest.kind.invalid", keyOf(() -> LineRequest.file(f.office, f.telecom,
                    null, 1, ADDRESS, null, f.deadlines, EVERY_DAY, OPERATOR, NOW, "form-1")));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "12345678901234567890123456789012345678901"})
        void aSubmissionKeyIsRequired(String key) {
            assertThrows(IllegalArgumentException.class, () -> LineRequest.file(f.office, f.telecom,
                    LineKind.INTERNET, 1, ADDRESS, null, f.deadlines, EVERY_DAY, OPERATOR, NOW, key));
        }

        @Test
        void theDeadlineRulesAreRequired() {
            assertThrows(IllegalArgumentException.class, () -> LineRequest.file(f.office, f.telecom,
                    LineKind.INTERNET, 1, ADDRESS, null, null, EVERY_DAY, OPERATOR, NOW, "form-1"));
        }

        @Test
        void theSearchKeyIsTheNormalizedAddressAndNote() {
            LineRequest r = file(1, "خيابان امام، پلاك ۱۲", "دو خط\u200Cتلفن");
            assertEquals("خیابان امام، پلاک 12 دو خطتلفن", r.getSearchKey());
        }
    }

    @Nested
    class Sending {

        @Test
        void theOfficeSendsWithOrWithoutAComment() {
            LineRequest r = f.filed();
            r.send(OPERATOR, "   ", EVERY_DAY, LATER);
            assertNull(last(r).getText());
            assertEquals(LATER, r.getSentAt());
            assertTrue(r.isSent());
        }

        @Test
        void theSecretariatSendsOnTheOfficesBehalf() {
            LineRequest r = f.filed();
            r.forward(SECRETARY, null, EVERY_DAY, LATER);
            assertEquals(LineRequestStatus.SENT, r.getStatus());
            assertEquals(LATER, r.getSentAt());
            assertEquals(SECRETARY.username(), last(r).getActor());
            assertEquals("operator1", r.getFiledBy(), "still the office's request");
        }

        @Test
        void aCommentIsAtMost2000Characters() {
            LineRequest r = f.filed();
            refused("lineRequest.comment.invalid", r, () -> r.send(OPERATOR, "ی".repeat(2001), EVERY_DAY, LATER));
            refused("lineRequest.comment.invalid", r, () -> r.forward(SECRETARY, "ی".repeat(2001), EVERY_DAY, LATER));
            refused("lineRequest.comment.invalid", r, () -> r.cancel(OPERATOR, "ی".repeat(2001), LATER));
            r.send(OPERATOR, "ی".repeat(2000), EVERY_DAY, LATER);
            assertEquals(2000, last(r).getText().length());
        }

        @Test
        void cancellingNeedsNoReason() {
            LineRequest r = f.filed();
            r.cancel(OPERATOR, null, LATER);
            assertEquals(LineRequestStatus.CANCELLED, r.getStatus());
            assertNull(last(r).getText());
            assertNull(r.getSentAt());
        }
    }

    @Nested
    class Scheduling {

        @Test
        void todayOrLater() {
            LineRequest r = f.in(Path.SENT_BY_OFFICE);
            r.schedule(LIAISON, TODAY, null, LATER);
            assertEquals(TODAY, r.getScheduledFor());
            assertEquals(recorded(new ScheduleRecord(TODAY), null), recorded(last(r)));
            r.schedule(LIAISON, TODAY.plusYears(1), null, LATER);
            assertEquals(TODAY.plusYears(1), r.getScheduledFor());
        }

        @Test
        void notInThePastNorWithoutADate() {
            LineRequest r = f.in(Path.SENT_BY_OFFICE);
            refused("lineRequest.scheduledFor.invalid", r, () -> r.schedule(LIAISON, TODAY.minusDays(1), null, LATER));
            refused("lineRequest.scheduledFor.invalid", r, () -> r.schedule(LIAISON, null, null, LATER));
            refused("lineRequest.comment.invalid", r, () -> r.schedule(LIAISON, TODAY, "ی".repeat(2001), LATER));
        }

        @Test
        void todayIsTehransToday() {
            // 00:30 on 2026-04-21 in Tehran is still 2026-04-20 in UTC
            Instant justAfterMidnight = Instant.parse("2026-04-20T21:00:00Z");
            LocalDate tehranToday = LocalDate.of(2026, 4, 21);
            LineRequest r = f.in(Path.SENT_BY_OFFICE);
            refused("lineRequest.scheduledFor.invalid", r, () -> r.schedule(LIAISON, LocalDate.of(2026, 4, 20), null,
                    justAfterMidnight));
            r.schedule(LIAISON, tehranToday, null, justAfterMidnight);
            assertEquals(tehranToday, r.getScheduledFor());
        }

        @Test
        void aMovedDateIsOnTheTimelineAndIsNoStateChange() {
            LineRequest r = f.in(Path.SCHEDULED);
            r.schedule(LIAISON, TODAY.plusDays(9), "کارشناس در دسترس نبود.", LATER);
            LineRequestEvent e = last(r);
            assertEquals(LineRequestStatus.SCHEDULED, e.getFromStatus());
            assertEquals(LineRequestStatus.SCHEDULED, e.getToStatus());
            assertFalse(e.isStateChange());
            assertEquals(recorded(new ScheduleRecord(TODAY.plusDays(9)), "کارشناس در دسترس نبود."), recorded(e));
        }
    }

    @Nested
    class Disputes {

        @ParameterizedTest
        @EnumSource(DisputeReason.class)
        void eitherReasonWithAText(DisputeReason reason) {
            LineRequest r = f.in(Path.INSTALLED);
            r.dispute(OPERATOR, reason, "  " + LineRequestFixtures.DISPUTE_TEXT + " ", LATER);
            assertEquals(reason, r.getDisputeReason());
            assertEquals(recorded(new DisputeRecord(reason), LineRequestFixtures.DISPUTE_TEXT), recorded(last(r)));
        }

        @Test
        void aReasonIsRequired() {
            LineRequest r = f.in(Path.INSTALLED);
            refused("lineRequest.disputeReason.invalid", r,
                    () -> r.dispute(OPERATOR, null, LineRequestFixtures.DISPUTE_TEXT, LATER));
        }

        @ParameterizedTest
        @MethodSource("ir.pishkhan.portal.domain.linerequest.LineRequestRulesTest#tooShortTexts")
        void aTextIsRequired(String text) {
            LineRequest r = f.in(Path.INSTALLED);
            refused("lineRequest.disputeText.invalid", r, () -> r.dispute(OPERATOR, DisputeReason.NOT_WORKING, text, LATER));
        }

        @Test
        void theTextIsAtMost2000Characters() {
            LineRequest r = f.in(Path.INSTALLED);
            BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                    () -> r.dispute(OPERATOR, DisputeReason.NOT_WORKING, "ی".repeat(2001), LATER));
            assertEquals("lineRequest.disputeText.invalid", e.getMessageKey());
            assertEquals(List.of(10, 2000), List.of(e.getArguments()));
            r.dispute(OPERATOR, DisputeReason.NOT_WORKING, "ی".repeat(2000), LATER);
        }

        @Test
        void theProviderInstallsAgainAndTheOfficeConfirms() {
            LineRequest r = f.in(Path.DISPUTED);
            r.install(LIAISON, null, f.tick());
            r.confirm(OPERATOR, null, LATER);
            assertEquals(LineRequestStatus.CONFIRMED, r.getStatus());
            assertEquals(LATER, r.getConfirmedAt());
            assertEquals(DisputeReason.NOT_INSTALLED, r.getDisputeReason(), "the last dispute stays on record");
        }
    }

    @Nested
    class Refusals {

        @Test
        void aReasonIsRequired() {
            LineRequest r = f.in(Path.SENT_BY_OFFICE);
            refused("lineRequest.refusalReason.invalid", r, () -> r.refuse(LIAISON, null, REFUSAL, LATER));
        }

        @ParameterizedTest
        @MethodSource("ir.pishkhan.portal.domain.linerequest.LineRequestRulesTest#tooShortTexts")
        void aTextIsRequired(String text) {
            LineRequest r = f.in(Path.SENT_BY_OFFICE);
            refused("lineRequest.refusalText.invalid", r, () -> r.refuse(LIAISON, RefusalReason.NO_CAPACITY, text, LATER));
            refused("lineRequest.refusalText.invalid", r, () -> r.refuse(LIAISON, RefusalReason.NOT_NEEDED, text, LATER));
        }

        @Test
        void theTextIsAtMost1000Characters() {
            LineRequest r = f.in(Path.SENT_BY_OFFICE);
            BusinessException.InvalidInput e = assertThrows(BusinessException.InvalidInput.class,
                    () -> r.refuse(LIAISON, RefusalReason.OTHER, "ی".repeat(1001), LATER));
            assertEquals("lineRequest.refusalText.invalid", e.getMessageKey());
            assertEquals(List.of(10, 1000), List.of(e.getArguments()));
            assertEquals(LineRequestStatus.SENT, r.getStatus());
            r.refuse(LIAISON, RefusalReason.OTHER, "  " + "ی".repeat(1000) + "  ", LATER);
            assertEquals(1000, r.getRefusalText().length());
        }

        @Test
        void onlyNotNeededIsForbiddenByResolution13() {
            for (RefusalReason reason : RefusalReason.values()) {
                assertEquals(reason == RefusalReason.NOT_NEEDED, reason.isForbiddenByResolution13(), reason.name());
            }
        }
    }

    @Nested
    class Notes {

        @ParameterizedTest
        @EnumSource(Path.class)
        void theGuildAndTheSecretariatFollowUpInEveryState(Path path) {
            LineRequest r = f.in(path);
            LineRequestStatus status = r.getStatus();
            r.guildNote(GUILD, LineRequestFixtures.GUILD_NOTE, f.tick());
            r.secretariatNote(SECRETARY, LineRequestFixtures.SECRETARIAT_NOTE, LATER);
            assertEquals(status, r.getStatus());
            List<LineRequestEvent> events = all(r);
            LineRequestEvent guild = events.get(events.size() - 2);
            LineRequestEvent secretariat = events.get(events.size() - 1);
            assertEquals(Role.GUILD, guild.getActorRole());
            assertEquals(Role.SECRETARIAT, secretariat.getActorRole());
            for (LineRequestEvent e : List.of(guild, secretariat)) {
                assertSame(Visibility.STAFF, e.getVisibility());
                assertFalse(e.isStateChange());
            }
        }

        @ParameterizedTest
        @MethodSource("ir.pishkhan.portal.domain.linerequest.LineRequestRulesTest#tooShortTexts")
        void aNoteSaysSomething(String text) {
            LineRequest r = f.in(Path.SENT_BY_OFFICE);
            refused("lineRequest.followUp.invalid", r, () -> r.guildNote(GUILD, text, LATER));
            refused("lineRequest.followUp.invalid", r, () -> r.secretariatNote(SECRETARY, text, LATER));
        }

        @Test
        void aNoteIsAtMost2000Characters() {
            LineRequest r = f.in(Path.SENT_BY_OFFICE);
            refused("lineRequest.followUp.invalid", r, () -> r.guildNote(GUILD, "ی".repeat(2001), LATER));
            r.guildNote(GUILD, "ی".repeat(2000), LATER);
        }

        @Test
        void theOfficeAndTheProviderDoNotSeeTheNotes() {
            LineRequest r = f.in(Path.SCHEDULED);
            r.guildNote(GUILD, LineRequestFixtures.GUILD_NOTE, LATER);
            r.secretariatNote(SECRETARY, LineRequestFixtures.SECRETARIAT_NOTE, LATER);
            int everything = all(r).size();
            assertEquals(everything, r.timeline(LineRequestAccess.visibleTo(Role.SECRETARIAT)).size());
            assertEquals(everything, r.timeline(LineRequestAccess.visibleTo(Role.GUILD)).size());
            assertEquals(everything - 2, r.timeline(LineRequestAccess.visibleTo(Role.OFFICE_OPERATOR)).size());
            assertEquals(everything - 2, r.timeline(LineRequestAccess.visibleTo(Role.AGENCY_LIAISON)).size());
            assertEquals(0, r.timeline(LineRequestAccess.visibleTo(Role.ADMIN)).size());
        }
    }

    @Nested
    class Reading {

        @Test
        void theTimelineIsInTimeOrder() {
            LineRequest r = f.in(Path.CONFIRMED);
            List<LineRequestEvent> events = all(r);
            for (int i = 1; i < events.size(); i++) {
                assertFalse(events.get(i).getAt().isBefore(events.get(i - 1).getAt()));
            }
            assertThrows(UnsupportedOperationException.class, () -> r.timeline(EnumSet.allOf(Visibility.class)).clear());
        }

        @Test
        void theTrackingNumberIsTheJalaliYearAndTheId() {
            LineRequest r = withId(f.filed(), 123L);
            assertEquals("L1405-123", r.getTrackingNumber());
            LineRequest old = withId(f.file(LineKind.FIXED_LINE, f.telecom,
                    JalaliDates.of(1391, 7, 1).atStartOfDay(JalaliDates.ZONE).toInstant()), 7L);
            assertEquals("L1391-7", old.getTrackingNumber());
        }

        @Test
        void aTrackingNumberIsRead() {
            assertEquals(Optional.of(123L), LineRequest.trackingNumber("L1405-123").map(TrackingNumber::id));
            assertEquals(Optional.of(123L), LineRequest.trackingNumber(" l۱۴۰۵-۱۲۳ ").map(TrackingNumber::id));
            assertEquals(Optional.empty(), LineRequest.trackingNumber("1405-123").map(TrackingNumber::id), "a complaint's number");
            assertEquals(Optional.empty(), LineRequest.trackingNumber("L1405").map(TrackingNumber::id));
            assertEquals(Optional.empty(), LineRequest.trackingNumber(null).map(TrackingNumber::id));
        }

        @Test
        void theLinesOfResolution1() {
            // (every kind's name is in the message bundles: MessageBundlesTest)
            assertEquals(EnumSet.of(LineKind.FIXED_LINE, LineKind.DATA_LINE),
                    EnumSet.copyOf(Stream.of(LineKind.values()).filter(LineKind::isLine).toList()));
        }
    }
}
