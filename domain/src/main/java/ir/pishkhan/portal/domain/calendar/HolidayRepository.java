package ir.pishkhan.portal.domain.calendar;

import java.util.List;

/** Where the holidays the administrator has made a year's are kept. */
public interface HolidayRepository {

    /** The stored holidays of a Jalali year, in date order; empty when the year was never changed. */
    List<Holiday> ofYear(int jalaliYear);

    void store(Holiday holiday);

    void remove(Holiday holiday);
}
