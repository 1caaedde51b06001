package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;

/** Dates and numbers as the user reads them, for the facelets: {@code #{fmt.date(d)}}, {@code #{fmt.num(n)}}. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String date(LocalDate date) {
        return JalaliDates.format(date, Messages.locale());
    }

    public String instant(Instant instant) {
        return JalaliDates.format(instant, Messages.locale());
    }

    public String num(Object number) {
        return number == null ? "" : PersianText.digits(String.valueOf(number), Messages.locale());
    }

    /** A file size: "12 KB", "1.2 MB", with the user's digits. */
    public String size(long bytes) {
        String text = bytes < 1024 * 1024 ? ((bytes + 1023) / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        return num(text);
    }

    /** "P1M" → "within 1 month of the meeting" (bundle keys period.Y, period.M, period.W, period.D). */
    public String period(String iso) {
        if (iso == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("P(\\d+)([YMWD])").matcher(iso);
        if (m.matches()) {
            return Messages.text("period." + m.group(2), Integer.parseInt(m.group(1)));
        }
        return Messages.text("period.D", java.time.Period.parse(iso).getDays());
    }

    /** An enum's label from the bundles: key {@code enum.<SimpleName>.<NAME>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : Messages.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
