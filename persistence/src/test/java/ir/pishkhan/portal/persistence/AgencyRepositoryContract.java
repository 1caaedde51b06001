package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searching the agencies that the reference data loads. Runs on every {@link TestDatabase}. */
abstract class AgencyRepositoryContract {

    private static final char ZWNJ = '\u200C';
    private static final Set<String> BANKS = Set.of("post-bank", "bank-melli", "bank-sepah", "bank-keshavarzi",
            "bank-maskan", "bank-mellat", "bank-tejarat", "bank-saderat", "bank-refah");

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected AgencyRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
    }

    private Page<Agency> search(String text, AgencyKind kind, PageRequest page) {
        return db.read(em -> new JpaAgencyRepository(em).search(text, kind, page));
    }

    private Set<String> codes(String text, AgencyKind kind) {
        Page<Agency> page = search(text, kind, PageRequest.first(100));
        assertEquals(page.total(), page.items().size());
        return page.items().stream().map(Agency::getCode).collect(Collectors.toSet());
    }

    @Test
    void findsPersianSpelledNamesByTheArabicKaf() {
        assertEquals(BANKS, codes("بانك", null));
        assertEquals(BANKS, codes("بانک", null));
        assertEquals(Set.of("bank-melli"), codes("بانك ملي", null));
        assertEquals(Set.of("bank-melli"), codes("  ملي   بانك ", null), "words in any order, spaces collapsed");
    }

    @Test
    void findsNamesWrittenWithOrWithoutZeroWidthNonJoiner() {
        // the seed writes "پایانه‌های" with a ZWNJ
        assertEquals(Set.of("roads-transport"), codes("پايانه", null), "Arabic yeh");
        assertEquals(Set.of("roads-transport"), codes("پایانه" + ZWNJ + "های", null));
        assertEquals(Set.of("roads-transport"), codes("پايانههاي", null));
        // the seed writes "پست بانک" with a space: nothing or a ZWNJ between the parts finds it too
        assertEquals(Set.of("post-bank"), codes("پستبانک", null));
        assertEquals(Set.of("post-bank"), codes("پست" + ZWNJ + "بانک", null));
        assertEquals(Set.of("health-insurance", "post", "roads-transport", "ict-directorate", "social-security",
                "civil-registry", "tax"), codes("اداره كل", null));
    }

    @Test
    void findsEnglishNamesAndCodesIgnoringCase() {
        assertEquals(Set.of("post-bank"), codes("POST Bank", null));
        assertEquals(Set.of("post-bank", "post"), codes("post", null));
        assertEquals(Set.of("bank-refah"), codes("refah", null));
    }

    @Test
    void filtersByKind() {
        assertEquals(BANKS, codes(null, AgencyKind.BANK));
        assertEquals(Set.of("telecom", "mobile-operator"), codes("", AgencyKind.TELECOM));
        assertEquals(Set.of("mobile-operator"), codes("سيار", AgencyKind.TELECOM));
        assertEquals(Set.of(), codes("بانک", AgencyKind.INSURANCE));
        assertEquals(24, codes(null, null).size());
    }

    @Test
    void likeWildcardsInTheTextAreLiteral() {
        assertEquals(Set.of(), codes("%", null));
        assertEquals(Set.of(), codes("_", null));
        assertEquals(Set.of(), codes("بانک%ملی", null));
        assertEquals(Set.of(), codes("\\", null));
    }

    @Test
    void pagesAndSortsByAWhitelistedFieldOnly() {
        List<String> all = search(null, AgencyKind.BANK, new PageRequest(0, 100, "code", true)).items().stream()
                .map(Agency::getCode).collect(Collectors.toList());
        assertEquals(BANKS.stream().sorted().collect(Collectors.toList()), all);

        Page<Agency> second = search(null, AgencyKind.BANK, new PageRequest(4, 4, "code", false));
        assertEquals(9, second.total());
        assertEquals(List.of(all.get(4), all.get(3), all.get(2), all.get(1)),
                second.items().stream().map(Agency::getCode).collect(Collectors.toList()));

        List<Agency> byName = search(null, null, new PageRequest(0, 100, "nameFa", true)).items();
        List<Agency> fallback = search(null, null, new PageRequest(0, 100, "a.id; DELETE FROM Agency", false)).items();
        assertEquals(byName, fallback, "an unknown sort field sorts by the default, Persian name");
        assertEquals(24, db.read(em -> new JpaAgencyRepository(em).choices()).size());
        assertTrue(isSortedByName(byName));
    }

    private static boolean isSortedByName(List<Agency> agencies) {
        for (int i = 1; i < agencies.size(); i++) {
            if (agencies.get(i - 1).getNameFa().compareTo(agencies.get(i).getNameFa()) > 0) {
                return false;
            }
        }
        return true;
    }
}
