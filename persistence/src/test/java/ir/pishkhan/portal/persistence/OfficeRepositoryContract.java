package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeFilter;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Storing, finding and listing counter offices. Runs on every {@link TestDatabase}. */
abstract class OfficeRepositoryContract {

    private static final char ZWNJ = '\u200C';

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected OfficeRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    /**
     * Seven offices. Their Persian names, after the common prefix, start with letters whose Unicode order is
     * also their alphabetical order (ا ب ت ح ر س ش), so that the expected order holds under any collation.
     */
    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM user_account", "DELETE FROM office");
        db.run(em -> {
            JpaOfficeRepository repo = new JpaOfficeRepository(em);
            repo.store(office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN, "بجنورد", LicenceStatus.CONVERSION_ORDERED));
            repo.store(office("14-71-1019", "دفتر پیشخوان آریا", "Aria", OfficeKind.URBAN, "شیروان", LicenceStatus.CONVERSION_ORDERED));
            repo.store(office("۱۴-۷۱-۱۰۰۱", "دفتر پیشخوان راه کربلا", "Rah-e Karbala", OfficeKind.RURAL, "اسفراین", LicenceStatus.CONVERSION_ORDERED));
            repo.store(office("14-71-1004", "دفتر پیشخوان شهدای فیض الهی", "Shohada-ye Feyz-Elahi", OfficeKind.RURAL, "بجنورد", LicenceStatus.CONVERSION_ORDERED));
            repo.store(office("1059-14-72", "دفتر پیشخوان تابان", null, OfficeKind.URBAN, "شیروان", LicenceStatus.REVOKED));
            repo.store(office("14-72-2001", "دفتر پیشخوان بهار" + ZWNJ + "آباد", "Baharabad", OfficeKind.RURAL, "فاروج", LicenceStatus.ACTIVE));
            repo.store(office("14-72-2002", "دفتر پیشخوان سپهر", "Sepehr", OfficeKind.URBAN, "بجنورد", LicenceStatus.SUSPENDED));
        });
    }

    private static Office office(String licence, String nameFa, String nameEn, OfficeKind kind, String countyFa,
                                 LicenceStatus status) {
        return new Office(licence, nameFa, nameEn, kind, countyFa, null, "نشانی " + nameFa, status);
    }

    private Page<Office> search(OfficeFilter filter, PageRequest page) {
        return db.read(em -> new JpaOfficeRepository(em).search(filter, page));
    }

    private List<String> licences(OfficeFilter filter, PageRequest page) {
        return search(filter, page).items().stream().map(Office::getLicenceNumber).collect(Collectors.toList());
    }

    private List<String> licences(String text, OfficeKind kind, LicenceStatus status) {
        Page<Office> page = search(new OfficeFilter(text, kind, status), new PageRequest(0, 50, "licenceNumber", true));
        assertEquals(page.total(), page.items().size());
        return page.items().stream().map(Office::getLicenceNumber).collect(Collectors.toList());
    }

    @Test
    void storesAndFindsByIdAndLicence() {
        Office stored = db.read(em -> new JpaOfficeRepository(em).byLicence("14-71-1001")).orElseThrow();
        assertNotNull(stored.getId());
        assertEquals("دفتر پیشخوان راه کربلا", stored.getNameFa());
        assertEquals(OfficeKind.RURAL, stored.getKind());
        assertEquals(LicenceStatus.CONVERSION_ORDERED, stored.getStatus());
        assertEquals("اسفراین", stored.getCountyFa());
        assertEquals("نشانی دفتر پیشخوان راه کربلا", stored.getAddress());

        Office byId = db.read(em -> new JpaOfficeRepository(em).byId(stored.getId())).orElseThrow();
        assertEquals(stored, byId);
        assertEquals(stored.getNameEn(), byId.getNameEn());
        assertEquals(7L, (long) db.read(em -> new JpaOfficeRepository(em).count()));
    }

    @Test
    void findsALicenceTypedWithPersianOrArabicDigits() {
        db.read(em -> {
            JpaOfficeRepository repo = new JpaOfficeRepository(em);
            assertEquals("دفتر پیشخوان حرا", repo.byLicence("۱۴-۷۱-۱۰۲۴").orElseThrow().getNameFa());
            assertEquals("دفتر پیشخوان حرا", repo.byLicence("١٤-٧١-١٠٢٤").orElseThrow().getNameFa());
            assertEquals("دفتر پیشخوان تابان", repo.byLicence(" 1059-14-72 ").orElseThrow().getNameFa());
            assertTrue(repo.byLicence("14-71-1025").isEmpty());
            assertTrue(repo.byId(-1).isEmpty());
            return null;
        });
    }

    @Test
    void theLicenceNumberIsUnique() {
        assertThrows(PersistenceException.class, () -> db.run(em -> new JpaOfficeRepository(em).store(
                office("۱۴-۷۱-۱۰۲۴", "دفتر دیگر", null, OfficeKind.URBAN, "بجنورد", LicenceStatus.ACTIVE))));
        assertEquals(7L, (long) db.read(em -> new JpaOfficeRepository(em).count()));
    }

    @Test
    void searchesNameCountyAndLicenceWithFoldedText() {
        assertEquals(List.of("14-71-1001"), licences("كربلا", null, null), "Arabic kaf");
        assertEquals(List.of("14-71-1001"), licences("راه  کربلا", null, null));
        assertEquals(List.of("14-71-1004"), licences("فيض الهي", null, null), "Arabic yeh");
        assertEquals(List.of("14-72-2001"), licences("بهارآباد", null, null), "name stored with a ZWNJ");
        assertEquals(List.of("14-72-2001"), licences("بهار" + ZWNJ + "آباد", null, null));
        assertEquals(List.of("14-71-1004", "14-71-1024", "14-72-2002"), licences("بجنورد", null, null), "county");
        assertEquals(List.of("14-71-1024"), licences("۱۰۲۴", null, null), "licence in Persian digits");
        assertEquals(List.of("14-71-1024"), licences("HERA", null, null), "English name");
        assertEquals(7, licences("دفتر پیشخوان", null, null).size());
        assertEquals(List.of(), licences("پیشخوان اصفهان", null, null), "every word must match");
        assertEquals(List.of(), licences("%", null, null));
        assertEquals(List.of(), licences("4_7", null, null), "_ is no wildcard");
    }

    @Test
    void filtersByKindAndStatus() {
        assertEquals(List.of("14-71-1001", "14-71-1004", "14-72-2001"), licences(null, OfficeKind.RURAL, null));
        assertEquals(List.of("1059-14-72"), licences(null, null, LicenceStatus.REVOKED));
        assertEquals(List.of("14-71-1019", "14-71-1024"),
                licences(null, OfficeKind.URBAN, LicenceStatus.CONVERSION_ORDERED));
        assertEquals(List.of("14-71-1004"), licences("بجنورد", OfficeKind.RURAL, LicenceStatus.CONVERSION_ORDERED));
        assertEquals(List.of(), licences("بجنورد", OfficeKind.RURAL, LicenceStatus.ACTIVE));
        assertEquals(7, licences(null, null, null).size());
        assertEquals(7, search(OfficeFilter.none(), PageRequest.first(10)).total());
    }

    @Test
    void pages() {
        List<String> all = licences(OfficeFilter.none(), new PageRequest(0, 50, "licenceNumber", true));
        assertEquals(List.of("1059-14-72", "14-71-1001", "14-71-1004", "14-71-1019", "14-71-1024", "14-72-2001",
                "14-72-2002"), all);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            Page<Office> page = search(OfficeFilter.none(), new PageRequest(offset, 3, "licenceNumber", true));
            assertEquals(7, page.total(), "the total is of the whole filtered list");
            assertEquals(Math.min(3, 7 - offset), page.items().size());
            page.items().forEach(o -> paged.add(o.getLicenceNumber()));
        }
        assertEquals(all, paged);

        Page<Office> rural = search(new OfficeFilter(null, OfficeKind.RURAL, null), new PageRequest(2, 2, "licenceNumber", true));
        assertEquals(3, rural.total());
        assertEquals(List.of("14-72-2001"), rural.items().stream().map(Office::getLicenceNumber).collect(Collectors.toList()));
        Page<Office> beyond = search(OfficeFilter.none(), new PageRequest(20, 5, null, true));
        assertTrue(beyond.items().isEmpty());
        assertEquals(7, beyond.total());
    }

    @Test
    void sortsByWhitelistedFieldsWithADeterministicTieBreak() {
        List<String> byNameAsc = List.of("14-71-1019", "14-72-2001", "1059-14-72", "14-71-1024", "14-71-1001",
                "14-72-2002", "14-71-1004");
        assertEquals(byNameAsc, licences(OfficeFilter.none(), new PageRequest(0, 50, "nameFa", true)));
        List<String> byNameDesc = new ArrayList<>(byNameAsc);
        java.util.Collections.reverse(byNameDesc);
        assertEquals(byNameDesc, licences(OfficeFilter.none(), new PageRequest(0, 50, "nameFa", false)));
        assertEquals(List.of("14-72-2002", "14-72-2001", "14-71-1024", "14-71-1019", "14-71-1004", "14-71-1001",
                "1059-14-72"), licences(OfficeFilter.none(), new PageRequest(0, 50, "licenceNumber", false)));
        // equal kinds are ordered by the default order, the Persian name
        assertEquals(List.of("14-71-1019", "1059-14-72", "14-71-1024", "14-72-2002", "14-72-2001", "14-71-1001",
                "14-71-1004"), licences(OfficeFilter.none(), new PageRequest(0, 50, "kind", false)));
    }

    @Test
    void anUnknownSortFieldFallsBackToTheDefaultAndIsNeverInjected() {
        List<String> byDefault = licences(OfficeFilter.none(), new PageRequest(0, 50, null, true));
        assertEquals(licences(OfficeFilter.none(), new PageRequest(0, 50, "nameFa", true)), byDefault);
        for (String sort : new String[] {"searchKey", "id", "o.licenceNumber", "licenceNumber DESC",
                "nameFa; DELETE FROM Office o", "(SELECT 1)", ""}) {
            assertEquals(byDefault, licences(OfficeFilter.none(), new PageRequest(0, 50, sort, false)), sort);
        }
        assertEquals(7L, (long) db.read(em -> new JpaOfficeRepository(em).count()));
    }

    @Test
    void suggests() {
        db.read(em -> {
            JpaOfficeRepository repo = new JpaOfficeRepository(em);
            assertEquals(List.of("14-71-1019", "14-72-2001"),
                    repo.suggest("دفتر", 2).stream().map(Office::getLicenceNumber).collect(Collectors.toList()));
            assertEquals(7, repo.suggest("", 100).size());
            assertEquals(List.of("14-71-1001"),
                    repo.suggest("كربلا", 10).stream().map(Office::getLicenceNumber).collect(Collectors.toList()));
            return null;
        });
    }
}
