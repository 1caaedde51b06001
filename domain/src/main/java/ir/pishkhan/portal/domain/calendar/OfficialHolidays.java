package ir.pishkhan.portal.domain.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.pishkhan.portal.domain.shared.JalaliDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Iran's official holidays (تعطیلات رسمی), as the law on official holidays lists them, with the amendment that added
 * the martyrdom of Imam Hasan al-Askari (8 Rabi' al-Awwal) from 1399 (the official calendars of the Institute of
 * Geophysics, University of Tehran, mark it a holiday from then on; timeanddate.com's list of Iran's holidays has it
 * as a national holiday from 2020). The solar ones are fixed; the lunar ones are only <em>proposed</em> here: Iran
 * sets them by sighting the moon, which no table can foretell, so the administrator confirms or moves each one. They
 * are proposed from ICU's tabular ("islamic-civil") Islamic calendar — an arithmetic calendar that is right or a day
 * or two off, which is what a proposal needs to be; the Umm al-Qura calendar is Saudi Arabia's sighting, not Iran's.
 */
public final class OfficialHolidays {

    /** The solar holidays, by Jalali month and day. */
    public enum Solar {
        NOWRUZ_1(1, 1, "عید نوروز", "Nowruz"),
        NOWRUZ_2(1, 2, "عید نوروز", "Nowruz"),
        NOWRUZ_3(1, 3, "عید نوروز", "Nowruz"),
        NOWRUZ_4(1, 4, "عید نوروز", "Nowruz"),
        REPUBLIC_DAY(1, 12, "روز جمهوری اسلامی", "Islamic Republic Day"),
        NATURE_DAY(1, 13, "روز طبیعت", "Nature Day"),
        KHOMEINI_DEATH(3, 14, "رحلت امام خمینی", "Death of Imam Khomeini"),
        UPRISING_15_KHORDAD(3, 15, "قیام ۱۵ خرداد", "Uprising of 15 Khordad"),
        REVOLUTION_DAY(11, 22, "پیروزی انقلاب اسلامی", "Victory of the Islamic Revolution"),
        OIL_NATIONALIZATION(12, 29, "ملی شدن صنعت نفت", "Nationalization of the oil industry");

        public final int month;
        public final int day;
        public final String nameFa;
        public final String nameEn;

        Solar(int month, int day, String nameFa, String nameEn) {
            this.month = month;
            this.day = day;
            this.nameFa = nameFa;
            this.nameEn = nameEn;
        }
    }

    /** The lunar holidays, by Hijri month (0 = Muharram, ICU's numbering) and day; day 0 is the month's last day. */
    public enum Lunar {
        TASUA(IslamicCalendar.MUHARRAM, 9, "تاسوعای حسینی", "Tasua"),
        ASHURA(IslamicCalendar.MUHARRAM, 10, "عاشورای حسینی", "Ashura"),
        ARBAEEN(IslamicCalendar.SAFAR, 20, "اربعین حسینی", "Arbaeen"),
        PROPHET_DEATH(IslamicCalendar.SAFAR, 28, "رحلت رسول اکرم و شهادت امام حسن مجتبی",
                "Death of the Prophet and martyrdom of Imam Hassan"),
        IMAM_REZA_MARTYRDOM(IslamicCalendar.SAFAR, 0, "شهادت امام رضا", "Martyrdom of Imam Reza"),
        IMAM_ASKARI_MARTYRDOM(IslamicCalendar.RABI_1, 8, "شهادت امام حسن عسکری", "Martyrdom of Imam Hasan al-Askari"),
        PROPHET_BIRTHDAY(IslamicCalendar.RABI_1, 17, "میلاد رسول اکرم و امام جعفر صادق",
                "Birthday of the Prophet and Imam Sadiq"),
        FATIMA_MARTYRDOM(IslamicCalendar.JUMADA_2, 3, "شهادت حضرت فاطمه زهرا", "Martyrdom of Fatima"),
        IMAM_ALI_BIRTHDAY(IslamicCalendar.RAJAB, 13, "ولادت امام علی", "Birthday of Imam Ali"),
        MABATH(IslamicCalendar.RAJAB, 27, "مبعث رسول اکرم", "Mab'ath"),
        IMAM_MAHDI_BIRTHDAY(IslamicCalendar.SHABAN, 15, "ولادت حضرت قائم", "Birthday of Imam Mahdi"),
        IMAM_ALI_MARTYRDOM(IslamicCalendar.RAMADAN, 21, "شهادت حضرت علی", "Martyrdom of Imam Ali"),
        EID_AL_FITR(IslamicCalendar.SHAWWAL, 1, "عید سعید فطر", "Eid al-Fitr"),
        EID_AL_FITR_2(IslamicCalendar.SHAWWAL, 2, "تعطیل به مناسبت عید سعید فطر", "Eid al-Fitr holiday"),
        IMAM_SADIQ_MARTYRDOM(IslamicCalendar.SHAWWAL, 25, "شهادت امام جعفر صادق", "Martyrdom of Imam Sadiq"),
        EID_AL_ADHA(IslamicCalendar.DHU_AL_HIJJAH, 10, "عید سعید قربان", "Eid al-Adha"),
        EID_AL_GHADIR(IslamicCalendar.DHU_AL_HIJJAH, 18, "عید سعید غدیر خم", "Eid al-Ghadir");

