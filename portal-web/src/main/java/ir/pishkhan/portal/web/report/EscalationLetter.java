package ir.pishkhan.portal.web.report;

import ir.pishkhan.portal.domain.escalation.LetterNumber;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.faces.Messages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The escalation ladder's formal letter to an agency's head (issue 10; resolutions 4 and 12), as a {@link Report} that
 * {@link PdfWriter} writes: in Persian, the working group's language, whoever downloads it — its number, Jalali date,
 * addressee, subject with the record's tracking number, the deadline and the days since, in the bundles' words
 * ({@code letter.*}).
 */
public final class EscalationLetter {

    private static final Locale FA = Locale.forLanguageTag("fa");

    /** What a letter says: its number and day, the agency, the record (its workflow's name and number), the deadline. */
    public record Facts(LetterNumber number, LocalDate issuedOn, String agency, String workflow, String trackingNumber,
                        LocalDate deadline) {
    }

    private EscalationLetter() {
    }

    public static Report of(Facts f) {
        String number = fa(f.number().text());
        String what = Messages.text(FA, "notification.workflow." + f.workflow());
        String tracking = fa(f.trackingNumber());
        long daysLate = ChronoUnit.DAYS.between(f.deadline(), f.issuedOn());
        List<String> lines = List.of(
                Messages.text(FA, "letter.number", number),
                Messages.text(FA, "letter.date", fa(JalaliDates.toJalali(f.issuedOn()))),
                Messages.text(FA, "letter.to", f.agency()),
                Messages.text(FA, "letter.subject", what, tracking),
                Messages.text(FA, "letter.greeting"),
                Messages.text(FA, "letter.body", what, tracking, fa(JalaliDates.toJalali(f.deadline())),
                        fa(Long.toString(daysLate))),
                Messages.text(FA, "letter.signature"));
        return new Report(Messages.text(FA, "letter.title", number), lines, List.of(), FA);
    }

    /** The file a letter is downloaded as: {@code letter-1405-12.pdf}. */
    public static String fileName(LetterNumber number) {
        return "letter-" + number.year() + "-" + number.number() + ".pdf";
    }

    private static String fa(String text) {
        return PersianText.toPersianDigits(text);
    }
}
