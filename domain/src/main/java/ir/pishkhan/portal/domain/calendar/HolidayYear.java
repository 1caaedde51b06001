package ir.pishkhan.portal.domain.calendar;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Jalali year's holidays and the administrator's rules of changing them. A year nobody has touched is the built-in
 * one: the fixed holidays and the lunar proposals, computed, not stored. The first change stores the whole year (the
 * application stores every holiday without an id), so that from then on the year is what the administrator made it
 * and a later release's proposals do not shift days already confirmed.
 * <p>
 * One holiday per day: a lunar proposal falling on a fixed holiday is not proposed (the day is off either way).
 * Fixed holidays are the law's: neither moved nor removed. A holiday stays in its year: a move to another year is
 * refused (remove it and add it in that year).
 */
public final class HolidayYear {

    private final int year;
    private final List<Holiday> holidays;
    private final List<Holiday> removed = new ArrayList<>();

    private HolidayYear(int year, List<Holiday> holidays) {
        this.year = year;
        this.holidays = new ArrayList<>(holidays);
        this.holidays.sort(Comparator.comparing(Holiday::getDay));
    }

    /** The year as the law and ICU's tabular calendar give it, before the administrator's word. */
    public static HolidayYear builtIn(int year) {
        HolidayYear y = new HolidayYear(year, OfficialHolidays.fixed(year));
        for (Holiday h : OfficialHolidays.proposed(year)) {
            if (y.on(h.getDay()).isEmpty()) {
                y.holidays.add(h);
            }
        }
        y.holidays.sort(Comparator.comparing(Holiday::getDay));
        return y;
    }

    /** The year as stored; the built-in one when nothing of it is stored yet. */
    public static HolidayYear of(int year, List<Holiday> stored) {
        if (stored.isEmpty()) {
            return builtIn(year);
        }
        for (Holiday h : stored) {
            if (h.getJalaliYear() != year) {
                throw new IllegalArgumentException("A holiday of " + h.getJalaliYear() + " in the year " + year);
            }
        }
        return new HolidayYear(year, stored);
    }

    public int year() {
        return year;
    }

    /** The holidays in date order. */
    public List<Holiday> holidays() {
        return List.copyOf(holidays);
    }

    /** The holidays removed since this year was loaded: the application deletes those that were stored. */
    public List<Holiday> removed() {
        return List.copyOf(removed);
    }

    public Optional<Holiday> on(LocalDate day) {
        return holidays.stream().filter(h -> h.getDay().equals(day)).findFirst();
    }

    public boolean hasProposals() {
        return holidays.stream().anyMatch(h -> h.getOrigin() == HolidayOrigin.PROPOSED);
    }

    /** The administrator confirms every proposed day of the year as it stands; returns how many were confirmed. */
    public int confirmProposals() {
        int n = 0;
        for (Holiday h : holidays) {
            if (h.getOrigin() == HolidayOrigin.PROPOSED) {
                h.confirm();
                n++;
            }
        }
        return n;
    }

    /** A holiday the government announced (or a list brought in). */
    public Holiday add(LocalDate day, String nameFa, String nameEn) {
        inYear(day);
        if (on(day).isPresent()) {
            throw new BusinessException.Duplicate("calendar.holiday.taken", day);
        }
        Holiday h = new Holiday(day, nameFa, nameEn, HolidayOrigin.ADDED);
        holidays.add(h);
        holidays.sort(Comparator.comparing(Holiday::getDay));
        return h;
    }

    public Holiday remove(LocalDate day) {
        Holiday h = existing(day);
        if (h.getOrigin().isFixed()) {
            throw new BusinessException.InvalidInput("calendar.holiday.fixed");
        }
        holidays.remove(h);
        removed.add(h);
        return h;
    }

    /** To the day announced (a lunar holiday sighted a day later than proposed): confirmed by that. */
    public Holiday move(LocalDate from, LocalDate to) {
        Holiday h = existing(from);
        if (h.getOrigin().isFixed()) {
            throw new BusinessException.InvalidInput("calendar.holiday.fixed");
        }
        inYear(to);
        if (!from.equals(to) && on(to).isPresent()) {
            throw new BusinessException.Duplicate("calendar.holiday.taken", to);
        }
        h.moveTo(to);
        holidays.sort(Comparator.comparing(Holiday::getDay));
        return h;
    }

    private Holiday existing(LocalDate day) {
        if (day == null) {
            throw new BusinessException.InvalidInput("calendar.holiday.date.required");
        }
        return on(day).orElseThrow(() -> new BusinessException.InvalidInput("calendar.holiday.none", day));
    }

    private void inYear(LocalDate day) {
        if (day == null) {
            throw new BusinessException.InvalidInput("calendar.holiday.date.required");
        }
        if (JalaliDates.fields(day)[0] != year) {
            throw new BusinessException.InvalidInput("calendar.holiday.otherYear", day, year);
        }
    }
}
