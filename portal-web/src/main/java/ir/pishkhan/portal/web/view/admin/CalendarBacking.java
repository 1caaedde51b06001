package ir.pishkhan.portal.web.view.admin;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.calendar.Holiday;
import ir.pishkhan.portal.domain.calendar.HolidayImport;
import ir.pishkhan.portal.domain.calendar.HolidayOrigin;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.application.CalendarService;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * admin/calendar.xhtml: a Jalali year's holidays (fixed, proposed, confirmed, added), the administrator's changes to
 * them — confirm the year's proposals, add, move, remove one — and a holiday list brought in as CSV. The year's rows
 * are loaded once per change, not on every read of the page.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "CalendarService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private CalendarService calendar;

    private int year;
    private List<Row> rows = List.of();
    private boolean proposals;

    // the add form
    private LocalDate newDay;
    private String newNameFa;
    private String newNameEn;

    private transient UploadedFile csv;

    /** One holiday as the page shows it, with the day typed to move it to. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final LocalDate day;
        private final String name;
        private final HolidayOrigin origin;
        private final boolean weekend;
        private LocalDate moveTo;

        Row(Holiday h, Locale locale, boolean weekend) {
            this.day = h.getDay();
            this.name = h.name(locale);
            this.origin = h.getOrigin();
            this.weekend = weekend;
        }

        public LocalDate getDay() {
            return day;
        }

        public java.time.DayOfWeek getDayOfWeek() {
            return day.getDayOfWeek();
        }

        public String getName() {
            return name;
        }

        public HolidayOrigin getOrigin() {
            return origin;
        }

        /** A holiday on a weekly day off takes no working day; the page says so. */
        public boolean isOnWeekend() {
            return weekend;
        }

        public boolean isChangeable() {
            return !origin.isFixed();
        }

        public LocalDate getMoveTo() {
            return moveTo;
        }

        public void setMoveTo(LocalDate moveTo) {
            this.moveTo = moveTo;
        }
    }

    @PostConstruct
    void init() {
        year = JalaliDates.fields(JalaliDates.today())[0];
        load();
    }

    /** From the address ({@code ?year=1404}), read with any digits; an unreadable year leaves the current one. */
    public void setYearParam(String text) {
        // a postback carries the address's year again: the year the buttons moved to stays
        if (text == null || text.isBlank() || jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            int y = Integer.parseInt(PersianText.toAsciiDigits(text.strip()));
            if (y >= 1300 && y <= 1500 && y != year) {
                year = y;
                load();
            }
        } catch (NumberFormatException e) {
            // not a year: the page stays on the current one
        }
    }

    public String getYearParam() {
        return String.valueOf(year);
    }

    private void load() {
        Locale locale = Messages.locale();
        var weekend = calendar.weekend();
        List<Row> out = new ArrayList<>();
        for (Holiday h : calendar.year(year)) {
            out.add(new Row(h, locale, weekend.isOff(h.getDay().getDayOfWeek())));
        }
        rows = out;
        proposals = out.stream().anyMatch(r -> r.getOrigin() == HolidayOrigin.PROPOSED);
    }

    public void previousYear() {
        year--;
        load();
    }

    public void nextYear() {
        year++;
        load();
    }

    public void confirmProposals() {
        int n = calendar.confirmProposals(year);
        load();
        Messages.info("calendar.confirmed", n, year);
    }

    public void add() {
        Holiday h = calendar.add(newDay, newNameFa, newNameEn);
        Messages.info("calendar.added", JalaliDates.format(h.getDay(), Messages.locale()));
        newDay = null;
        newNameFa = null;
        newNameEn = null;
        year = h.getJalaliYear();
        load();
    }

    public void remove(Row row) {
        calendar.remove(row.getDay());
        Messages.info("calendar.removed", JalaliDates.format(row.getDay(), Messages.locale()));
        load();
    }

    public void move(Row row) {
        if (row.getMoveTo() == null) {
            Messages.error(null, "calendar.holiday.date.required");
            return;
        }
        Holiday h = calendar.move(row.getDay(), row.getMoveTo());
        Messages.info("calendar.moved", JalaliDates.format(row.getDay(), Messages.locale()),
                JalaliDates.format(h.getDay(), Messages.locale()));
        load();
    }

    /** The list is all or nothing: each bad line is told by its number, and nothing is brought in. */
    public void importCsv() {
        if (csv == null || csv.getSize() == 0) {
            Messages.error(null, "calendar.import.empty");
            return;
        }
        try {
            HolidayImport.Outcome outcome = calendar.importCsv(csv.getContent());
            Messages.info("calendar.imported", outcome.added(), outcome.confirmed(), outcome.unchanged());
            load();
        } catch (HolidayImport.Rejected rejected) {
            Messages.error(null, rejected.getMessageKey(), rejected.getArguments());
            for (HolidayImport.LineError e : rejected.errors()) {
                Messages.error(null, e.messageKey(), e.line(), e.text());
            }
        }
    }

    public int getYear() {
        return year;
    }

    public String getYearShown() {
        return PersianText.digits(String.valueOf(year), Messages.locale());
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isProposals() {
        return proposals;
    }

    public LocalDate getNewDay() {
        return newDay;
    }

    public void setNewDay(LocalDate newDay) {
        this.newDay = newDay;
    }

    public String getNewNameFa() {
        return newNameFa;
    }

    public void setNewNameFa(String newNameFa) {
        this.newNameFa = newNameFa;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public UploadedFile getCsv() {
        return csv;
    }

    public void setCsv(UploadedFile csv) {
        this.csv = csv;
    }
}