        public final int month;
        public final int day;
        public final String nameFa;
        public final String nameEn;

        Lunar(int month, int day, String nameFa, String nameEn) {
            this.month = month;
            this.day = day;
            this.nameFa = nameFa;
            this.nameEn = nameEn;
        }
    }

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private OfficialHolidays() {
    }

    /** The first and last day of a Jalali year. */
    static LocalDate firstDay(int jalaliYear) {
        return JalaliDates.of(jalaliYear, 1, 1);
    }

    static LocalDate lastDay(int jalaliYear) {
        return JalaliDates.of(jalaliYear + 1, 1, 1).minusDays(1);
    }

    /** The fixed holidays of a Jalali year, in date order. */
    public static List<Holiday> fixed(int jalaliYear) {
        List<Holiday> out = new ArrayList<>();
        for (Solar s : Solar.values()) {
            out.add(new Holiday(JalaliDates.of(jalaliYear, s.month, s.day), s.nameFa, s.nameEn, HolidayOrigin.FIXED));
        }
        out.sort(Comparator.comparing(Holiday::getDay));
        return out;
    }

    /**
     * The lunar holidays proposed for a Jalali year, in date order. A Jalali year is some eleven days longer than a
     * Hijri one, so a lunar holiday may fall in it twice (both are proposed) or — never in practice — not at all.
     */
    public static List<Holiday> proposed(int jalaliYear) {
        LocalDate first = firstDay(jalaliYear);
        LocalDate last = lastDay(jalaliYear);
        List<Holiday> out = new ArrayList<>();
        for (int hijriYear = hijriYear(first); hijriYear <= hijriYear(last); hijriYear++) {
            for (Lunar l : Lunar.values()) {
                LocalDate day = hijri(hijriYear, l.month, l.day);
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    out.add(new Holiday(day, l.nameFa, l.nameEn, HolidayOrigin.PROPOSED));
                }
            }
        }
        out.sort(Comparator.comparing(Holiday::getDay));
        return out;
    }

    private static IslamicCalendar civil() {
        IslamicCalendar c = new IslamicCalendar(UTC, new ULocale("fa_IR@calendar=islamic-civil"));
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_CIVIL);
        c.clear();
        return c;
    }

    private static int hijriYear(LocalDate day) {
        IslamicCalendar c = civil();
        c.setTimeInMillis(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return c.get(Calendar.EXTENDED_YEAR);
    }

    /** The ISO date of a Hijri (tabular) date; day 0 is the month's last day (29 or 30). */
    static LocalDate hijri(int year, int month, int day) {
        IslamicCalendar c = civil();
        c.set(Calendar.EXTENDED_YEAR, year);
        c.set(Calendar.MONTH, month);
        c.set(Calendar.DAY_OF_MONTH, 1);
        c.set(Calendar.DAY_OF_MONTH, day == 0 ? c.getActualMaximum(Calendar.DAY_OF_MONTH) : day);
        return Instant.ofEpochMilli(c.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
