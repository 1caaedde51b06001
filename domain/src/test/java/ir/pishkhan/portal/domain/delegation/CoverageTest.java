package ir.pishkhan.portal.domain.delegation;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coverage rule (resolution 19's selective delegation), resolution 5's month, and what a grant must say. */
class CoverageTest {

    private static CountyCoverage row(ServiceScope scope, long activeUrban, long activeRural, long coveredUrban,
                                      long coveredRural) {
        return new CountyCoverage(1, scope, "مرکزی", "Markazi", activeUrban, activeRural, coveredUrban, coveredRural);
    }

    @Test
    void aServiceForBothKindsCountsEveryActiveOffice() {
        CountyCoverage c = row(ServiceScope.BOTH, 6, 4, 3, 1);
        assertEquals(10, c.eligible());
        assertEquals(4, c.covered());
        assertEquals(6, c.leftOut());
    }

    @Test
    void aServiceForOneKindCountsOnlyThatKind() {
        assertEquals(6, row(ServiceScope.URBAN, 6, 4, 2, 0).eligible());
        assertEquals(4, row(ServiceScope.RURAL, 6, 4, 0, 4).eligible());
        assertEquals(Selectivity.ALL, row(ServiceScope.URBAN, 6, 4, 6, 0).selectivity());
        assertEquals(Selectivity.ALL, row(ServiceScope.RURAL, 6, 4, 0, 4).selectivity());
    }

    @Test
    void everyCombinationOfOneCountyIsNamedAsTheRuleSays() {
        // scope BOTH, 2 urban and 2 rural offices: every count of each kind covered
        Selectivity[][] expected = {
                // coveredRural: 0             1                  2
                {Selectivity.NONE, Selectivity.PARTIAL, Selectivity.PARTIAL},       // coveredUrban 0
                {Selectivity.PARTIAL, Selectivity.PARTIAL, Selectivity.PARTIAL},    // coveredUrban 1
                {Selectivity.URBAN_ONLY, Selectivity.PARTIAL, Selectivity.ALL},     // coveredUrban 2
        };
        for (int u = 0; u <= 2; u++) {
            for (int r = 0; r <= 2; r++) {
                assertEquals(expected[u][r], row(ServiceScope.BOTH, 2, 2, u, r).selectivity(), u + "/" + r);
            }
        }
    }

    @Test
    void selectiveIsSomeButNotAllOrUrbanOnly() {
        assertTrue(row(ServiceScope.BOTH, 5, 0, 1, 0).isSelective());
        assertTrue(row(ServiceScope.BOTH, 5, 3, 5, 0).isSelective());
        assertFalse(row(ServiceScope.BOTH, 5, 3, 0, 0).isSelective());
        assertFalse(row(ServiceScope.BOTH, 5, 3, 5, 3).isSelective());
        assertFalse(row(ServiceScope.BOTH, 0, 0, 0, 0).isSelective());
        // urban offices only, where the county has no rural office: all of it
        assertEquals(Selectivity.ALL, row(ServiceScope.BOTH, 5, 0, 5, 0).selectivity());
        assertTrue(Selectivity.PARTIAL.isSelective());
        assertTrue(Selectivity.URBAN_ONLY.isSelective());
        assertFalse(Selectivity.NONE.isSelective());
        assertFalse(Selectivity.ALL.isSelective());
    }

    @Test
    void countsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> row(ServiceScope.BOTH, 1, 1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> row(ServiceScope.BOTH, 1, 1, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> row(null, 1, 1, 0, 0));
    }

    @Test
    void aServiceIsSelectiveWhenAnyCountyIs() {
        assertTrue(new ServiceCoverage(null, List.of(row(ServiceScope.BOTH, 2, 0, 2, 0), row(ServiceScope.BOTH, 2, 2, 1, 0)))
                .isSelective());
        assertFalse(new ServiceCoverage(null, List.of(row(ServiceScope.BOTH, 2, 0, 2, 0), row(ServiceScope.BOTH, 2, 2, 0, 0)))
                .isSelective());
    }

    @Test
    void scopeCoversItsKinds() {
        assertTrue(ServiceScope.BOTH.covers(OfficeKind.URBAN));
        assertTrue(ServiceScope.BOTH.covers(OfficeKind.RURAL));
        assertTrue(ServiceScope.URBAN.covers(OfficeKind.URBAN));
        assertFalse(ServiceScope.URBAN.covers(OfficeKind.RURAL));
        assertFalse(ServiceScope.RURAL.covers(OfficeKind.URBAN));
    }

    @Test
    void resolution5StandsOutAMonthAfterTheMeetingWithNothingDelegated() {
        Optional<LocalDate> due = Optional.of(LocalDate.of(2012, 10, 18));
        assertFalse(Resolution5.standsOut(due, LocalDate.of(2012, 10, 18), 0), "on the day itself, not yet");
        assertTrue(Resolution5.standsOut(due, LocalDate.of(2012, 10, 19), 0));
        assertFalse(Resolution5.standsOut(due, LocalDate.of(2012, 10, 19), 1));
        assertFalse(Resolution5.standsOut(Optional.empty(), LocalDate.of(2030, 1, 1), 0), "no deadline known");
    }

    @Test
    void aGrantSaysWhichOfficesFromWhenAndUnderWhat() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertEquals("delegation.selection.required", assertThrows(BusinessException.InvalidInput.class,
                () -> DelegationStep.checked(OfficeSelection.of(null, null), today, "مصوبه ۱۹", today)).getMessageKey());
        assertEquals("delegation.selection.required", assertThrows(BusinessException.InvalidInput.class,
                () -> DelegationStep.checked(null, today, "مصوبه ۱۹", today)).getMessageKey());
        assertEquals("delegation.since.required", assertThrows(BusinessException.InvalidInput.class,
                () -> DelegationStep.checked(OfficeSelection.office(1), null, "مصوبه ۱۹", today)).getMessageKey());
        assertEquals("delegation.since.future", assertThrows(BusinessException.InvalidInput.class,
                () -> DelegationStep.checked(OfficeSelection.office(1), today.plusDays(1), "x", today)).getMessageKey());
        assertEquals("delegation.basis.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> DelegationStep.checked(OfficeSelection.office(1), today, "  ", today)).getMessageKey());
        assertEquals("delegation.basis.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> DelegationStep.checked(OfficeSelection.office(1), today, "x".repeat(201), today)).getMessageKey());
        assertEquals("delegation.selection.oneOrMany", assertThrows(BusinessException.InvalidInput.class,
                () -> new OfficeSelection(1L, "مرکزی", null)).getMessageKey());
        DelegationStep ok = DelegationStep.checked(OfficeSelection.of(" مرکزی ", OfficeKind.URBAN), today, " مصوبه ۱۹ ", today);
        assertEquals("مرکزی", ok.selection().county());
        assertEquals("مصوبه ۱۹", ok.basis());
    }

    @Test
    void aServiceNeedsACodeNamesAndAScope() {
        Agency agency = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);
        Actor liaison = new Actor("liaison.postbank", Role.AGENCY_LIAISON);
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        assertEquals("service.code.required", assertThrows(BusinessException.InvalidInput.class,
                () -> ServiceItem.catalogue(agency, " ", "الف", "A", ServiceScope.BOTH, false, liaison, now)).getMessageKey());
        assertEquals("service.code.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> ServiceItem.catalogue(agency, "کد", "الف", "A", ServiceScope.BOTH, false, liaison, now)).getMessageKey());
        assertEquals("service.scope.required", assertThrows(BusinessException.InvalidInput.class,
                () -> ServiceItem.catalogue(agency, "PB-1", "الف", "A", null, false, liaison, now)).getMessageKey());
        assertEquals("service.nameFa.invalid", assertThrows(BusinessException.InvalidInput.class,
                () -> ServiceItem.catalogue(agency, "PB-1", "", "A", ServiceScope.BOTH, false, liaison, now)).getMessageKey());
        ServiceItem s = ServiceItem.catalogue(agency, "PB-۱۰", "افتتاح حساب", "Opening an account", ServiceScope.BOTH,
                true, liaison, now);
        assertEquals("PB-10", s.getCode());
        assertTrue(s.isDemo());
        assertEquals("Opening an account", s.name(java.util.Locale.ENGLISH));
    }
}
