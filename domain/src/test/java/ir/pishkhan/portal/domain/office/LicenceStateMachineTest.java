package ir.pishkhan.portal.domain.office;

import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.IllegalTransition;
import ir.pishkhan.portal.domain.workflow.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
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

import static ir.pishkhan.portal.domain.office.LicenceStatus.ACTIVE;
import static ir.pishkhan.portal.domain.office.LicenceStatus.ASSIGNED;
import static ir.pishkhan.portal.domain.office.LicenceStatus.CONVERSION_ORDERED;
import static ir.pishkhan.portal.domain.office.LicenceStatus.CONVERTED;
import static ir.pishkhan.portal.domain.office.LicenceStatus.REVOKED;
import static ir.pishkhan.portal.domain.office.LicenceStatus.SUSPENDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The licence table, exhaustively: every change, in every state (reached through the aggregate's public methods), by
 * every role, is either made as specified or refused — access denied for another role, an illegal transition for a
 * state it would skip from — changing neither the licence nor its office. Then the rules a table cannot say.
 */
class LicenceStateMachineTest {

    static final Instant NOW = Instant.parse("2026-12-01T06:30:00Z");
    static final LocalDate DAY = JalaliDates.of(1405, 9, 1);

    static final Map<Role, Actor> ACTORS = new EnumMap<>(Map.of(
            Role.OFFICE_OPERATOR, new Actor("operator1", Role.OFFICE_OPERATOR),
            Role.SECRETARIAT, new Actor("dabir", Role.SECRETARIAT),
            Role.AGENCY_LIAISON, new Actor("liaison.regulator", Role.AGENCY_LIAISON),
            Role.GUILD, new Actor("anjoman", Role.GUILD),
            Role.ADMIN, new Actor("admin", Role.ADMIN)));

    /** The table as specified, written out so that a change to it is noticed. */
    static final Map<LicenceAction, Set<LicenceStatus>> SPEC = new EnumMap<>(LicenceAction.class);
    static final Map<LicenceAction, Role> ROLE = new EnumMap<>(LicenceAction.class);
    static final Map<LicenceAction, LicenceStatus> TO = new EnumMap<>(LicenceAction.class);

    static {
        spec(LicenceAction.RECORD, Role.SECRETARIAT, EnumSet.noneOf(LicenceStatus.class), null);
        spec(LicenceAction.ASSIGN, Role.SECRETARIAT, EnumSet.of(ACTIVE), ASSIGNED);
        spec(LicenceAction.ORDER_CONVERSION, Role.SECRETARIAT, EnumSet.of(ACTIVE, ASSIGNED), CONVERSION_ORDERED);
        spec(LicenceAction.CONVERT, Role.AGENCY_LIAISON, EnumSet.of(CONVERSION_ORDERED), CONVERTED);
        spec(LicenceAction.SUSPEND, Role.SECRETARIAT, EnumSet.of(ACTIVE, ASSIGNED, CONVERTED), SUSPENDED);
        spec(LicenceAction.REINSTATE, Role.SECRETARIAT, EnumSet.of(SUSPENDED), ACTIVE);
        spec(LicenceAction.REVOKE, Role.SECRETARIAT,
                EnumSet.of(ACTIVE, SUSPENDED, CONVERSION_ORDERED, CONVERTED, ASSIGNED), REVOKED);
    }

    private static void spec(LicenceAction a, Role role, Set<LicenceStatus> from, LicenceStatus to) {
        SPEC.put(a, from);
        ROLE.put(a, role);
        if (to != null) {
            TO.put(a, to);
        }
    }

    final Meeting fourteenth = Meeting.withMinutes(14, JalaliDates.of(1391, 6, 27), "10:00", "استانداری");
    final Resolution res17 = fourteenth.addResolution(17, "…", null, Deadline.none());
    final Resolution res14 = fourteenth.addResolution(14, "…", null, Deadline.none());
    private int minutes;
    private long ids;

    Instant tick() {
        return NOW.plus(Duration.ofMinutes(++minutes));
    }

    /** A stored office (its id set as the database would). */
    Office office(OfficeKind kind, LicenceStatus status) {
        Office o = new Office("14-71-" + (1200 + ++ids), "دفتر پیشخوان نمونه", null, kind, "مرکزی", null, null, status);
        try {
            java.lang.reflect.Field id = Office.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(o, ids);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return o;
    }

    LicenceEntry take(Licence l, LicenceAction a, Actor by, AgencyKind kind) {
        return l.change(a, by, kind, DAY, List.of(a == LicenceAction.ASSIGN ? res14 : res17), null, null, tick());
    }

    LicenceEntry take(Licence l, LicenceAction a) {
        Actor by = ACTORS.get(ROLE.get(a));
        return take(l, a, by, by.role() == Role.AGENCY_LIAISON ? AgencyKind.REGULATOR : null);
    }

    /** A licence of a rural office brought into a state through the public methods. */
    Licence in(LicenceStatus status) {
        Licence l = Licence.asFound(office(OfficeKind.RURAL, ACTIVE));
        switch (status) {
            case ACTIVE -> { }
            case ASSIGNED -> take(l, LicenceAction.ASSIGN);
            case CONVERSION_ORDERED -> take(l, LicenceAction.ORDER_CONVERSION);
            case CONVERTED -> {
                take(l, LicenceAction.ORDER_CONVERSION);
                take(l, LicenceAction.CONVERT);
            }
            case SUSPENDED -> take(l, LicenceAction.SUSPEND);
            case REVOKED -> take(l, LicenceAction.REVOKE);
        }
        assertEquals(status, l.getStatus());
        assertEquals(status, l.getOffice().getStatus());
        return l;
    }

    static Stream<Arguments> everyActionStateAndRole() {
        return Arrays.stream(LicenceAction.values()).flatMap(a -> Arrays.stream(LicenceStatus.values())
                .flatMap(s -> Arrays.stream(Role.values()).map(r -> Arguments.of(a, s, r))));
    }

    @ParameterizedTest(name = "{0} in {1} by {2}")
    @MethodSource("everyActionStateAndRole")
    void everyChangeInEveryStateByEveryRole(LicenceAction action, LicenceStatus status, Role role) {
        assertEquals(SPEC.get(action).contains(status), action.allowedFrom(status));
        assertEquals(ROLE.get(action), action.role());
        assertEquals(TO.get(action), action.to());
        Actor by = ACTORS.get(role);
        AgencyKind kind = role == Role.AGENCY_LIAISON ? AgencyKind.REGULATOR : null;
        if (action == LicenceAction.RECORD) {
            Office office = office(OfficeKind.URBAN, ACTIVE);
            if (role == Role.SECRETARIAT) {
                Licence l = Licence.record(office, status, null, List.of(res17), null, by, tick());
                assertEquals(status, l.getStatus());
                assertEquals(status, office.getStatus());
                assertEquals(1, l.timeline(EnumSet.allOf(Visibility.class)).size());
            } else {
                assertThrows(BusinessException.AccessDenied.class,
                        () -> Licence.record(office, status, null, List.of(res17), null, by, tick()));
                assertEquals(ACTIVE, office.getStatus());
            }
            return;
        }
        Licence l = in(status);
        int entries = l.timeline(EnumSet.allOf(Visibility.class)).size();
        boolean allowed = role == ROLE.get(action) && SPEC.get(action).contains(status);
        if (allowed) {
            LicenceEntry e = take(l, action, by, kind);
            assertEquals(TO.get(action), l.getStatus());
            assertEquals(TO.get(action), l.getOffice().getStatus(), "the office's status moves with it");
            List<LicenceEntry> timeline = l.timeline(EnumSet.allOf(Visibility.class));
            assertEquals(entries + 1, timeline.size());
            assertEquals(action, e.getAction());
            assertEquals(status, e.getFromStatus());
            assertEquals(by.username(), e.getActor());
            assertEquals(new LicenceChange(DAY, action == LicenceAction.ASSIGN ? "14/14" : "14/17", null),
                    LicenceChange.of(e).orElseThrow());
        } else {
            Class<? extends BusinessException> refusal = role != ROLE.get(action)
                    ? BusinessException.AccessDenied.class : IllegalTransition.class;
            assertThrows(refusal, () -> take(l, action, by, kind));
            assertEquals(status, l.getStatus());
            assertEquals(status, l.getOffice().getStatus());
            assertEquals(entries, l.timeline(EnumSet.allOf(Visibility.class)).size());
        }
    }

    @ParameterizedTest
    @EnumSource(value = AgencyKind.class, names = "REGULATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheRegulatorsLiaisonConverts(AgencyKind other) {
        for (LicenceStatus status : LicenceStatus.values()) {
            Licence l = in(status);
            assertThrows(BusinessException.AccessDenied.class,
                    () -> take(l, LicenceAction.CONVERT, ACTORS.get(Role.AGENCY_LIAISON), other));
            assertEquals(status, l.getStatus());
        }
        Licence ordered = in(CONVERSION_ORDERED);
        assertThrows(BusinessException.AccessDenied.class,
                () -> take(ordered, LicenceAction.CONVERT, ACTORS.get(Role.AGENCY_LIAISON), null));
    }

    @Test
    void aChangeThatSkipsAStateIsRefused() {
        Licence active = in(ACTIVE);
        assertThrows(IllegalTransition.class, () -> take(active, LicenceAction.CONVERT), "converted without an order");
        assertThrows(IllegalTransition.class, () -> take(in(REVOKED), LicenceAction.REINSTATE), "revoked is final");
        assertThrows(IllegalTransition.class, () -> take(in(SUSPENDED), LicenceAction.ORDER_CONVERSION));
        assertEquals(ACTIVE, active.getStatus());
        assertFalse(active.isRecorded());
    }

    @Test
    void onlyARuralOfficeIsAssignedByTheWorkingGroup() {
        Licence urban = Licence.asFound(office(OfficeKind.URBAN, ACTIVE));
        BusinessException e = assertThrows(BusinessException.InvalidInput.class, () -> take(urban, LicenceAction.ASSIGN));
        assertEquals("licence.assign.rural", e.getMessageKey());
        assertEquals(ACTIVE, urban.getStatus());
        assertFalse(urban.isRecorded());
    }

    @Test
    void aChangeNeedsItsDayAndTheResolutionOrOrderBehindIt() {
        Licence l = in(CONVERSION_ORDERED);
        Actor regulator = ACTORS.get(Role.AGENCY_LIAISON);
        assertEquals("licence.effective.required", assertThrows(BusinessException.InvalidInput.class,
                () -> l.change(LicenceAction.CONVERT, regulator, AgencyKind.REGULATOR, null, List.of(res17), null,
                        null, tick())).getMessageKey());
        assertEquals("licence.basis.required", assertThrows(BusinessException.InvalidInput.class,
                () -> l.change(LicenceAction.CONVERT, regulator, AgencyKind.REGULATOR, DAY, List.of(), "  ", null,
                        tick())).getMessageKey());
        assertEquals(CONVERSION_ORDERED, l.getStatus());
        assertEquals(1, l.timeline(EnumSet.allOf(Visibility.class)).size());
        LicenceEntry e = l.change(LicenceAction.CONVERT, regulator, AgencyKind.REGULATOR, DAY, List.of(),
                "نامه ۱۲۳/۴۵", "پروانه پیشخوان صادر شد.", tick());
        assertEquals(new LicenceChange(DAY, null, "نامه ۱۲۳/۴۵"), LicenceChange.of(e).orElseThrow());
        assertEquals("پروانه پیشخوان صادر شد.", e.getText());
        assertEquals(CONVERTED, l.getOffice().getStatus());
    }

    @Test
    void aRecordedLicenceCitesItsResolutionsAndMayHaveNoKnownDay() {
        Meeting tenth = Meeting.citedOnly(10);
        Meeting eleventh = Meeting.citedOnly(11);
        Resolution r10 = tenth.addResolution(11, null, null, Deadline.none());
        Resolution r11 = eleventh.addResolution(6, null, null, Deadline.none());
        Office office = office(OfficeKind.RURAL, ACTIVE);
        Licence l = Licence.record(office, REVOKED, null, List.of(r10, r11), null, ACTORS.get(Role.SECRETARIAT), NOW);
        LicenceEntry e = l.timeline(EnumSet.allOf(Visibility.class)).get(0);
        assertNull(e.getFromStatus());
        assertEquals(new LicenceChange(null, "10/11 11/6", null), LicenceChange.of(e).orElseThrow());
        assertEquals(REVOKED, office.getStatus());
        assertTrue(l.isRecorded());
        assertEquals(office.getLicenceNumber(), l.getTrackingNumber());
    }
}
