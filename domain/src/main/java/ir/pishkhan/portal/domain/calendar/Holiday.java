package ir.pishkhan.portal.domain.calendar;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One official day off of the calendar, besides the weekend: its day (stored as the ISO date, shown Jalali), its
 * Jalali year (what the administrator's page and the calendar load by), its names and where it came from. One
 * holiday per day. Its rules of change are {@link HolidayYear}'s.
 */
@Entity
@Table(name = "holiday")
public class Holiday implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate day;

    @Column(name = "jalali_year", nullable = false)
    private int jalaliYear;

    @Column(name = "name_fa", nullable = false, length = NAME_MAX)
    private String nameFa;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 10)
    private HolidayOrigin origin;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Holiday() {
    }

    Holiday(LocalDate day, String nameFa, String nameEn, HolidayOrigin origin) {
        this.day = Objects.requireNonNull(day, "day");
        this.jalaliYear = JalaliDates.fields(day)[0];
        this.nameFa = name(nameFa, true);
        this.nameEn = name(nameEn, false);
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    private static String name(String text, boolean required) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            if (required) {
                throw new BusinessException.InvalidInput("calendar.holiday.name.required");
            }
            return null;
        }
        if (t.length() > NAME_MAX) {
            throw new BusinessException.InvalidInput("calendar.holiday.name.tooLong", NAME_MAX);
        }
        return t;
    }

    void confirm() {
        if (origin == HolidayOrigin.PROPOSED) {
            origin = HolidayOrigin.CONFIRMED;
        }
    }

    /** To the day the government announced: a proposal moved by the administrator is confirmed by that. */
    void moveTo(LocalDate newDay) {
        day = newDay;
        confirm();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getJalaliYear() {
        return jalaliYear;
    }

    public String getNameFa() {
        return nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the reader's language; the Persian one where no English one was given. */
    public String name(Locale locale) {
        return JalaliDates.isPersian(locale) || nameEn == null ? nameFa : nameEn;
    }

    public HolidayOrigin getOrigin() {
        return origin;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return JalaliDates.toJalali(day) + " " + origin + " " + nameFa;
    }
}
