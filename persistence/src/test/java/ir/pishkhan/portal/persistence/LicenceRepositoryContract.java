package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Licence;
import ir.pishkhan.portal.domain.office.LicenceAction;
import ir.pishkhan.portal.domain.office.LicenceChange;
import ir.pishkhan.portal.domain.office.LicenceEntry;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeFilter;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.tariff.Tariff;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Visibility;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Licences: the reference data of res. 17 (offices under neutral names, each licence recorded once), a licence's first
 * change stored with its office's id, the office's status moved with it and listed by it.
 */
abstract class LicenceRepositoryContract {

    static final Actor PORTAL = new Actor("portal", Role.SECRETARIAT);
    static final Actor REGULATOR = new Actor("liaison.regulator", Role.AGENCY_LIAISON);
    static final Instant AT = Instant.parse("2012-09-17T06:30:00Z");
    static final LocalDate DAY = JalaliDates.of(1405, 9, 1);

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected LicenceRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        clean();
        assertTrue(db.inTransaction(LicenceRepositoryContract::load), "the first load loads");
    }

    @AfterEach
    void clean() {
        db.sql("DELETE FROM licence_entry", "DELETE FROM licence", "DELETE FROM tariff", "DELETE FROM user_account",
                "DELETE FROM office");
    }

    private static boolean load(EntityManager em) {
        return new ReferenceRegisters(new JpaMeetingRepository(em), new JpaTariffRepository(em),
                new JpaOfficeRepository(em), new JpaLicenceRepository(em)).load(PORTAL, AT);
    }

    private Office office(String licence) {
        return db.read(em -> new JpaOfficeRepository(em).byLicence(licence)).orElseThrow();
    }

    @Test
    void theReferenceDataOfResolutions17And18LoadsOnce() {
        assertFalse(db.inTransaction(LicenceRepositoryContract::load), "the second load finds them there");
        List<String> ordered = db.read(em -> new JpaOfficeRepository(em)
                .search(new OfficeFilter(null, null, LicenceStatus.CONVERSION_ORDERED), PageRequest.first(20))
                .items().stream().map(Office::getLicenceNumber).sorted().toList());
        assertEquals(List.of("14-71-1001", "14-71-1004", "14-71-1019", "14-71-1024"), ordered);
        Office revoked = office("1059-14-72");
        assertEquals(LicenceStatus.REVOKED, revoked.getStatus());
        assertEquals("دفتر پیشخوان شماره ۱۰۵۹", revoked.getNameFa(), "a neutral name");
        db.read(em -> {
            Licence l = new JpaLicenceRepository(em).byOffice(revoked.getId()).orElseThrow();
            List<LicenceEntry> timeline = l.timeline(EnumSet.allOf(Visibility.class));
            assertEquals(1, timeline.size());
            assertEquals(LicenceAction.RECORD, timeline.get(0).getAction());
            assertEquals(new LicenceChange(null, "10/11 11/6", null), LicenceChange.of(timeline.get(0)).orElseThrow());
            Licence ordered1024 = new JpaLicenceRepository(em).byOffice(office("14-71-1024").getId()).orElseThrow();
            assertEquals(new LicenceChange(JalaliDates.of(1391, 6, 27), "14/17", null),
                    LicenceChange.of(ordered1024.timeline(EnumSet.allOf(Visibility.class)).get(0)).orElseThrow());
            List<Tariff> tariff = new JpaTariffRepository(em).history("excess-tonnage");
            assertEquals(1, tariff.size());
            assertEquals(20_000, tariff.get(0).getRials());
            assertTrue(tariff.get(0).isProvisional());
            assertEquals(JalaliDates.of(1391, 6, 27), tariff.get(0).getEffectiveFrom());
            assertEquals(18, tariff.get(0).getResolution().getNumber());
            return null;
        });
    }

    @Test
    void aConversionIsStoredOnTheLicenceAndItsOffice() {
        long id = office("14-71-1024").getId();
        db.run(em -> {
            Licence l = new JpaLicenceRepository(em).byOffice(id).orElseThrow();
            Resolution r17 = new JpaMeetingRepository(em).resolution(14, 17).orElseThrow();
            l.change(LicenceAction.CONVERT, REGULATOR, AgencyKind.REGULATOR, DAY, List.of(r17), "۱۲۳/ت", null,
                    Instant.now());
        });
        assertEquals(LicenceStatus.CONVERTED, office("14-71-1024").getStatus());
        db.read(em -> {
            Licence l = new JpaLicenceRepository(em).byOffice(id).orElseThrow();
            assertEquals(LicenceStatus.CONVERTED, l.getStatus());
            List<LicenceEntry> timeline = l.timeline(EnumSet.allOf(Visibility.class));
            assertEquals(List.of(LicenceAction.RECORD, LicenceAction.CONVERT),
                    timeline.stream().map(LicenceEntry::getAction).toList());
            assertEquals(new LicenceChange(DAY, "14/17", "۱۲۳/ت"), LicenceChange.of(timeline.get(1)).orElseThrow());
            return null;
        });
    }

    @Test
    void anOfficesFirstChangeStoresItsLicence() {
        long id = db.inTransaction(em -> {
            Office o = new Office("14-72-3001", "دفتر پیشخوان نمونه", null, OfficeKind.RURAL, "مرکزی", null, null,
                    LicenceStatus.ACTIVE);
            new JpaOfficeRepository(em).store(o);
            return o.getId();
        });
        assertTrue(db.read(em -> new JpaLicenceRepository(em).byOffice(id)).isEmpty());
        db.run(em -> {
            Office o = new JpaOfficeRepository(em).byId(id).orElseThrow();
            Licence l = Licence.asFound(o);
            Resolution r14 = new JpaMeetingRepository(em).resolution(14, 14).orElseThrow();
            l.change(LicenceAction.ASSIGN, PORTAL, null, DAY, List.of(r14), null, "واگذاری کارگروه", Instant.now());
            new JpaLicenceRepository(em).store(l);
        });
        db.read(em -> {
            Licence l = new JpaLicenceRepository(em).byOffice(id).orElseThrow();
            assertEquals(LicenceStatus.ASSIGNED, l.getStatus());
            assertEquals(LicenceStatus.ASSIGNED, l.getOffice().getStatus());
            LicenceEntry e = l.timeline(EnumSet.allOf(Visibility.class)).get(0);
            assertEquals(LicenceStatus.ACTIVE, e.getFromStatus());
            assertEquals("واگذاری کارگروه", e.getText());
            assertEquals(id, e.getRecordId());
            return null;
        });
    }
}
