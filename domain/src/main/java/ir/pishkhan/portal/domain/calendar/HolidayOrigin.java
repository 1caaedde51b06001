package ir.pishkhan.portal.domain.calendar;

/** Where a holiday of the calendar came from, which says what the administrator may still do with it. */
public enum HolidayOrigin {
    /** An official holiday of the solar calendar, fixed by law: neither moved nor removed. */
    FIXED,
    /** A lunar holiday as ICU's tabular Islamic calendar puts it; Iran's date is set by sighting, so it waits for the administrator. */
    PROPOSED,
    /** A proposed lunar holiday the administrator confirmed, or moved to the announced day. */
    CONFIRMED,
    /** A holiday the administrator added (announced by the government, or imported from a list). */
    ADDED;

    public boolean isFixed() {
        return this == FIXED;
    }
}
