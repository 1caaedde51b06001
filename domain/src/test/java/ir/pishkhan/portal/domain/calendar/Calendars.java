package ir.pishkhan.portal.domain.calendar;

/** Calendars for tests of rules that do not turn on days off. */
public final class Calendars {

    /**
     * Every day a working day: the calendar of the tests written before the working calendar existed, whose dates
     * assert how a deadline is chosen (the priority's period against a resolution's date), not the days off.
     */
    public static final BusinessCalendar EVERY_DAY = day -> true;

    private Calendars() {
    }
}
