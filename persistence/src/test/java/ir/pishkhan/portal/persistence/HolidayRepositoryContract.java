package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.calendar.Holiday;
import ir.pishkhan.portal.domain.calendar.HolidayOrigin;
import ir.pishkhan.portal.domain.calendar.HolidayYear;
import ir.pishkhan.portal.domain.calendar.Weekend;
import ir.pishkhan.portal.domain.calendar.WorkingCalendar;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static ir.pishkhan.portal.domain.shared.JalaliDates.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A year's holidays as the administrator made them: stored whole, read back by year. Runs on every {@link TestDatabase}. */
abstract class HolidayRepositoryContract {

    private final TestDatabase database;
    private TestDatabase.Shared db;

    protected HolidayRepositoryContract(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        db = database.shared();
        db.sql("DELETE FROM holiday");
    }

    private List<Holiday> year(int y) {
        return db.read(em -> new JpaHolidayRepository(em).ofYear(y));
    }

    /** What the application does: the year as stored (or built in), changed, every new holiday stored, removed ones deleted. */
    private void change(int y, java.util.function.Consumer<HolidayYear> change) {
        db.run(em -> {
            JpaHolidayRepository repo = new JpaHolidayRepository(em);
            HolidayYear year = HolidayYear.of(y, repo.ofYear(y));
            change.accept(year);
            year.holidays().forEach(repo::store);
            year.removed().forEach(repo::remove);
        });
    }

    @Test
    void aYearNeverChangedIsNotStored() {
        assertEquals(List.of(), year(1404));
    }

    @Test
    void theFirstChangeStoresTheWholeYearInDateOrder() {
        change(1404, y -> y.add(of(1404, 5, 1), "تعطیلی به علت گرما", "Heat"));
        List<Holiday> stored = year(1404);
        assertEquals(27, stored.size(), "10 fixed, 16 proposed, 1 added");
        assertEquals(stored.stream().map(Holiday::getDay).sorted().toList(), stored.stream().map(Holiday::getDay).toList());
        Holiday heat = stored.stream().filter(h -> h.getDay().equals(of(1404, 5, 1))).findFirst().orElseThrow();
        assertEquals("تعطیلی به علت گرما", heat.getNameFa());
        assertEquals("Heat", heat.getNameEn());
        assertEquals(HolidayOrigin.ADDED, heat.getOrigin());
        assertEquals(1404, heat.getJalaliYear());
        assertEquals(List.of(), year(1403), "other years untouched");
    }

    @Test
    void confirmMoveAndRemoveAreKept() {
        change(1404, HolidayYear::confirmProposals);
        assertTrue(year(1404).stream().noneMatch(h -> h.getOrigin() == HolidayOrigin.PROPOSED));
        change(1404, y -> y.move(of(1404, 4, 15), of(1404, 4, 16)));
        change(1404, y -> y.remove(of(1404, 3, 25)));
        List<LocalDate> days = year(1404).stream().map(Holiday::getDay).toList();
        assertTrue(days.contains(of(1404, 4, 16)));
        assertFalse(days.contains(of(1404, 4, 15)));
        assertFalse(days.contains(of(1404, 3, 25)));
        assertEquals(25, days.size());
    }

    @Test
    void theCalendarReadsTheStoredYear() {
        change(1404, y -> y.add(of(1404, 5, 1), "تعطیلی به علت گرما", null));
        WorkingCalendar calendar = db.read(em -> {
            JpaHolidayRepository repo = new JpaHolidayRepository(em);
            WorkingCalendar c = WorkingCalendar.of(Weekend.of(false), y -> HolidayYear.of(y, repo.ofYear(y)).holidays());
            c.isWorkingDay(of(1404, 5, 1));
            return c;
        });
        // 1404/05/01 is a Wednesday, made a holiday: the deadline moves to Thursday
        assertFalse(calendar.isWorkingDay(of(1404, 5, 1)));
        assertEquals(of(1404, 5, 2), calendar.onWorkingDay(of(1404, 5, 1)).date());
    }

    @Test
    void oneHolidayADay() {
        change(1404, y -> y.add(of(1404, 5, 1), "یک", null));
        assertThrows(PersistenceException.class, () -> db.run(em -> {
            // a second year object that does not know the first one's holiday, as two administrators at once
            HolidayYear other = HolidayYear.builtIn(1404);
            other.add(of(1404, 5, 1), "دو", null);
            em.persist(other.on(of(1404, 5, 1)).orElseThrow());
            em.flush();
        }));
        assertEquals("یک", year(1404).stream().filter(h -> JalaliDates.toJalali(h.getDay()).equals("1404/05/01"))
                .findFirst().orElseThrow().getNameFa());
    }
}
