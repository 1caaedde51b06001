package ir.pishkhan.portal.domain.calendar;

import ir.pishkhan.portal.domain.shared.JalaliDates;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The calendar deadlines are counted on: the weekend and each Jalali year's holidays. A year's holidays are asked
 * for once, when a day of that year is first asked about, so that a deadline crossing into next year (Nowruz) or one
 * typed years ahead is counted on that year's holidays too. Meant to be made for one request or command: it does not
 * see a change made after it read a year.
 */
public final class WorkingCalendar implements BusinessCalendar {

    private final Weekend weekend;
    private final IntFunction<? extends Collection<Holiday>> holidaysOfYear;
    private final Map<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();
    /** The first and last day of each year read: a day inside one needs no Jalali conversion (deadlines ask often). */
    private final Map<Integer, LocalDate[]> spans = new ConcurrentHashMap<>();

    private WorkingCalendar(Weekend weekend, IntFunction<? extends Collection<Holiday>> holidaysOfYear) {
        this.weekend = weekend;
        this.holidaysOfYear = holidaysOfYear;
    }

    /** The weekend, and a year's holidays as {@code holidaysOfYear} gives them (a Jalali year number). */
    public static WorkingCalendar of(Weekend weekend, IntFunction<? extends Collection<Holiday>> holidaysOfYear) {
        return new WorkingCalendar(weekend, holidaysOfYear);
    }

    /** The weekend and the built-in holidays (fixed, and the lunar proposals as proposed). */
    public static WorkingCalendar builtIn(Weekend weekend) {
        return of(weekend, year -> HolidayYear.builtIn(year).holidays());
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !isHoliday(day);
    }

    public boolean isWeekend(LocalDate day) {
        return weekend.isOff(day.getDayOfWeek());
    }

    public boolean isHoliday(LocalDate day) {
        return years.computeIfAbsent(yearOf(day), y -> holidaysOfYear.apply(y).stream().map(Holiday::getDay)
                .collect(Collectors.toUnmodifiableSet())).contains(day);
    }

    private int yearOf(LocalDate day) {
        for (Map.Entry<Integer, LocalDate[]> span : spans.entrySet()) {
            if (!day.isBefore(span.getValue()[0]) && !day.isAfter(span.getValue()[1])) {
                return span.getKey();
            }
        }
        int year = JalaliDates.fields(day)[0];
        spans.put(year, new LocalDate[] {OfficialHolidays.firstDay(year), OfficialHolidays.lastDay(year)});
        return year;
    }

    public Weekend weekend() {
        return weekend;
    }
}
